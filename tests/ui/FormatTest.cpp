// The Vietnamese way of writing numbers on screen, and that what the screen
// shows can be typed back.
#include "core/Errors.h"
#include "ui/Format.h"

#include <gtest/gtest.h>

using namespace ocopos;

namespace {
core::Quantity thousandths(std::int64_t t) { return core::Quantity::fromThousandths(t); }
} // namespace

TEST(Format, QuantitiesUseADecimalCommaWithoutTrailingZeros)
{
    EXPECT_EQ(ui::quantity(thousandths(350), core::SoldBy::Weight), QStringLiteral("0,35 kg"));
    EXPECT_EQ(ui::quantity(thousandths(2500)), QStringLiteral("2,5"));
    EXPECT_EQ(ui::quantity(thousandths(2000)), QStringLiteral("2"));
    EXPECT_EQ(ui::quantity(thousandths(1)), QStringLiteral("0,001"));
    EXPECT_EQ(ui::quantity(thousandths(2000), core::SoldBy::Unit), QStringLiteral("2"));
    EXPECT_EQ(ui::quantity(thousandths(12000), QStringLiteral("hộp")), QStringLiteral("12 hộp"));
    EXPECT_EQ(ui::quantity(thousandths(-1250), QStringLiteral("kg")), QStringLiteral("-1,25 kg"));
    EXPECT_EQ(ui::quantity(thousandths(3000), QString()), QStringLiteral("3"));
}

TEST(Format, AQuantityNeverShowsADotSoThousandsAreNotAmbiguous)
{
    // Money groups thousands with dots (1.500 ₫); a quantity must not look like that.
    EXPECT_EQ(ui::quantity(core::Quantity::units(1500), core::SoldBy::Weight), QStringLiteral("1500 kg"));
    EXPECT_EQ(ui::quantity(thousandths(1500), core::SoldBy::Weight), QStringLiteral("1,5 kg"));
    EXPECT_EQ(ui::quantity(thousandths(1'234'567)), QStringLiteral("1234,567"));
    EXPECT_FALSE(ui::quantity(thousandths(1'500'500)).contains(QLatin1Char('.')));
}

TEST(Format, PercentsUseADecimalComma)
{
    EXPECT_EQ(ui::percent(core::BasisPoints{1250}), QStringLiteral("12,5 %"));
    EXPECT_EQ(ui::percent(core::BasisPoints{2000}), QStringLiteral("20 %"));
    EXPECT_EQ(ui::percent(core::BasisPoints{525}), QStringLiteral("5,25 %"));
    EXPECT_EQ(ui::percentNumber(core::BasisPoints{1250}), QStringLiteral("12,5"));
    EXPECT_EQ(ui::discount(core::Discount::percent(core::BasisPoints{750})), QStringLiteral("−7,5 %"));
}

TEST(Format, InputsTakeACommaOrADot)
{
    EXPECT_EQ(ui::parseQty(QStringLiteral("2,5")).thousandths(), 2500);
    EXPECT_EQ(ui::parseQty(QStringLiteral("2.5")).thousandths(), 2500);
    EXPECT_EQ(ui::parseQty(QStringLiteral(" 0,35 ")).thousandths(), 350);
    EXPECT_EQ(ui::parsePercent(QStringLiteral("12,5")).bp, 1250);
    EXPECT_EQ(ui::parsePercent(QStringLiteral("12.5")).bp, 1250);
    EXPECT_EQ(ui::parsePercent(QStringLiteral("12,5 %")).bp, 1250);
    EXPECT_THROW(ui::parsePercent(QStringLiteral("120")), ValidationError);
    const auto d = ui::parseDiscount(QStringLiteral("7,5%"));
    EXPECT_EQ(d.kind, core::Discount::Kind::Percent);
    EXPECT_EQ(d.value, 750);
}

TEST(Format, WhatTheScreenShowsParsesBackToTheSameValue)
{
    EXPECT_EQ(ui::parseQty(ui::quantity(thousandths(350))).thousandths(), 350);
    for (const std::int64_t t : {0LL, 1LL, 10LL, 350LL, 1000LL, 1500LL, 2500LL, 999'999LL, 1'500'000LL, 1'234'567LL})
        EXPECT_EQ(ui::parseQty(ui::quantity(thousandths(t))).thousandths(), t) << t;
    for (const std::int64_t bp : {0LL, 1LL, 50LL, 525LL, 1250LL, 2000LL, 10000LL})
        EXPECT_EQ(ui::parsePercent(ui::percent(core::BasisPoints{bp})).bp, bp) << bp;
}
