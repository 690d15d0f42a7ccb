#pragma once

#include <cstdint>
#include <string>

namespace ocopos::core {

/// Parses a plain decimal string ("2", "0.350", "12.5") into an integer scaled by
/// 10^decimals. Refuses signs (unless allowNegative), exponents, commas, spaces,
/// empty text, more fractional digits than `decimals` and overflow, naming `field`.
std::int64_t parseScaledDecimal(const std::string& text, int decimals, const std::string& field,
                                bool allowNegative = false);

/// The inverse: 350 with 3 decimals -> "0.350"; whole values have no point ("2").
/// With trimZeros, trailing fractional zeros go ("0.35", "12.5").
std::string formatScaledDecimal(std::int64_t value, int decimals, bool trimZeros = false);

} // namespace ocopos::core
