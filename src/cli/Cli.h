#pragma once

#include "core/Clock.h"
#include "core/Errors.h"
#include "core/Money.h"
#include "core/Quantity.h"
#include "db/Database.h"
#include "services/Session.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace ocopos::cli {

/// Bad arguments: exit 2, code "usage".
class UsageError : public Error {
public:
    explicit UsageError(const std::string& message) : Error(ErrorCode("usage"), message) {}
};

/// The words after the command. A handler takes its options first, then its
/// positionals; finish() refuses anything left over, so a typo is a usage error,
/// never silently ignored.
class Args {
public:
    explicit Args(QStringList words) : m_words(std::move(words)) {}
    /// `--name VALUE` (or `--name=VALUE`); nullopt when absent.
    std::optional<QString> option(const QString& name);
    QString required(const QString& name);
    bool flag(const QString& name);
    /// The next positional word; throws UsageError naming `what` when missing.
    QString positional(const QString& what);
    std::optional<QString> optionalPositional();
    void finish();

private:
    QStringList m_words;
};

/// A table for human-readable output.
struct Table {
    QStringList header;
    std::vector<QStringList> rows;
    /// Right-aligned columns (numbers).
    std::set<int> right;
    QString render() const;
};

/// Everything a command needs: parsed globals, the database, the clock, output.
class Cli {
public:
    bool json = false;
    QString dbPath;
    /// --till / $OCOPOS_TILL: this till's code on a store shared by several tills.
    QString till;
    std::optional<QString> user;
    std::optional<QString> pin;
    std::unique_ptr<core::Clock> clock;

    db::Database& db();
    /// Closes the database (restore replaces the file underneath).
    void closeDb();
    services::Context ctx();
    /// Logs in with --user and the PIN from --pin/--pin-file/$OCOPOS_PIN (or,
    /// without one, asked on the terminal). AuthError when missing or wrong, and
    /// when the user's PIN must change, unless `changingOwnPin` (the one thing
    /// such a user may do).
    const services::Session& session(bool changingOwnPin = false);

    /// Prints either the JSON document or the human text.
    void output(const QJsonObject& json, const QString& text);
    void output(const QJsonObject& json, const Table& table);

private:
    std::unique_ptr<db::Database> m_db;
    std::optional<services::Session> m_session;
};

using Handler = std::function<int(Cli&, Args&)>;

/// Command table: "product import" -> handler. Each Commands*.cpp registers its own.
struct Command {
    QString name;      ///< one or two words
    QString synopsis;  ///< for --help
    Handler run;
};
std::vector<Command>& registry();
struct Register {
    Register(std::initializer_list<Command> commands);
};

/// Reads a whole file (ValidationError naming the file when it can't).
QByteArray readInputFile(const QString& path);

/// JSON helpers shared by the commands (cli.md formats).
QJsonValue jsonText(const QString& s);  ///< null when empty
QString qty(core::Quantity q);
QString money(core::Money m);

} // namespace ocopos::cli
