#pragma once

#include "DbError.h"
#include "Migrations.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <list>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>
#include <type_traits>

struct sqlite3;

namespace ocopos::db {

class SqliteStatement;

/// int64 (long on Linux) as a QVariant: Qt's integer overloads take qlonglong.
inline QVariant v64(std::int64_t x) { return QVariant(static_cast<qlonglong>(x)); }

/// Which server holds the store. The backend is chosen by what `--db` names: a
/// file path is SQLite, a `postgresql://` (or `postgres://`) URL is PostgreSQL.
enum class Backend { Sqlite, Postgres };

/// True when `location` is a PostgreSQL URL rather than a file path.
bool isPostgresUrl(const QString& location);
/// `location` with any password in it replaced by "***", for messages and logs.
QString redactedLocation(const QString& location);

/// One connection to the store database, SQLite or PostgreSQL through Qt Sql.
/// SQLite: WAL, foreign keys on, synchronous=FULL (an acknowledged sale must
/// survive power loss), a busy timeout. PostgreSQL: a lock timeout of the same
/// length, exact numerics. Opening migrates the schema forward; a database from
/// a newer version is refused untouched. Not copyable; one per thread.
///
/// The dialect seam: every difference between the two lives in db/ (this class,
/// Migrations.cpp, the few repository statements that ask backend()); services
/// and documents never see which one is open.
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
        /// The store's schema, or the province centre's (PostgreSQL only; its own
        /// migrations, db/centre/migrations; migrationsDir still overrides them).
        Schema schema = Schema::Store;
    };

    /// Opens (creating a SQLite file if missing) and migrates. `path` is a file
    /// or a PostgreSQL URL (`postgresql://user:pass@host:port/dbname`,
    /// `postgresql:///dbname` over the local socket; query items are libpq
    /// options such as `sslmode` or `host` for a socket folder). Throws
    /// NotAStoreDatabase (not SQLite, truncated, another program's, no such
    /// database on the server), NewerSchemaError (a version this build does not
    /// know), both leaving the database untouched; DbAuthFailed (the server
    /// refused the user or password); DbUnavailable (no server answers);
    /// DbError otherwise.
    explicit Database(const QString& path);
    Database(const QString& path, Options options);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// The newest schema version this build knows: the newest migration's file number.
    static int latestVersion();
    Schema schema() const noexcept { return m_schema; }
    /// The newest file number of the migrations this connection uses (latestVersion()
    /// unless Options::migrationsDir chose others).
    int knownVersion() const noexcept { return m_migrations.empty() ? 0 : m_migrations.back().version; }
    /// The newest migration (file number) applied to the open file.
    int schemaVersion();

    /// What was opened: the file path or the whole URL (with its password: other
    /// connections of this process open the same; never print it, see displayName()).
    const QString& path() const noexcept { return m_path; }
    /// path() without a password, for messages and logs.
    QString displayName() const { return redactedLocation(m_path); }
    Backend backend() const noexcept { return m_backend; }
    bool isPostgres() const noexcept { return m_backend == Backend::Postgres; }
    QSqlDatabase& connection() noexcept { return m_db; }

    /// Throws the DbError that fits a failed statement: DbConnectionLost when the
    /// server went away (the next transaction reconnects), DbBusy when another
    /// writer held the lock too long, DbError otherwise.
    [[noreturn]] void fail(const QString& what, const QString& sql, const QSqlError& e);
    /// After a lost connection: reopens it (and forgets prepared statements).
    /// Called before every statement; a no-op while the connection is fine.
    /// Inside a TransactionGuard whose link broke it throws DbConnectionLost
    /// instead: the rest of that transaction must not run on a new connection.
    void reconnectIfLost();

    /// An INSERT whose new row's id the caller reads with Query::lastInsertId().
    /// On PostgreSQL it ends in `RETURNING id`: one round trip instead of a
    /// second statement (SELECT lastval()). On SQLite it does not: there
    /// RETURNING costs CPU for nothing (last_insert_rowid() is free), ~+30 % on a
    /// 10-line sale commit in bench_sale.
    QString withNewId(const QString& insert) const
    {
        return isPostgres() ? insert + QStringLiteral(" RETURNING id") : insert;
    }

    /// Runs one statement without parameters. Throws DbError.
    void execute(const QString& sql);

    /// A prepared statement for `sql`, reused from an earlier Query when one is
    /// idle (preparing is most of the cost of a small statement). Throws DbError.
    /// PostgreSQL: a QSqlQuery. SQLite: a statement on SQLite's own API over the
    /// same connection (SqliteStatement says why).
    QSqlQuery checkout(const QString& sql);
    std::unique_ptr<SqliteStatement> checkoutSqlite(const QString& sql);
    /// Gives a statement back for reuse. At most kStatementTexts distinct SQL
    /// texts keep idle statements: the least recently used text is dropped
    /// beyond that, so a caller building many texts cannot grow the cache forever.
    void checkin(const QString& sql, QSqlQuery&& q);
    void checkin(const QString& sql, std::unique_ptr<SqliteStatement> st) noexcept;
    /// How many distinct SQL texts have idle prepared statements (tests).
    std::size_t cachedStatementTexts() const noexcept { return m_idle.size(); }
    static constexpr std::size_t kStatementTexts = 256;
    /// Integrity check; returns the problems (empty when fine).
    QStringList integrityCheck();

private:
    void openSqlite(const Options& options);
    void openPostgres(const Options& options);
    void configure();
    void dropConnection() noexcept;

    QString m_path;
    Backend m_backend = Backend::Sqlite;
    Schema m_schema = Schema::Store;
    int m_busyTimeoutMs = 10000;
    bool m_lost = false;
    bool m_inTransaction = false;  ///< a TransactionGuard is open
    friend class TransactionGuard;
    friend class Query;
    QString m_connectionName;
    /// The SQLite file as this process's registry of open stores knows it
    /// (empty: not registered). See openSqlite().
    QString m_openFileKey;
    std::vector<Migration> m_migrations;  ///< in version order
    QSqlDatabase m_db;
    sqlite3* m_sqlite = nullptr;  ///< the handle of m_db's SQLite connection (SQLite only)
    struct Idle {
        Idle(std::list<QString>::iterator r);
        Idle(Idle&&) noexcept;
        ~Idle();
        std::vector<QSqlQuery> statements;
        std::vector<std::unique_ptr<SqliteStatement>> sqlite;
        std::list<QString>::iterator recency;  ///< this text's place in m_recency
    };
    Idle& idleFor(const QString& sql);
    std::unordered_map<QString, Idle> m_idle;
    std::list<QString> m_recency;  ///< SQL texts of m_idle, most recently used first
    /// m_idle by where a key's characters are: a caller passing the same QString
    /// again (a static text, shared with the key, which keeps it alive) finds its
    /// statements without hashing the text — multi-row statements run to kilobytes.
    /// (Pointers to elements: they stay valid when the map rehashes, iterators do not.)
    std::unordered_map<const QChar*, std::pair<const QString, Idle>*> m_byAddress;
    /// The cache's entry for `sql`, or nullptr.
    std::pair<const QString, Idle>* findIdle(const QString& sql);
};

/// A prepared statement that throws DbError on failure. Use named placeholders
/// (":name"); SQLite through Qt refuses re-used numbered ones. On PostgreSQL a
/// placeholder whose type the statement does not fix (`:x IS NULL`) needs a
/// CAST.
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
    bool next();
    /// A column of the current row. On PostgreSQL an exact numeric (a SUM of
    /// bigint) comes back as its digits, which toLongLong() reads; one with
    /// decimals throws DbError rather than turning into a wrong whole number
    /// (it means a division in SQL without a CAST to BIGINT).
    QVariant value(int i) const;
    QVariant value(const QString& name) const;
    /// The id of the row an INSERT just wrote. An INSERT ending in `RETURNING id`
    /// (portable: SQLite and PostgreSQL) saves PostgreSQL a round trip.
    qint64 lastInsertId();
    /// Binds by 0-based position (statements with `?` placeholders).
    Query& bind(int position, const QVariant& value);
    int rowsAffected() const;
    int columnCount() const;
    /// exec() and the first column of the first row, or nullopt when there is no row.
    std::optional<QVariant> scalar();

private:
    [[noreturn]] void failSqlite(const QString& what, int rc);

    Database& m_db;
    QSqlQuery m_q;                               ///< PostgreSQL
    std::unique_ptr<SqliteStatement> m_sqlite;   ///< SQLite
    QString m_sql;
    std::vector<bool> m_numeric;  ///< PostgreSQL: which columns are numeric (set by exec)
};

/// One transaction for one user action, holding the store's write lock from the
/// start, so two tills that read-then-write (receipt numbers, stock, the journal
/// chain, settlement periods) queue instead of deadlocking or interleaving.
/// SQLite: BEGIN IMMEDIATE. PostgreSQL: BEGIN (read committed) and a
/// transaction-scoped advisory lock, the store's write lock, taken before any
/// read, so every read after it sees all that committed before: writers run one
/// after another exactly as on SQLite, readers never wait. Commits only on
/// commit(); the destructor rolls back.
class TransactionGuard {
public:
    /// Store: the store's write lock as above. None (the centre, PostgreSQL): a
    /// plain read-committed transaction; the caller locks the rows it serializes
    /// on (SELECT ... FOR UPDATE), so unrelated writers run in parallel.
    enum class Lock { Store, None };
    explicit TransactionGuard(Database& db, Lock lock = Lock::Store);
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
