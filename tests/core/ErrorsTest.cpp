// Errors carry a stable code and named arguments beside their English message.
#include "core/Clock.h"
#include "core/ErrorCodes.h"
#include "core/Quantity.h"

#include <gtest/gtest.h>

using namespace ocopos;

TEST(Errors, EachKindHasADefaultCodeSoOldThrowSitesStillSaySomething)
{
    EXPECT_EQ(Error("x").code(), "internal");
    EXPECT_EQ(NotFound("x").code(), "not_found");
    EXPECT_EQ(Conflict("x").code(), "conflict");
    EXPECT_EQ(AuthError("x").code(), "auth");
    EXPECT_EQ(OverflowError("x").code(), "overflow");
    EXPECT_EQ(StorageError("x").code(), "storage");
    EXPECT_EQ(ValidationError("price", "must be a number").code(), "invalid");
    EXPECT_TRUE(Conflict("x").args().empty());
}

TEST(Errors, ASpecificCodeComesWithItsArguments)
{
    const AuthError e(codes::authLocked, "user a is locked", {{"user", "a"}, {"minutes", "5"}});
    EXPECT_EQ(e.code(), "auth.locked");
    EXPECT_EQ(e.arg("minutes"), "5");
    EXPECT_EQ(e.arg("user"), "a");
    EXPECT_EQ(e.arg("missing"), "");
    EXPECT_STREQ(e.what(), "user a is locked");
}

TEST(Errors, AValidationErrorHasTheFirstProblemsCodeAfterSortingByLine)
{
    ProblemList list;
    list.add(7, "price", "not a number");
    list.add(3, codes::dateMalformed, "expires_on", "'x' is not a date", {{"text", "x"}});
    try {
        list.throwIfAny();
        FAIL() << "two problems were added";
    } catch (const ValidationError& e) {
        ASSERT_EQ(e.problems().size(), 2u);
        EXPECT_EQ(e.code(), "date.malformed");
        EXPECT_EQ(e.arg("text"), "x");
        EXPECT_EQ(e.problems()[0].field, "expires_on");
        EXPECT_EQ(e.problems()[1].code, "invalid");
        EXPECT_EQ(e.line(), 3);
    }
}

TEST(Errors, TheParseFunctionsOfCoreGiveCodes)
{
    const auto code = [](auto parse) {
        try {
            parse();
        } catch (const ValidationError& e) {
            return e.code();
        }
        return std::string("accepted");
    };
    EXPECT_EQ(code([] { core::parseQuantity("2,5", "qty"); }), "number.malformed");
    EXPECT_EQ(code([] { core::parseQuantity("", "qty"); }), "input.empty");
    EXPECT_EQ(code([] { core::parseQuantity("-1", "qty"); }), "number.negative");
    EXPECT_EQ(code([] { core::parseQuantity("0.0001", "qty"); }), "number.too_precise");
    EXPECT_EQ(code([] { core::parseQuantity("99999999999999999", "qty"); }), "number.too_large");
    EXPECT_EQ(code([] { core::parsePercent("120", "vat"); }), "percent.too_high");
    EXPECT_EQ(code([] { core::parseIsoDate(QStringLiteral("2026-13-01"), "from"); }), "date.malformed");
    EXPECT_EQ(code([] { core::parseIsoTime(QStringLiteral("noon"), "at"); }), "time.malformed");
    try {
        core::parseQuantity("0.0001", "qty");
    } catch (const ValidationError& e) {
        EXPECT_EQ(e.arg("decimals"), "3");
        EXPECT_EQ(e.arg("text"), "0.0001");
    }
}
