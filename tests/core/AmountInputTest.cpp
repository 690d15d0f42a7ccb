// core::parseAmountInput, the one parser of amounts a cashier types: every
// accepted spelling of a random amount parses back to it, and malformed or
// ambiguous spellings are refused with their code, never read as another number.
#include "core/ErrorCodes.h"
#include "core/Money.h"

#include <gtest/gtest.h>

#include <limits>
#include <random>
#include <string>
#include <vector>

using namespace ocopos;
using namespace ocopos::core;

namespace {

/// `v` with `sep` between groups of three: 1500000, "." -> "1.500.000".
std::string grouped(std::int64_t v, const std::string& sep)
{
    const std::string digits = std::to_string(v);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += sep;
        out += digits[i];
    }
    return out;
}

/// Every way the parser promises to read `dong`.
std::vector<std::string> spellings(std::int64_t dong)
{
    const std::string nbsp = "\u00A0";
    std::vector<std::string> numbers{std::to_string(dong), grouped(dong, "."), grouped(dong, " "), grouped(dong, nbsp)};
    const std::int64_t thousands = dong / 1000;
    const std::int64_t rest = dong % 1000;
    for (const std::string& whole : {std::to_string(thousands), grouped(thousands, ".")}) {
        for (const char* k : {"k", "K", " k"}) {
            if (rest == 0)
                numbers.push_back(whole + k);
            std::string three = std::to_string(rest);
            three = std::string(3 - three.size(), '0') + three;
            numbers.push_back(whole + "," + three + k); // always three decimals
            std::string trimmed = three;
            while (!trimmed.empty() && trimmed.back() == '0')
                trimmed.pop_back();
            if (!trimmed.empty())
                numbers.push_back(whole + "," + trimmed + k); // 1,5k
        }
    }
    std::vector<std::string> out;
    for (const auto& n : numbers)
        for (const std::string& sign : {std::string(), std::string(" ₫"), std::string("₫"), std::string("đ"),
                                         std::string(" đ"), std::string("Đ"), nbsp + "₫"})
            for (const std::string& pad : {std::string(), std::string("  \t")})
                out.push_back(pad + n + sign + pad);
    return out;
}

std::string codeOf(const std::string& text)
{
    try {
        parseAmountInput(text, "amount");
    } catch (const ValidationError& e) {
        EXPECT_EQ(e.problems().size(), 1u);
        EXPECT_EQ(e.problems().front().field, "amount");
        EXPECT_EQ(e.arg("text"), text);
        return e.code();
    }
    return "accepted";
}

std::string id(ErrorCode c) { return std::string(c.id()); }

/// Amounts of every size: small, round, and up to int64's end.
std::int64_t randomAmount(std::mt19937_64& rng)
{
    switch (rng() % 5) {
    case 0: return static_cast<std::int64_t>(rng() % 1000);
    case 1: return static_cast<std::int64_t>(rng() % 1000) * 1000;
    case 2: return static_cast<std::int64_t>(rng() % 100'000'000);
    case 3: return static_cast<std::int64_t>(rng() % 1'000'000) * 500;
    default: return static_cast<std::int64_t>(rng() >> 1); // any non-negative int64
    }
}

} // namespace

TEST(AmountInput, TheExamplesOfTheRules)
{
    const std::pair<const char*, std::int64_t> accepted[] = {
        {"45000", 45'000},         {"45.000", 45'000},       {"1.500.000", 1'500'000}, {"45 000", 45'000},
        {"45.000 ₫", 45'000},      {"45.000đ", 45'000},      {"45k", 45'000},          {"45K", 45'000},
        {"1,5k", 1'500},           {"1,25k", 1'250},         {"1,005k", 1'005},        {"1.500k", 1'500'000},
        {"1.500,5k", 1'500'500},   {"0", 0},                 {"0k", 0},                {"0,5k", 500},
        {" 12k ₫ ", 12'000},       {"007", 7},               {"1,500k", 1'500},
    };
    for (const auto& [text, dong] : accepted)
        EXPECT_EQ(parseAmountInput(text).dong(), dong) << text;

    const std::pair<const char*, ErrorCode> refused[] = {
        {"", codes::inputEmpty},           {"  ", codes::inputEmpty},          {"₫", codes::inputEmpty},
        {"1.5k", codes::amountAmbiguousDot}, {"1.50k", codes::amountAmbiguousDot}, {"12.5k", codes::amountAmbiguousDot},
        {"1,5", codes::amountDecimal},     {"45,000", codes::amountDecimal},   {"1,2345k", codes::amountFraction},
        {"-5k", codes::amountNegative},    {"-45000", codes::amountNegative},  {"k", codes::amountMalformed},
        {"1,5,5k", codes::amountMalformed}, {"1.5", codes::amountMalformed},   {"45.00", codes::amountMalformed},
        {"0.350", codes::amountMalformed}, {"abc", codes::amountMalformed},    {"1e5", codes::amountMalformed},
        {"+5", codes::amountMalformed},    {",5k", codes::amountMalformed},    {"1,k", codes::amountMalformed},
        {"1.k", codes::amountMalformed},   {"5kk", codes::amountMalformed},    {"4 5000", codes::amountMalformed},
        {"₫45", codes::amountMalformed},   {"45 ₫ ₫", codes::amountMalformed}, {"1.000.00", codes::amountMalformed},
    };
    for (const auto& [text, code] : refused)
        EXPECT_EQ(codeOf(text), id(code)) << text;
}

TEST(AmountInput, ThePastEndOfInt64IsRefusedNeverWrapped)
{
    constexpr auto max = std::numeric_limits<std::int64_t>::max();
    EXPECT_EQ(parseAmountInput("9223372036854775807").dong(), max);
    EXPECT_EQ(parseAmountInput("9.223.372.036.854.775.807").dong(), max);
    EXPECT_EQ(parseAmountInput("9223372036854775,807k").dong(), max);
    for (const char* text : {"9223372036854775808", "9223372036854775,808k", "9223372036854776k",
                             "99999999999999999999", "99999999999999999999k", "18446744073709551616"})
        EXPECT_EQ(codeOf(text), id(codes::amountTooLarge)) << text;
}

TEST(AmountInput, EveryAcceptedSpellingOfARandomAmountParsesBackToIt)
{
    std::mt19937_64 rng(20261204);
    int checked = 0;
    for (int round = 0; round < 300; ++round) {
        const std::int64_t dong = randomAmount(rng);
        for (const auto& text : spellings(dong)) {
            ASSERT_EQ(codeOf(text), "accepted") << text;
            ASSERT_EQ(parseAmountInput(text).dong(), dong) << text;
            ++checked;
        }
    }
    EXPECT_GT(checked, 30'000);
}

TEST(AmountInput, RandomMalformedSpellingsAreRefused)
{
    std::mt19937_64 rng(4122026);
    const auto digits = [&](std::size_t n) {
        std::string s(1, static_cast<char>('1' + rng() % 9));
        while (s.size() < n)
            s += static_cast<char>('0' + rng() % 10);
        return s;
    };
    for (int round = 0; round < 2000; ++round) {
        // A dot that is not a thousands group: one or two digits after it, or four.
        const std::string whole = digits(1 + rng() % 3);
        const std::string after = digits(rng() % 2 == 0 ? 1 + rng() % 2 : 4);
        EXPECT_EQ(codeOf(whole + "." + after + "k"), id(codes::amountAmbiguousDot)) << whole << "." << after;
        EXPECT_EQ(codeOf(whole + "." + after), id(codes::amountMalformed)) << whole << "." << after;
        // A decimal comma without k.
        EXPECT_EQ(codeOf(whole + "," + digits(1 + rng() % 3)), id(codes::amountDecimal));
        // Finer than a đồng.
        EXPECT_EQ(codeOf(whole + "," + digits(4 + rng() % 4) + "k"), id(codes::amountFraction));
        // A sign.
        EXPECT_EQ(codeOf("-" + digits(1 + rng() % 8) + (rng() % 2 ? "k" : "")), id(codes::amountNegative));
        // Two commas, a stray letter or symbol anywhere in a good amount.
        EXPECT_EQ(codeOf(whole + "," + digits(1) + "," + digits(1) + "k"), id(codes::amountMalformed));
        std::string good = grouped(static_cast<std::int64_t>(rng() % 100'000'000), ".");
        const char stray = "xe+/*#_'"[rng() % 8];
        good.insert(good.begin() + static_cast<std::ptrdiff_t>(rng() % (good.size() + 1)), stray);
        EXPECT_NE(codeOf(good), "accepted") << good;
    }
}

TEST(AmountInput, ParseMoneyCarriesCodesToo)
{
    try {
        parseMoney("12.5", "price");
        FAIL() << "12.5 is not money";
    } catch (const ValidationError& e) {
        EXPECT_EQ(e.code(), id(codes::amountMalformed));
        EXPECT_EQ(e.arg("text"), "12.5");
    }
    try {
        parseMoney("99999999999999999999", "price");
        FAIL() << "past int64";
    } catch (const ValidationError& e) {
        EXPECT_EQ(e.code(), id(codes::amountTooLarge));
    }
}
