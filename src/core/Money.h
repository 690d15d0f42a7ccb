#pragma once

#include <compare>
#include <concepts>
#include <cstdint>
#include <string>

namespace ocopos::core {

/// Whole Vietnamese đồng. VND has no minor unit. Overflow-checked; can never be
/// built from a floating-point value (the constructor template is deleted).
class Money {
public:
    constexpr Money() noexcept = default;
    constexpr explicit Money(std::int64_t dong) noexcept : m_dong(dong) {}
    template <std::floating_point F>
    Money(F) = delete;

    static constexpr Money zero() noexcept { return Money{}; }

    constexpr std::int64_t dong() const noexcept { return m_dong; }
    constexpr bool isNegative() const noexcept { return m_dong < 0; }
    constexpr bool isZero() const noexcept { return m_dong == 0; }

    Money operator+(Money o) const;
    Money operator-(Money o) const;
    Money operator-() const;
    Money& operator+=(Money o);
    Money& operator-=(Money o);
    /// Exact integer multiple (e.g. quantity of whole units). Checked.
    Money times(std::int64_t n) const;

    constexpr auto operator<=>(const Money&) const noexcept = default;

private:
    std::int64_t m_dong = 0;
};

/// `45.000 ₫`: dot-grouped thousands, U+00A0, U+20AB. Negative as `-45.000 ₫`.
std::string formatVnd(Money m);
/// `45.000` without the currency sign.
std::string formatGrouped(std::int64_t v);

/// Parses a whole-đồng amount written as digits (optionally `-`), plain or with
/// dots grouping thousands exactly by three (`45.000`). For files and the CLI.
/// Throws ValidationError(field, ...) with code amount.malformed or amount.too_large.
Money parseMoney(const std::string& text, const std::string& field);

/// Parses an amount as a cashier types it; the one parser of typed amounts
/// (payments, prices, unit costs, amount discounts). Whole đồng, 0 or more:
///
/// - digits, plain or grouped by dots exactly by three: `45000`, `45.000`,
///   `1.500.000`; a space (ASCII, NBSP, narrow NBSP) inside the number groups
///   like a dot (`45 000`); spaces around it are ignored;
/// - one currency sign at the end may follow: `₫`, `đ` or `Đ` (`45.000 ₫`);
/// - `k` or `K` at the end means thousands: `45k` = 45.000, `1.500k` =
///   1.500.000 (dots still group thousands), and a decimal COMMA gives up to
///   three decimals of a thousand: `1,5k` = 1.500, `1,25k` = 1.250,
///   `1,005k` = 1.005, `1.500,5k` = 1.500.500.
///
/// Refused (ValidationError(field, ...), code from core/ErrorCodes.h, arg
/// "text"): empty (input.empty); a comma without k, `1,5` (amount.decimal:
/// đồng have no decimals); a dot that does not group thousands before k, `1.5k`
/// or `1.50k` (amount.ambiguous_dot: never guessed as a decimal point); more
/// than three decimals before k, `1,2345k` (amount.fraction); a sign, `-5k`
/// (amount.negative); past int64 (amount.too_large); anything else — `k`,
/// `1,5,5k`, `1.5`, `45.00`, `abc` — amount.malformed.
Money parseAmountInput(const std::string& text, const std::string& field = "amount");

} // namespace ocopos::core
