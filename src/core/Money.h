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

/// Parses a whole-đồng amount written as digits (optionally `-`); dots or spaces
/// grouping thousands are accepted (`45.000`). Throws ValidationError(field, ...).
Money parseMoney(const std::string& text, const std::string& field);

} // namespace ocopos::core
