#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace ocopos {

/// Base of every error the core, db, services and printing throw on purpose.
/// The CLI maps each kind to an exit code; the UI shows the message.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// One problem in user input: which line (of a file; 0 when not from a file) and field.
struct Problem {
    int line = 0;
    std::string field;
    std::string why;

    /// "line 3, field price: must be a whole number" (line omitted when 0).
    std::string describe() const;
};

/// Bad input: a file, a field, a barcode, an amount. Carries every problem found,
/// so a whole file can be reported at once.
class ValidationError : public Error {
public:
    explicit ValidationError(std::string field, std::string why, int line = 0);
    explicit ValidationError(std::vector<Problem> problems);

    const std::vector<Problem>& problems() const noexcept { return m_problems; }
    /// The first problem's line, if it came from a file.
    std::optional<int> line() const;

private:
    std::vector<Problem> m_problems;
};

/// Something named does not exist: product, producer, receipt, user.
class NotFound : public Error {
public:
    using Error::Error;
};

/// The request is well-formed but the state forbids it: short stock, expired lot,
/// payment short, period already settled, shift not open, return exceeds sale.
class Conflict : public Error {
public:
    using Error::Error;
};

/// Wrong PIN, locked out, role not allowed, manager override missing or wrong.
class AuthError : public Error {
public:
    using Error::Error;
};

/// Arithmetic left the range of int64 đồng or thousandths.
class OverflowError : public Error {
public:
    using Error::Error;
};

/// Collects problems while a whole input is checked, then throws them together.
class ProblemList {
public:
    void add(int line, std::string field, std::string why);
    bool empty() const noexcept { return m_problems.empty(); }
    std::size_t size() const noexcept { return m_problems.size(); }
    /// Throws ValidationError with every problem, if any were added.
    void throwIfAny() const;

private:
    std::vector<Problem> m_problems;
};

} // namespace ocopos
