#include "Arithmetic.h"

#include "Errors.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace ocopos::core {

namespace {
constexpr Int128 kMax = std::numeric_limits<std::int64_t>::max();
constexpr Int128 kMin = std::numeric_limits<std::int64_t>::min();

std::int64_t narrow(Int128 v)
{
    if (v > kMax || v < kMin)
        throw OverflowError("amount out of range");
    return static_cast<std::int64_t>(v);
}
} // namespace

std::int64_t roundHalfUp(Int128 numerator, Int128 denominator)
{
    if (denominator <= 0)
        throw std::invalid_argument("roundHalfUp: denominator must be positive");
    const bool negative = numerator < 0;
    const Int128 n = negative ? -numerator : numerator;
    Int128 q = n / denominator;
    const Int128 r = n % denominator;
    if (r * 2 >= denominator)
        ++q;
    return narrow(negative ? -q : q);
}

std::int64_t mulDivRound(std::int64_t a, std::int64_t b, std::int64_t d)
{
    return roundHalfUp(static_cast<Int128>(a) * b, d);
}

std::int64_t checkedAdd(std::int64_t a, std::int64_t b)
{
    std::int64_t out = 0;
    if (__builtin_add_overflow(a, b, &out))
        throw OverflowError("amount out of range");
    return out;
}

std::int64_t checkedSub(std::int64_t a, std::int64_t b)
{
    std::int64_t out = 0;
    if (__builtin_sub_overflow(a, b, &out))
        throw OverflowError("amount out of range");
    return out;
}

std::int64_t checkedMul(std::int64_t a, std::int64_t b)
{
    std::int64_t out = 0;
    if (__builtin_mul_overflow(a, b, &out))
        throw OverflowError("amount out of range");
    return out;
}

std::vector<std::int64_t> allocateLargestRemainder(std::int64_t total,
                                                   std::span<const std::int64_t> weights)
{
    if (total < 0)
        throw std::invalid_argument("allocateLargestRemainder: negative total");
    std::vector<std::int64_t> parts(weights.size(), 0);
    if (weights.empty()) {
        if (total != 0)
            throw std::invalid_argument("allocateLargestRemainder: nothing to allocate to");
        return parts;
    }
    Int128 sum = 0;
    for (auto w : weights) {
        if (w < 0)
            throw std::invalid_argument("allocateLargestRemainder: negative weight");
        sum += w;
    }
    if (sum == 0) {
        parts.front() = total;
        return parts;
    }
    std::vector<Int128> remainders(weights.size());
    Int128 given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const Int128 exact = static_cast<Int128>(total) * weights[i];
        parts[i] = static_cast<std::int64_t>(exact / sum);
        remainders[i] = exact % sum;
        given += parts[i];
    }
    auto left = static_cast<std::int64_t>(total - given);
    std::vector<std::size_t> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return remainders[a] > remainders[b];
    });
    for (std::size_t k = 0; left > 0; ++k, --left)
        ++parts[order[k]];
    return parts;
}

} // namespace ocopos::core
