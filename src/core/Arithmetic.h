#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace ocopos::core {

/// Exact intermediate for products of two int64 values (GCC/Clang extension).
__extension__ typedef __int128 Int128;

/// The one rounding rule of OCOPOS: half-up (away from zero for negatives) on the
/// exact rational value numerator / denominator. Denominator must be positive.
/// Throws OverflowError if the result does not fit int64.
std::int64_t roundHalfUp(Int128 numerator, Int128 denominator);

/// round(a * b / d) with an exact 128-bit intermediate, half-up.
std::int64_t mulDivRound(std::int64_t a, std::int64_t b, std::int64_t d);

/// Checked int64 arithmetic; throws OverflowError.
std::int64_t checkedAdd(std::int64_t a, std::int64_t b);
std::int64_t checkedSub(std::int64_t a, std::int64_t b);
std::int64_t checkedMul(std::int64_t a, std::int64_t b);

/// Splits `total` (>= 0) over `weights` (each >= 0) in proportion, by largest
/// remainder: every part gets floor(total * w / W), then the leftover units go one
/// each to the parts with the largest fractional remainders, ties to the earlier
/// part. The parts add up to `total` exactly. If all weights are zero, everything
/// goes to the first part (an empty list with total != 0 is an error).
std::vector<std::int64_t> allocateLargestRemainder(std::int64_t total,
                                                   std::span<const std::int64_t> weights);

} // namespace ocopos::core
