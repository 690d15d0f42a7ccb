#include "core/Barcode.h"
#include "core/Errors.h"

#include <gtest/gtest.h>

using namespace ocopos;
using namespace ocopos::core;

TEST(Barcode, Gs1CheckDigits)
{
    EXPECT_EQ(gs1CheckDigit("893850597419"), 4);  // EAN-13 8938505974194
    EXPECT_TRUE(hasValidGs1Check("8938505974194"));
    EXPECT_FALSE(hasValidGs1Check("8938505974195"));
    EXPECT_TRUE(hasValidGs1Check("96385074"));      // EAN-8
    EXPECT_FALSE(hasValidGs1Check("96385075"));
    EXPECT_TRUE(hasValidGs1Check("036000291452"));  // UPC-A
    EXPECT_FALSE(hasValidGs1Check("036000291453"));
    EXPECT_TRUE(hasValidGs1Check("4006381333931"));
}

TEST(Barcode, Classify)
{
    EXPECT_EQ(classifyCode("8938505974194"), CodeKind::Gs1);
    EXPECT_EQ(classifyCode("8938505974195"), CodeKind::BadCheck);
    EXPECT_EQ(classifyCode("96385074"), CodeKind::Gs1);
    EXPECT_EQ(classifyCode("036000291452"), CodeKind::Gs1);
    EXPECT_EQ(classifyCode("2610001005003"), CodeKind::Scale);
    EXPECT_EQ(classifyCode("2610001005004"), CodeKind::BadCheck);
    EXPECT_EQ(classifyCode("CMHL-1KG"), CodeKind::Text);
    EXPECT_EQ(classifyCode("12345"), CodeKind::BadLength);
    EXPECT_EQ(classifyCode(""), CodeKind::Text);
}

TEST(Barcode, ScaleWeightDefaultLayout)
{
    const ScaleConfig cfg;
    // docs/DOMAIN.md: 2610001005003 = item 10001, 500 g
    const auto r = decodeScaleBarcode("2610001005003", cfg);
    EXPECT_EQ(r.plu, "10001");
    ASSERT_TRUE(r.weight);
    EXPECT_EQ(r.weight->thousandths(), 500);
    EXPECT_FALSE(r.price);
    // Every prefix 20–29 defaults to weight in grams.
    const auto code = makeScaleBarcode(20, "12345", 350);
    EXPECT_EQ(code.substr(0, 12), "201234500350");
    EXPECT_EQ(decodeScaleBarcode(code, cfg).weight->thousandths(), 350);
    EXPECT_THROW(decodeScaleBarcode("2610001005004", cfg), ValidationError);  // bad check
    EXPECT_THROW(decodeScaleBarcode("8938505974194", cfg), ValidationError);  // not in-store
    EXPECT_THROW(decodeScaleBarcode(makeScaleBarcode(26, "10001", 0), cfg), ValidationError);  // zero weight
}

TEST(Barcode, ScalePriceLayouts)
{
    ScaleConfig cfg = ScaleConfig::parse("22=price:4:6,23=price:4:5:check");
    // 22 + item 1234 + price 185000 đ (6 digits)
    std::string body = "221234185000";
    const std::string code = body + std::to_string(gs1CheckDigit(body));
    const auto r = decodeScaleBarcode(code, cfg);
    EXPECT_EQ(r.plu, "1234");
    ASSERT_TRUE(r.price);
    EXPECT_EQ(r.price->dong(), 185000);
    // With a price check digit: 23 + 1234 + C + 5-digit price
    const std::string price = "12345";
    body = "231234" + std::to_string(gs1PriceCheckDigit(price)) + price;
    const std::string withCheck = body + std::to_string(gs1CheckDigit(body));
    EXPECT_EQ(decodeScaleBarcode(withCheck, cfg).price->dong(), 12345);
    std::string wrong = "231234" + std::to_string((gs1PriceCheckDigit(price) + 1) % 10) + price;
    wrong += std::to_string(gs1CheckDigit(wrong));
    EXPECT_THROW(decodeScaleBarcode(wrong, cfg), ValidationError);
    // Round trip of the configuration text; other prefixes keep the default.
    const ScaleConfig again = ScaleConfig::parse(cfg.serialize());
    EXPECT_EQ(again.layout(22).value, ScaleLayout::Value::PriceDong);
    EXPECT_EQ(again.layout(26).value, ScaleLayout::Value::WeightGrams);
    EXPECT_THROW(ScaleConfig::parse("19=weight:5:5"), ValidationError);
    EXPECT_THROW(ScaleConfig::parse("20=weight:5:4"), ValidationError);
    EXPECT_THROW(ScaleConfig::parse("20=volume:5:5"), ValidationError);
}

TEST(Barcode, PriceCheckDigitKnownValues)
{
    // GS1 General Specifications 7.9.3 worked example: 4-digit price 2875 -> 9.
    EXPECT_EQ(gs1PriceCheckDigit("2875"), 9);
    // 5-digit price 14685 -> 6 (GS1 7.9.4 example).
    EXPECT_EQ(gs1PriceCheckDigit("14685"), 6);
}
