#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ocopos {

/// A stable machine name for what went wrong ("auth.locked", "stock.short"):
/// screens translate from it and the CLI prints it as the error's "reason".
/// A shipped code is never renamed. Explicit, so a message can't be passed
/// where a code is meant. The specific codes and the arguments each carries are
/// listed in core/ErrorCodes.h; the kind defaults are the constants below.
class ErrorCode {
public:
    constexpr explicit ErrorCode(std::string_view id) noexcept : m_id(id) {}
    constexpr std::string_view id() const noexcept { return m_id; }

private:
    std::string_view m_id;
};

/// The codes an error has when its throw site gives none: one per kind.
namespace codes {
inline constexpr ErrorCode internal{"internal"};
inline constexpr ErrorCode invalid{"invalid"};
inline constexpr ErrorCode notFound{"not_found"};
inline constexpr ErrorCode conflict{"conflict"};
inline constexpr ErrorCode auth{"auth"};
inline constexpr ErrorCode overflow{"overflow"};
inline constexpr ErrorCode storage{"storage"};
} // namespace codes

/// Named values for the screen's sentence, in machine form: {"minutes","5"},
/// {"sku","NMCR-500"}; money as whole đồng ("45000"), quantities as decimal
/// strings ("2.5"), dates as YYYY-MM-DD.
using ErrorArgs = std::vector<std::pair<std::string, std::string>>;

/// Base of every error the core, db, services and printing throw on purpose.
/// The CLI maps each kind to an exit code; the UI translates the code and
/// arguments, and the message (English, for logs and the CLI) is never parsed.
class Error : public std::runtime_error {
public:
    /// Code "internal".
    explicit Error(const std::string& message);
    Error(ErrorCode code, const std::string& message, ErrorArgs args = {});

    /// "auth.locked", or the kind's default ("conflict") when the thrower gave none.
    const std::string& code() const noexcept { return m_code; }
    const ErrorArgs& args() const noexcept { return m_args; }
    /// The value of the named argument; empty when there is none.
    std::string arg(std::string_view name) const;

protected:
    void setCode(std::string code, ErrorArgs args);

private:
    std::string m_code;
    ErrorArgs m_args;
};

/// One problem in user input: which line (of a file; 0 when not from a file) and
/// field, why in English, and the machine code and arguments a screen translates.
struct Problem {
    int line = 0;
    std::string field;
    std::string why;
    std::string code = std::string(codes::invalid.id());
    ErrorArgs args = {};

    /// "line 3, field price: must be a whole number" (line omitted when 0).
    std::string describe() const;
};

/// Bad input: a file, a field, a barcode, an amount. Carries every problem found,
/// so a whole file can be reported at once. Its code and args are the first
/// problem's (like line()).
class ValidationError : public Error {
public:
    explicit ValidationError(std::string field, std::string why, int line = 0);
    ValidationError(ErrorCode code, std::string field, std::string why, ErrorArgs args = {}, int line = 0);
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
    explicit NotFound(const std::string& message) : Error(codes::notFound, message) {}
    NotFound(ErrorCode code, const std::string& message, ErrorArgs args = {}) : Error(code, message, std::move(args)) {}
};

/// The request is well-formed but the state forbids it: short stock, expired lot,
/// payment short, period already settled, shift not open, return exceeds sale.
class Conflict : public Error {
public:
    explicit Conflict(const std::string& message) : Error(codes::conflict, message) {}
    Conflict(ErrorCode code, const std::string& message, ErrorArgs args = {}) : Error(code, message, std::move(args)) {}
};

/// Wrong PIN, locked out, role not allowed, manager override missing or wrong.
class AuthError : public Error {
public:
    explicit AuthError(const std::string& message) : Error(codes::auth, message) {}
    AuthError(ErrorCode code, const std::string& message, ErrorArgs args = {}) : Error(code, message, std::move(args)) {}
};

/// Arithmetic left the range of int64 đồng or thousandths.
class OverflowError : public Error {
public:
    explicit OverflowError(const std::string& message) : Error(codes::overflow, message) {}
};

/// The store's storage failed (db::DbError and its kinds derive from it), so
/// layers above the database can name the kind without including db/.
class StorageError : public Error {
public:
    explicit StorageError(const std::string& message) : Error(codes::storage, message) {}
    StorageError(ErrorCode code, const std::string& message, ErrorArgs args = {}) : Error(code, message, std::move(args)) {}
};

/// Collects problems while a whole input is checked, then throws them together.
class ProblemList {
public:
    void add(int line, std::string field, std::string why);
    void add(int line, ErrorCode code, std::string field, std::string why, ErrorArgs args = {});
    bool empty() const noexcept { return m_problems.empty(); }
    std::size_t size() const noexcept { return m_problems.size(); }
    /// Throws ValidationError with every problem, if any were added.
    void throwIfAny() const;

private:
    std::vector<Problem> m_problems;
};

} // namespace ocopos
