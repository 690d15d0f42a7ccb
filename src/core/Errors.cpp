#include "Errors.h"

#include <algorithm>

namespace ocopos {

Error::Error(const std::string& message) : Error(codes::internal, message) {}

Error::Error(ErrorCode code, const std::string& message, ErrorArgs args)
    : std::runtime_error(message), m_code(code.id()), m_args(std::move(args))
{
}

std::string Error::arg(std::string_view name) const
{
    for (const auto& [key, value] : m_args)
        if (key == name)
            return value;
    return {};
}

void Error::setCode(std::string code, ErrorArgs args)
{
    m_code = std::move(code);
    m_args = std::move(args);
}

std::string Problem::describe() const
{
    std::string out;
    if (line > 0)
        out += "line " + std::to_string(line) + ", ";
    if (!field.empty())
        out += "field " + field + ": ";
    out += why;
    return out;
}

namespace {
std::string joinProblems(const std::vector<Problem>& problems)
{
    std::string out;
    for (const auto& p : problems) {
        if (!out.empty())
            out += "; ";
        out += p.describe();
    }
    return out;
}
} // namespace

ValidationError::ValidationError(std::string field, std::string why, int line)
    : ValidationError(std::vector<Problem>{Problem{line, std::move(field), std::move(why)}})
{
}

ValidationError::ValidationError(ErrorCode code, std::string field, std::string why, ErrorArgs args, int line)
    : ValidationError(std::vector<Problem>{
          Problem{line, std::move(field), std::move(why), std::string(code.id()), std::move(args)}})
{
}

ValidationError::ValidationError(std::vector<Problem> problems)
    : Error(codes::invalid, joinProblems(problems)), m_problems(std::move(problems))
{
    if (!m_problems.empty())
        setCode(m_problems.front().code, m_problems.front().args);
}

std::optional<int> ValidationError::line() const
{
    if (!m_problems.empty() && m_problems.front().line > 0)
        return m_problems.front().line;
    return std::nullopt;
}

void ProblemList::add(int line, std::string field, std::string why)
{
    m_problems.push_back(Problem{line, std::move(field), std::move(why)});
}

void ProblemList::add(int line, ErrorCode code, std::string field, std::string why, ErrorArgs args)
{
    m_problems.push_back(Problem{line, std::move(field), std::move(why), std::string(code.id()), std::move(args)});
}

void ProblemList::throwIfAny() const
{
    if (m_problems.empty())
        return;
    // In file order, whatever pass found them: the first problem (and the
    // error's line) is the first bad line.
    auto sorted = m_problems;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Problem& a, const Problem& b) { return a.line < b.line; });
    throw ValidationError(std::move(sorted));
}

} // namespace ocopos
