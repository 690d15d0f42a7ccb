#include "Money.h"

#include "Arithmetic.h"
#include "Errors.h"

#include <charconv>
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

Money parseMoney(const std::string& text, const std::string& field)
{
    const auto bad = [&](const std::string& why) {
        return ValidationError(field, "'" + text + "' " + why);
    };
    std::string_view s = text;
    bool negative = false;
    if (!s.empty() && s.front() == '-') {
        negative = true;
        s.remove_prefix(1);
    }
    if (s.empty())
        throw bad("is not a whole number of đồng");
    // Either plain digits, or dot-grouped thousands where every group after the
    // first has exactly three digits ("45.000"): "0.350" is never money.
    std::string digits;
    std::size_t groupLen = 0;
    bool grouped = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            digits += c;
            ++groupLen;
        } else if (c == '.') {
            if (groupLen == 0 || (grouped && groupLen != 3) || (!grouped && groupLen > 3))
                throw bad("is not a whole number of đồng");
            grouped = true;
            groupLen = 0;
        } else {
            throw bad("is not a whole number of đồng");
        }
    }
    if (grouped && (groupLen != 3 || s.front() == '0'))
        throw bad("is not a whole number of đồng");
    std::int64_t v = 0;
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
    if (ec != std::errc{} || ptr != digits.data() + digits.size())
        throw bad("is too large");
    return Money(negative ? -v : v);
}

} // namespace ocopos::core
