// The Vietnamese way of writing numbers on screen, and that what the screen
// shows can be typed back.
#include "core/ErrorCodes.h"
#include "ui/Format.h"
#include "ui/Theme.h"

#include <gtest/gtest.h>

#include <random>

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

namespace {

/// Vietnamese for one test, English (what the other tests read) after it.
struct Vietnamese {
    Vietnamese() { EXPECT_TRUE(ui::installLanguage(QStringLiteral("vi"))); }
    ~Vietnamese() { ui::installLanguage(QStringLiteral("en")); }
    Vietnamese(const Vietnamese&) = delete;
    Vietnamese& operator=(const Vietnamese&) = delete;
};

/// What a parse gives: the value, or the code it was refused with.
template <typename Parse>
std::string outcome(Parse parse)
{
    try {
        return std::to_string(parse().dong());
    } catch (const ValidationError& e) {
        return e.code() + " " + e.problems().front().field;
    }
}

std::string dotted(std::int64_t v)
{
    std::string digits = std::to_string(v), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += '.';
        out += digits[i];
    }
    return out;
}

} // namespace

TEST(Format, TheUiAmountParserIsTheCoreOne)
{
    std::mt19937_64 rng(1204);
    const char* junk[] = {"", "k", "1.5k", "1.50k", "1,5", "1,2345k", "-5k", "1,5,5k", "12.5", "abc", "45,000", "₫"};
    std::vector<std::string> texts(std::begin(junk), std::end(junk));
    for (int i = 0; i < 3000; ++i) {
        const auto v = static_cast<std::int64_t>(rng() % 5'000'000'000);
        const std::string three = std::to_string(1000 + v % 1000).substr(1);
        for (const std::string& t : {std::to_string(v), dotted(v), dotted(v) + " ₫", std::to_string(v / 1000) + "k",
                                     dotted(v / 1000) + "," + three + "k", std::to_string(v / 1000) + "." + three.substr(0, 1) + "k",
                                     std::to_string(v / 1000) + "," + three, std::to_string(v) + "đ"})
            texts.push_back(t);
    }
    for (const auto& t : texts)
        ASSERT_EQ(outcome([&] { return ui::parseAmount(QString::fromStdString(t)); }),
                  outcome([&] { return core::parseAmountInput(t, "amount"); }))
            << t;
    EXPECT_EQ(ui::parseAmount(QStringLiteral("1,5k")).dong(), 1500);
    EXPECT_EQ(ui::parseAmount(QStringLiteral("1.500k")).dong(), 1'500'000);
    EXPECT_THROW(ui::parseAmount(QStringLiteral("1.5k")), ValidationError);
}

TEST(Format, ADiscountAmountFollowsTheSameRules)
{
    EXPECT_EQ(ui::parseDiscount(QStringLiteral("1,5k")).value, 1500);
    EXPECT_EQ(ui::parseDiscount(QStringLiteral("2.000")).value, 2000);
    EXPECT_EQ(ui::parseDiscount(QStringLiteral("0k")).kind, core::Discount::Kind::None);
    try {
        ui::parseDiscount(QStringLiteral("1.5k"));
        FAIL() << "1.5k is ambiguous";
    } catch (const ValidationError& e) {
        EXPECT_EQ(e.code(), "amount.ambiguous_dot");
        EXPECT_EQ(e.problems().front().field, "discount");
    }
}

TEST(ErrorText, ALockedUserReadsTheVietnameseSentenceWithTheMinutesFromTheArgs)
{
    const Vietnamese vi;
    const AuthError locked(codes::authLocked, "user thungan1 is locked after 5 wrong PINs; try again in 4 minute(s)",
                           {{"user", "thungan1"}, {"minutes", "4"}});
    EXPECT_EQ(ui::errorText(locked), QStringLiteral("Đã khoá vì nhập sai PIN quá nhiều lần: thử lại sau 4 phút."));
}

TEST(ErrorText, AWrongPinReadsTheSameWhateverTheEnglishSays)
{
    const Vietnamese vi;
    EXPECT_EQ(ui::errorText(AuthError(codes::authWrongPin, "wrong user name or PIN")),
              QStringLiteral("Sai người dùng hoặc mã PIN."));
    EXPECT_EQ(ui::errorText(AuthError(codes::authWrongPin, "login refused")), QStringLiteral("Sai người dùng hoặc mã PIN."));
}

TEST(ErrorText, TheEnglishMessageNeverChangesTheScreensText)
{
    const Vietnamese vi;
    const ErrorArgs args{{"user", "thungan1"}, {"minutes", "7"}};
    const QString before = ui::errorText(AuthError(codes::authLocked, "user thungan1 is locked; try again in 7 minute(s)", args));
    // Reworded, with another number in it: the screen reads the code and args only.
    const QString after = ui::errorText(AuthError(codes::authLocked, "locked out (99 minutes to go)", args));
    EXPECT_EQ(before, after);
    EXPECT_TRUE(after.contains(QStringLiteral("7 phút"))) << after.toStdString();
    const ErrorArgs shortArgs{{"paid", "40000"}, {"due", "45000"}};
    EXPECT_EQ(ui::errorText(Conflict(codes::paymentShort, "payment short: a", shortArgs)),
              ui::errorText(Conflict(codes::paymentShort, "not enough money", shortArgs)));
    EXPECT_EQ(ui::errorText(Conflict(codes::paymentShort, "x", shortArgs)),
              QStringLiteral("Thanh toán còn thiếu: đã trả 40.000\u00A0₫ trên 45.000\u00A0₫ phải trả."));
}

TEST(ErrorText, AValidationProblemNamesItsFieldAndIsTranslated)
{
    const Vietnamese vi;
    try {
        ui::parseAmount(QStringLiteral("1.5k"));
        FAIL() << "1.5k is ambiguous";
    } catch (const ValidationError& e) {
        EXPECT_EQ(ui::errorText(e), QStringLiteral("Không hợp lệ: amount: “1.5k” không rõ nghĩa: dấu chấm tách hàng nghìn; "
                                                   "viết 1,5k cho 1.500 ₫ hoặc 1.500k cho 1.500.000 ₫"));
    }
    ProblemList list;
    list.add(3, codes::dateMalformed, "expires_on", "'2026-02-30' is not a date YYYY-MM-DD", {{"text", "2026-02-30"}});
    list.add(5, "price", "must be a whole number");
    try {
        list.throwIfAny();
        FAIL() << "problems were added";
    } catch (const ValidationError& e) {
        // A code with a sentence is translated; one without keeps the service's detail.
        EXPECT_EQ(ui::errorText(e), QStringLiteral("Không hợp lệ: dòng 3, expires_on: “2026-02-30” không phải ngày (YYYY-MM-DD); "
                                                   "line 5, field price: must be a whole number"));
    }
}

TEST(ErrorText, ACodeWithoutASentenceFallsBackToItsKindAndDetail)
{
    const Vietnamese vi;
    EXPECT_EQ(ui::errorText(Conflict("user 'x' already exists")), QStringLiteral("Chưa thể thực hiện: user 'x' already exists"));
    EXPECT_EQ(ui::errorText(StorageError("disk full")), QStringLiteral("Lỗi cơ sở dữ liệu: disk full"));
}
