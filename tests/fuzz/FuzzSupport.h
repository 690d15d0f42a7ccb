#pragma once
// Shared by the fuzz targets (tests/fuzz/targets/*.cpp). A target defines
// LLVMFuzzerTestOneInput; built with clang's -fsanitize=fuzzer it is a libFuzzer
// program (scripts/fuzz), built with gcc it is linked with ReplayMain.cpp and
// replays its corpus once as a CTest test (label `fuzz`).
//
// What a target may throw: the project's own errors (ocopos::Error — bad input is
// refused with a clear error, that is the point). Anything else escaping, a crash,
// a sanitizer report or a broken invariant (FUZZ_CHECK) is a bug.
#include "core/Errors.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#define FUZZ_CHECK(cond)                                                                                               \
    do {                                                                                                               \
        if (!(cond)) {                                                                                                 \
            std::fprintf(stderr, "fuzz invariant broken at %s:%d: %s\n", __FILE__, __LINE__, #cond);                   \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (0)

namespace ocopos::fuzz {

/// Runs `f`; the project's errors are an accepted outcome (returns false).
template <typename F> bool accepts(F&& f)
{
    try {
        f();
        return true;
    } catch (const ocopos::Error&) {
        return false;
    }
}

/// Runs `f`; bad input refused (ValidationError, NotFound, Conflict, OverflowError)
/// is an accepted outcome (returns false). A StorageError escapes: input that got
/// past validation and then failed in the database is a bug.
template <typename F> bool acceptsInput(F&& f)
{
    try {
        f();
        return true;
    } catch (const ocopos::ValidationError&) {
    } catch (const ocopos::NotFound&) {
    } catch (const ocopos::Conflict&) {
    } catch (const ocopos::OverflowError&) {
    }
    return false;
}

inline std::string text(const std::uint8_t* data, std::size_t size)
{
    return std::string(reinterpret_cast<const char*>(data), size);
}

} // namespace ocopos::fuzz
