#pragma once

#include "DbError.h"
#include "Migrations.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <list>
#include <optional>
#include <unordered_map>
#include <vector>
#include <type_traits>

namespace ocopos::db {

/// int64 (long on Linux) as a QVariant: Qt's integer overloads take qlonglong.
inline QVariant v64(std::int64_t x) { return QVariant(static_cast<qlonglong>(x)); }

/// One connection to the store database (SQLite through Qt Sql): WAL,
/// foreign keys on, synchronous=FULL (an acknowledged sale must survive power
/// loss), a busy timeout. Opening migrates the schema forward; a file from a
/// newer version is refused untouched. Move-only; one per thread.
class Database {
public:
    struct Options {
        /// Apply migrations only up to this file number (tests of upgrades); default all.
        std::optional<int> migrateTo;
        /// Milliseconds to wait for another writer before SQLITE_BUSY.
        int busyTimeoutMs = 10000;
        /// Tests of upgrades only: read the numbered `NNNN_name.sql` migrations from
        /// this folder instead of the ones built into the program. Empty: built-in.
        QString migrationsDir;
    };

    /// Opens (creating if missing) and migrates. Throws NotAStoreDatabase (not
    /// SQLite, truncated, another program's), NewerSchemaError (a version this
    /// build does not know), both leaving the file untouched; DbError otherwise.
    explicit Database(const QString& path);
    Database(const QString& path, Options options);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// The newest schema version this build knows: the newest migration's file number.
    static int latestVersion();
    /// The newest file number of the migrations this connection uses (latestVersion()
    /// unless Options::migrationsDir chose others).
    int knownVersion() const noexcept { return m_migrations.empty() ? 0 : m_migrations.back().version; }
    /// The newest migration (file number) applied to the open file.
    int schemaVersion();

    const QString& path() const noexcept { return m_path; }
    QSqlDatabase& connection() noexcept { return m_db; }

    /// Runs one statement without parameters. Throws DbError.
    void execute(const QString& sql);

    /// A prepared statement for `sql`, reused from an earlier Query when one is
    /// idle (preparing is most of the cost of a small statement). Throws DbError.
    QSqlQuery checkout(const QString& sql);
    /// Gives a statement back for reuse. At most kStatementTexts distinct SQL
    /// texts keep idle statements: the least recently used text is dropped
    /// beyond that, so a caller building many texts cannot grow the cache forever.
    void checkin(const QString& sql, QSqlQuery&& q);
    /// How many distinct SQL texts have idle prepared statements (tests).
    std::size_t cachedStatementTexts() const noexcept { return m_idle.size(); }
    static constexpr std::size_t kStatementTexts = 256;
    /// Integrity check; returns the problems (empty when fine).
    QStringList integrityCheck();

private:
    void configure();

    QString m_path;
    QString m_connectionName;
    std::vector<Migration> m_migrations;  ///< in version order
    QSqlDatabase m_db;
    struct Idle {
        std::vector<QSqlQuery> statements;
        std::list<QString>::iterator recency;  ///< this text's place in m_recency
    };
    std::unordered_map<QString, Idle> m_idle;
    std::list<QString> m_recency;  ///< SQL texts of m_idle, most recently used first
};

/// A prepared statement that throws DbError on failure. Use named placeholders
/// (":name"); SQLite through Qt refuses re-used numbered ones.
class Query {
public:
    Query(Database& db, const QString& sql);
    ~Query();
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    Query& bind(const QString& placeholder, const QVariant& value);
    /// Binds NULL when the optional is empty. Integers go in as qlonglong: the
    /// SQLite driver binds a QVariant of `long` (int64_t on Linux) as text.
    template <typename T>
    Query& bindOpt(const QString& placeholder, const std::optional<T>& v)
    {
        if (!v)
            return bind(placeholder, QVariant());
        if constexpr (std::is_integral_v<T>)
            return bind(placeholder, QVariant(static_cast<qlonglong>(*v)));
        else
            return bind(placeholder, QVariant::fromValue(*v));
    }
    Query& exec();
    bool next() { return m_q.next(); }
    QVariant value(int i) const { return m_q.value(i); }
    QVariant value(const QString& name) const { return m_q.value(name); }
    qint64 lastInsertId() const;
    int rowsAffected() const { return m_q.numRowsAffected(); }
    /// exec() and the first column of the first row, or nullopt when there is no row.
    std::optional<QVariant> scalar();
    QSqlQuery& raw() { return m_q; }

private:
    Database& m_db;
    QSqlQuery m_q;
    QString m_sql;
};

/// One transaction for one user action. BEGIN IMMEDIATE takes the write lock at
/// once, so two tills that read-then-write (receipt numbers, stock) queue
/// instead of deadlocking. Commits only on commit(); the destructor rolls back.
class TransactionGuard {
public:
    explicit TransactionGuard(Database& db);
    ~TransactionGuard() noexcept;
    TransactionGuard(const TransactionGuard&) = delete;
    TransactionGuard& operator=(const TransactionGuard&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

/// Splits a migration script into statements (quotes, comments and trigger
/// bodies respected). Exposed for tests.
QStringList splitSqlStatements(const QString& script);

} // namespace ocopos::db
