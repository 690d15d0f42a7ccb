#pragma once

#include "core/Clock.h"
#include "core/Errors.h"
#include "db/Database.h"
#include "services/Session.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <ostream>
#include <string>
#include <vector>

/// GoogleTest prints QStrings as text, not as arrays of UTF-16 units.
inline void PrintTo(const QString& s, std::ostream* os) { *os << '"' << s.toStdString() << '"'; }

namespace ocopos::test {

/// Whether this test run is on PostgreSQL: $OCOPOS_TEST_BACKEND=postgres (CTest's
/// `pg` label runs the db and services suites so). Otherwise SQLite.
bool testingOnPostgres();

/// A fresh database with a fixed clock, removed afterwards: a file in a
/// temporary folder, or (testingOnPostgres()) a new database on the test
/// binary's throwaway PostgreSQL cluster, copied from a migrated template.
class TempStore {
public:
    explicit TempStore(const QString& now = QStringLiteral("2026-11-28T09:00:00+07:00"));
    ~TempStore();

    db::Database& db() { return *m_db; }
    core::FixedClock& clock() { return m_clock; }
    /// PINs are hashed at libsodium's minimum cost: tests create many users.
    services::Context ctx() { return services::Context{*m_db, m_clock, nullptr, services::PinHashCost::minimum()}; }
    /// Where the store is: its file, or its PostgreSQL URL.
    QString path() const { return m_location; }
    /// A temporary folder for the test's other files.
    QString dir() const { return m_dir.path(); }
    /// The location of another new, empty database of the same backend (a file
    /// in dir() named `name`, or a new database on the cluster).
    QString freshLocation(const QString& name);

    /// The built-in admin (created on construction).
    services::Session admin();
    /// Adds a user with that role and PIN and returns its session.
    services::Session addUser(const QString& name, core::Role role, const QString& producerCode = QString(),
                              const QString& pin = QStringLiteral("1234"));
    /// Imports CSV text through CatalogImportService as admin.
    void importProducers(const QByteArray& csv);
    void importProducts(const QByteArray& csv);
    /// A small catalogue: two cooperatives with households, products of each kind.
    void loadSmallCatalog();

private:
    QTemporaryDir m_dir;
    QString m_location;
    core::FixedClock m_clock;
    std::unique_ptr<db::Database> m_db;
};

/// The result of running the real ocopos-cli.
struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs `ocopos-cli` (path from $OCOPOS_CLI) with the given arguments and
/// environment additions, optional standard input.
CliResult runCli(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment(),
                 const QByteArray& input = QByteArray());

/// Path to a file under tests/data.
QString testData(const QString& name);
/// The bytes of a file under tests/data (throws when it can't be read).
QByteArray readTestData(const QString& name);

/// Runs `f` and returns the problems of the ValidationError it throws; empty
/// when it throws none. Other exceptions pass through.
template <typename F>
std::vector<Problem> problemsOf(F&& f)
{
    try {
        f();
    } catch (const ValidationError& e) {
        return e.problems();
    }
    return {};
}

/// True if some problem is on `line`, names `field`, and its reason contains `part`.
bool hasProblem(const std::vector<Problem>& problems, int line, const std::string& field,
                const std::string& part = std::string());
/// Every problem, one per line, for assertion messages.
std::string describeAll(const std::vector<Problem>& problems);

/// SELECT COUNT(*) FROM table.
qint64 countRows(db::Database& db, const QString& table);

/// The backend of this run as a test parameter: "postgres" under
/// testingOnPostgres(), else "sqlite". Suites about the SQLite file itself skip
/// the other.
std::vector<std::string> databaseBackends();

/// The built programs (an environment variable of the same name overrides).
QString cliPath();          ///< $OCOPOS_CLI
QString saleWorkerPath();   ///< $OCOPOS_SALE_WORKER
QString sourceDir();        ///< $OCOPOS_SOURCE_DIR

} // namespace ocopos::test
