#include "Money.h"

#include "Arithmetic.h"
#include "ErrorCodes.h"

#include <charconv>
#include <optional>
#include <string_view>

namespace ocopos::core {

Money Money::operator+(Money o) const { return Money(checkedAdd(m_dong, o.m_dong)); }
Money Money::operator-(Money o) const { return Money(checkedSub(m_dong, o.m_dong)); }
Money Money::operator-() const { return Money(checkedSub(0, m_dong)); }
Money& Money::operator+=(Money o) { return *this = *this + o; }
Money& Money::operator-=(Money o) { return *this = *this - o; }
Money Money::times(std::int64_t n) const { return Money(checkedMul(m_dong, n)); }

std::string formatGrouped(std::int64_t v)
{
    const bool negative = v < 0;
    // Work on the unsigned magnitude so INT64_MIN formats too.
    auto magnitude = negative ? static_cast<std::uint64_t>(-(v + 1)) + 1 : static_cast<std::uint64_t>(v);
    std::string digits = std::to_string(magnitude);
    std::string out;
    const auto n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += '.';
        out += digits[i];
    }
    return negative ? "-" + out : out;
}

std::string formatVnd(Money m)
{
    return formatGrouped(m.dong()) + "\u00A0\u20AB";
}

namespace {

/// Digits with optional dot grouping: plain ("45000"), or dot-grouped thousands
/// where the first group has 1–3 digits (not starting with 0) and every later
/// group exactly three ("45.000", "1.500.000"). nullopt when not either form.
std::optional<std::string> groupedDigits(std::string_view s)
{
    if (s.empty())
        return std::nullopt;
    std::string digits;
    std::size_t groupLen = 0;
    bool grouped = false;
    for (const char c : s) {
        if (c >= '0' && c <= '9') {
            digits += c;
            ++groupLen;
        } else if (c == '.') {
            if (groupLen == 0 || (grouped && groupLen != 3) || (!grouped && groupLen > 3))
                return std::nullopt;
            grouped = true;
            groupLen = 0;
        } else {
            return std::nullopt;
        }
    }
    if (grouped && (groupLen != 3 || s.front() == '0'))
        return std::nullopt;
    return digits;
}

/// The value of a digit string; nullopt past int64.
std::optional<std::int64_t> digitsValue(const std::string& digits)
{
    std::int64_t v = 0;
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
    if (ec != std::errc{} || ptr != digits.data() + digits.size())
        return std::nullopt;
    return v;
}

bool startsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool endsWith(std::string_view s, std::string_view p) { return s.size() >= p.size() && s.substr(s.size() - p.size()) == p; }

// UTF-8 of the spaces a cashier's keyboard or a copied amount brings.
constexpr std::string_view kNbsp = "\u00A0";
constexpr std::string_view kNarrowNbsp = "\u202F";

/// Length of the space at the front of `s` (ASCII blank, NBSP, narrow NBSP); 0 if none.
std::size_t spaceAt(std::string_view s)
{
    if (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        return 1;
    for (const auto sp : {kNbsp, kNarrowNbsp})
        if (startsWith(s, sp))
            return sp.size();
    return 0;
}

std::string_view trimSpaces(std::string_view s)
{
    while (const auto n = spaceAt(s))
        s.remove_prefix(n);
    for (bool more = true; more;) {
        more = false;
        for (const std::string_view sp : {std::string_view(" "), std::string_view("\t"), kNbsp, kNarrowNbsp})
            if (endsWith(s, sp)) {
                s.remove_suffix(sp.size());
                more = true;
            }
    }
    return s;
}

} // namespace

Money parseMoney(const std::string& text, const std::string& field)
{
    const auto bad = [&](ErrorCode code, const std::string& why) {
        return ValidationError(code, field, "'" + text + "' " + why, {{"text", text}});
    };
    std::string_view s = text;
    bool negative = false;
    if (!s.empty() && s.front() == '-') {
        negative = true;
        s.remove_prefix(1);
    }
    const auto digits = groupedDigits(s);
    if (!digits)
        throw bad(codes::amountMalformed, "is not a whole number of đồng");
    const auto v = digitsValue(*digits);
    if (!v)
        throw bad(codes::amountTooLarge, "is too large");
    return Money(negative ? -*v : *v);
}

Money parseAmountInput(const std::string& text, const std::string& field)
{
    const auto bad = [&](ErrorCode code, const std::string& why) {
        return ValidationError(code, field, "'" + text + "' " + why, {{"text", text}});
    };
    std::string_view s = trimSpaces(text);
    for (const std::string_view sign : {"\u20AB", "\u0111", "\u0110"}) // ₫, đ, Đ
        if (endsWith(s, sign)) {
            s = trimSpaces(s.substr(0, s.size() - sign.size()));
            break;
        }
    const bool thousands = !s.empty() && (s.back() == 'k' || s.back() == 'K');
    if (thousands)
        s = trimSpaces(s.substr(0, s.size() - 1));
    if (s.empty() && !thousands)
        throw ValidationError(codes::inputEmpty, field, "is empty", {{"text", text}});
    if (!s.empty() && s.front() == '-')
        throw bad(codes::amountNegative, "cannot be negative");

    // Spaces inside the number group thousands like dots do ("45 000").
    std::string number;
    for (std::string_view rest = s; !rest.empty();) {
        if (const auto n = spaceAt(rest)) {
            number += '.';
            rest.remove_prefix(n);
        } else {
            number += rest.front();
            rest.remove_prefix(1);
        }
    }
    const auto comma = number.find(',');
    const std::string_view whole = std::string_view(number).substr(0, comma);
    const std::string_view fraction
        = comma == std::string::npos ? std::string_view() : std::string_view(number).substr(comma + 1);
    const bool fractionDigitsOnly = fraction.find_first_not_of("0123456789") == std::string_view::npos;
    if (comma != std::string::npos && (fraction.empty() || !fractionDigitsOnly))
        throw bad(codes::amountMalformed, "is not an amount of đồng (45000, 45.000 or 45k)");

    const auto digits = groupedDigits(whole);
    if (!digits) {
        // "1.5k": the dot would be a decimal point in English, a thousands group
        // here; refused rather than guessed.
        const bool looksDecimal = thousands && !whole.empty() && whole.find_first_not_of("0123456789.") == std::string_view::npos
            && whole.front() != '.' && whole.back() != '.';
        if (looksDecimal)
            throw bad(codes::amountAmbiguousDot,
                      "is ambiguous: a dot groups thousands (1.500k = 1.500.000 đồng); write 1,5k for 1.500 đồng");
        throw bad(codes::amountMalformed, "is not an amount of đồng (45000, 45.000 or 45k)");
    }
    if (comma != std::string::npos && !thousands)
        throw bad(codes::amountDecimal, "has decimals, but đồng have none (1,5k is 1.500 đồng)");
    if (fraction.size() > 3)
        throw bad(codes::amountFraction, "is finer than 1 đồng: k takes at most three decimals");

    const auto wholeValue = digitsValue(*digits);
    if (!wholeValue)
        throw bad(codes::amountTooLarge, "is too large");
    if (!thousands)
        return Money(*wholeValue);
    std::int64_t fractionDong = 0;
    for (std::size_t i = 0; i < 3; ++i)
        fractionDong = fractionDong * 10 + (i < fraction.size() ? fraction[i] - '0' : 0);
    try {
        return Money(checkedAdd(checkedMul(*wholeValue, 1000), fractionDong));
    } catch (const OverflowError&) {
        throw bad(codes::amountTooLarge, "is too large");
    }
}

} // namespace ocopos::core
