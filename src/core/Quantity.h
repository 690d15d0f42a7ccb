#pragma once

#include <compare>
#include <concepts>
#include <cstdint>
#include <string>

namespace ocopos::core {

/// A quantity in thousandths of the product's unit (0.350 kg is 350; 2 bottles is
/// 2000). Never floating point.
class Quantity {
public:
    constexpr Quantity() noexcept = default;
    template <std::floating_point F>
    Quantity(F) = delete;

    static constexpr Quantity fromThousandths(std::int64_t t) noexcept { return Quantity(t); }
    static Quantity units(std::int64_t whole);

    constexpr std::int64_t thousandths() const noexcept { return m_t; }
    constexpr bool isWhole() const noexcept { return m_t % 1000 == 0; }
    constexpr bool isPositive() const noexcept { return m_t > 0; }
    constexpr bool isZero() const noexcept { return m_t == 0; }

    Quantity operator+(Quantity o) const;
    Quantity operator-(Quantity o) const;
    Quantity operator-() const;
    Quantity& operator+=(Quantity o);
    Quantity& operator-=(Quantity o);
    constexpr auto operator<=>(const Quantity&) const noexcept = default;

private:
    constexpr explicit Quantity(std::int64_t t) noexcept : m_t(t) {}
    std::int64_t m_t = 0;
};

/// "0.350", "2", "12.5" -> thousandths; refuses more than three decimals.
Quantity parseQuantity(const std::string& text, const std::string& field, bool allowNegative = false);
/// "0.350", "2", "2.500": whole quantities without a point, others with three decimals.
std::string formatQuantity(Quantity q);

/// A percentage in basis points (20 % is 2000, 12.5 % is 1250).
struct BasisPoints {
    std::int64_t bp = 0;
    constexpr auto operator<=>(const BasisPoints&) const noexcept = default;
};

/// "20", "12.5", "5.25" -> basis points; at most two decimals, 0..100 unless `max` says otherwise.
BasisPoints parsePercent(const std::string& text, const std::string& field,
                         std::int64_t maxBp = 10000);
/// 2000 -> "20", 1250 -> "12.5", 525 -> "5.25".
std::string formatPercent(BasisPoints p);

} // namespace ocopos::core
