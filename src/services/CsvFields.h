#pragma once
// Reading one cell of an imported file into a typed value, shared by the
// catalogue and stock importers. Internal to ocopos_services.

#include "core/Errors.h"

#include <optional>

namespace ocopos::services {

/// Runs `parse`; a ValidationError or OverflowError becomes problems on `line`/`name`
/// (and nullopt), so one bad cell does not stop the rest of the file being checked.
template <typename F>
auto field(ProblemList& problems, int line, const char* name, F&& parse) -> std::optional<decltype(parse())>
{
    try {
        return parse();
    } catch (const ValidationError& e) {
        for (const auto& p : e.problems())
            problems.add(line, name, p.why);
    } catch (const OverflowError&) {
        problems.add(line, name, "is too large");
    }
    return std::nullopt;
}

} // namespace ocopos::services
