#include "Decimal.h"

#include "Arithmetic.h"
#include "ErrorCodes.h"

namespace ocopos::core {

namespace {

/// 'text' in quotes. Built by appending: GCC 12 at -O3 warns a false
/// -Wrestrict on `"'" + text + "'"` (GCC bug 105329).
std::string quoted(const std::string& text)
{
    std::string out;
    out.reserve(text.size() + 2);
    out.push_back('\'');
    out.append(text);
    out.push_back('\'');
    return out;
}

} // namespace

std::int64_t parseScaledDecimal(const std::string& text, int decimals, const std::string& field,
                                bool allowNegative)
{
    const auto bad = [&](ErrorCode code, const std::string& why, ErrorArgs more = {}) {
        ErrorArgs args{{"text", text}};
        args.insert(args.end(), more.begin(), more.end());
        return ValidationError(code, field, why, std::move(args));
    };
    if (text.empty())
        throw bad(codes::inputEmpty, "is empty");
    std::size_t i = 0;
    bool negative = false;
    if (text[0] == '-') {
        if (!allowNegative)
            throw bad(codes::numberNegative, quoted(text) + " must not be negative");
        negative = true;
        i = 1;
    }
    std::int64_t whole = 0;
    std::int64_t frac = 0;
    int fracDigits = 0;
    bool sawDigit = false;
    bool sawPoint = false;
    try {
        for (; i < text.size(); ++i) {
            const char c = text[i];
            if (c >= '0' && c <= '9') {
                sawDigit = true;
                if (sawPoint) {
                    if (++fracDigits > decimals)
                        throw bad(codes::numberTooPrecise,
                                  quoted(text) + " has more than " + std::to_string(decimals) + " decimal places",
                                  {{"decimals", std::to_string(decimals)}});
                    frac = frac * 10 + (c - '0');
                } else {
                    whole = checkedAdd(checkedMul(whole, 10), c - '0');
                }
            } else if (c == '.' && !sawPoint) {
                sawPoint = true;
            } else {
                throw bad(codes::numberMalformed, quoted(text) + " is not a decimal number");
            }
        }
        if (!sawDigit || (sawPoint && fracDigits == 0))
            throw bad(codes::numberMalformed, quoted(text) + " is not a decimal number");
        std::int64_t scale = 1;
        for (int k = 0; k < decimals; ++k)
            scale *= 10;
        for (int k = fracDigits; k < decimals; ++k)
            frac *= 10;
        const std::int64_t v = checkedAdd(checkedMul(whole, scale), frac);
        return negative ? -v : v;
    } catch (const OverflowError&) {
        throw bad(codes::numberTooLarge, quoted(text) + " is too large");
    }
}

std::string formatScaledDecimal(std::int64_t value, int decimals, bool trimZeros)
{
    std::int64_t scale = 1;
    for (int k = 0; k < decimals; ++k)
        scale *= 10;
    const bool negative = value < 0;
    const auto mag = negative ? -static_cast<Int128>(value) : static_cast<Int128>(value);
    const auto whole = static_cast<std::uint64_t>(mag / scale);
    auto frac = static_cast<std::uint64_t>(mag % scale);
    std::string out = negative ? "-" : "";
    out.append(std::to_string(whole));
    if (frac == 0 || decimals == 0)
        return out;
    std::string f = std::to_string(frac);
    f.insert(0, static_cast<std::size_t>(decimals) - f.size(), '0');
    if (trimZeros)
        while (!f.empty() && f.back() == '0')
            f.pop_back();
    return out + "." + f;
}

} // namespace ocopos::core
