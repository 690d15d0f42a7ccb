#include "Database.h"

#include "SqliteFileLook.h"
#include "SqliteStatement.h"

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>


namespace ocopos::db {

DbError::DbError(std::string what, std::string statement, std::string driverMessage)
    : StorageError(what + (driverMessage.empty() ? "" : ": " + driverMessage)), m_statement(std::move(statement)),
      m_driver(std::move(driverMessage))
{
}

namespace {
std::atomic<int> g_connectionCounter{0};

/// The SQLite files this process has open, with how many connections each.
/// POSIX record locks belong to the process, and closing ANY descriptor of a
/// file drops them all: reading a store's header with a descriptor of our own
/// while another connection of this process holds the store would silently
/// release that connection's locks. Another process closing its connection
/// could then take the store for its last user, checkpoint and delete the WAL
/// under us — the corruption sqlite.org/howtocorrupt.html §2.2 describes. So
/// the raw header checks run only for the first connection of a process.
std::mutex g_openFilesMutex;
std::map<QString, int> g_openFiles;

QString openFileKey(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

bool openInThisProcess(const QString& key)
{
    const std::lock_guard lock(g_openFilesMutex);
    const auto it = g_openFiles.find(key);
    return it != g_openFiles.end() && it->second > 0;
}

[[noreturn]] void failPlain(const QString& what, const QString& sql, const QSqlError& e)
{
    throw DbError(what.toStdString(), sql.toStdString(), e.text().toStdString());
}

/// The write lock of a PostgreSQL store: a transaction-scoped advisory lock.
/// Advisory locks belong to one database, so one key serves every store of a
/// cluster. The key is "OCOP" in ASCII, like SQLite's application_id.
const QString kPgWriteLock = QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kStoreApplicationId);

/// libpq reports a broken link in words, not always with an SQLSTATE.
bool linkBroken(const QSqlError& e)
{
    const QString code = e.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") || code == QLatin1String("57P02")
        || code == QLatin1String("57P03"))
        return true;
    const QString t = e.text();
    for (const char* words : {"server closed the connection", "no connection to the server",
                              "terminating connection", "connection to server was lost", "could not send data",
                              "could not receive data", "SSL SYSCALL error", "connection pointer is NULL"})
        if (t.contains(QLatin1String(words), Qt::CaseInsensitive))
            return true;
    return false;
}

/// libpq's connection options that a URL's query may carry.
bool allowedOption(const QString& key)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_]{2,40}$"));
    return re.match(key).hasMatch() && key != QLatin1String("dbname") && key != QLatin1String("password");
}
} // namespace

bool isPostgresUrl(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString redactedLocation(const QString& location)
{
    if (!isPostgresUrl(location))
        return location;
    QUrl url(location);
    if (!url.password().isEmpty())
        url.setPassword(QStringLiteral("***"));
    QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("password"))) {
        query.removeAllQueryItems(QStringLiteral("password"));
        query.addQueryItem(QStringLiteral("password"), QStringLiteral("***"));
        url.setQuery(query);
    }
    return url.toString();
}

Database::Database(const QString& path) : Database(path, Options{}) {}

Database::Database(const QString& path, Options options)
    : m_path(path), m_backend(isPostgresUrl(path) ? Backend::Postgres : Backend::Sqlite),
      m_schema(options.schema), m_busyTimeoutMs(options.busyTimeoutMs),
      m_migrations(options.schema == Schema::Centre && options.migrationsDir.isEmpty()
                       ? centreMigrationScripts()
                       : migrationScripts(options.migrationsDir))
{
    if (m_schema == Schema::Centre && !isPostgres())
        throw NotAStoreDatabase("the province centre runs on PostgreSQL only: '" + path.toStdString()
                                    + "' is not a postgresql:// URL; nothing was opened",
                                "", "");
    m_connectionName = QStringLiteral("ocopos-%1").arg(g_connectionCounter.fetch_add(1));
    if (isPostgres())
        openPostgres(options);
    else
        openSqlite(options);
    try {
        // Read what the database is before anything writes: a newer or foreign
        // one stays untouched (switching to WAL would already rewrite its header).
        inspectStore(*this, m_migrations, m_schema);
        configure();
        migrateSchema(*this, m_migrations, options.migrateTo);
    } catch (const NewerSchemaError&) {
        dropConnection();
        throw;
    } catch (const NotAStoreDatabase&) {
        dropConnection();
        throw;
    } catch (const DbError& e) {
        dropConnection();
        // SQLite says only "unable to open database file" when it may not write
        // the store or the -wal/-shm files beside it: say what is wrong.
        if (!isPostgres())
            if (const char* where = unwritable(m_path))
                throw DbReadOnly("the store " + displayName().toStdString() + " cannot be written (" + where
                                     + "): OCOPOS writes the file and its -wal and -shm files beside it; nothing was opened",
                                 e.statement(), e.driverMessage());
        throw;
    } catch (...) {
        dropConnection();
        throw;
    }
}

void Database::openSqlite(const Options& options)
{
    const auto newer = [&](qint64 version) {
        return NewerSchemaError("database " + m_path.toStdString() + " has schema version " + std::to_string(version)
                                    + ", newer than this program's " + std::to_string(knownVersion())
                                    + "; it was not changed",
                                "PRAGMA user_version", "");
    };
    // Look at the header before SQLite opens the file: opening a WAL database
    // creates -wal and -shm files, and closing it may checkpoint into it. Only
    // when no connection of this process has the file open (see g_openFiles):
    // then it was checked when that one opened.
    if (!openInThisProcess(openFileKey(m_path)))
        for (const auto& v : {headerVersion(m_path), walLook(m_path).version})
            if (v && *v > knownVersion())
                throw newer(*v);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!m_db.open()) {
        const auto err = m_db.lastError();
        dropConnection();
        failPlain(QStringLiteral("cannot open database %1").arg(m_path), QString(), err);
    }
    const QVariant handle = m_db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !(m_sqlite = *static_cast<sqlite3* const*>(handle.constData()))) {
        dropConnection();
        throw DbError("cannot open database " + m_path.toStdString() + ": Qt's SQLite driver gave no connection handle", "", "");
    }
    m_openFileKey = openFileKey(m_path);  // the file exists now
    const std::lock_guard lock(g_openFilesMutex);
    ++g_openFiles[m_openFileKey];
}

void Database::openPostgres(const Options&)
{
    const std::string shown = displayName().toStdString();
    const QUrl url(m_path, QUrl::StrictMode);
    const QString dbName = url.path(QUrl::FullyDecoded).mid(1);
    static const QRegularExpression plainName(QStringLiteral("^[^/\\\\]{1,63}$"));
    if (!url.isValid() || !plainName.match(dbName).hasMatch())
        throw NotAStoreDatabase(shown + " is not a PostgreSQL URL of the form "
                                        "postgresql://user:password@host:port/dbname",
                                "", url.errorString().toStdString());
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw DbError("cannot open " + shown + ": Qt's PostgreSQL driver (QPSQL) is not installed; install "
                      "libqt6sql6-psql",
                      "", "");
    QStringList connectOptions;
    bool timeoutGiven = false;
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!allowedOption(key) || value.contains(QLatin1Char(';')))
            throw NotAStoreDatabase(shown + ": the URL option '" + key.toStdString() + "' is not one OCOPOS passes on",
                                    "", "");
        timeoutGiven = timeoutGiven || key == QLatin1String("connect_timeout");
        connectOptions << key + QLatin1Char('=') + value;
    }
    if (!timeoutGiven)
        connectOptions << QStringLiteral("connect_timeout=10");
    connectOptions << QStringLiteral("application_name=ocopos");
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_db.setDatabaseName(dbName);
    if (!url.host().isEmpty())
        m_db.setHostName(url.host());
    if (url.port() > 0)
        m_db.setPort(url.port());
    if (!url.userName().isEmpty())
        m_db.setUserName(url.userName(QUrl::FullyDecoded));
    if (!url.password().isEmpty())
        m_db.setPassword(url.password(QUrl::FullyDecoded));
    m_db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    // Sums of bigint are numeric in PostgreSQL; exact numerics come back as
    // text (never through a double), and QVariant::toLongLong() reads them.
    m_db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!m_db.open()) {
        const QSqlError err = m_db.lastError();
        const std::string driver = err.text().toStdString();
        dropConnection();
        const QString t = err.text();
        if (t.contains(QLatin1String("password authentication failed")) || t.contains(QLatin1String("no password supplied"))
            || (t.contains(QLatin1String("role \"")) && t.contains(QLatin1String("does not exist")))
            || t.contains(QLatin1String("authentication failed")))
            throw DbAuthFailed("the PostgreSQL server at " + shown + " refused the user or password", "", driver);
        if (t.contains(QLatin1String("database \"")) && t.contains(QLatin1String("does not exist")))
            throw NotAStoreDatabase("there is no database '" + dbName.toStdString() + "' on the server of " + shown
                                        + "; create it first (createdb -E UTF8 " + dbName.toStdString() + ")",
                                    "", driver);
        throw DbUnavailable("cannot reach the PostgreSQL server of " + shown
                                + " (is it running, and are host and port right?)",
                            "", driver);
    }
    m_lost = false;
}

void Database::dropConnection() noexcept
{
    m_byAddress.clear();
    m_idle.clear();  // finalizes SQLite statements before their connection closes
    m_recency.clear();
    m_sqlite = nullptr;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_openFileKey.isEmpty()) {
        const std::lock_guard lock(g_openFilesMutex);
        if (--g_openFiles[m_openFileKey] <= 0)
            g_openFiles.erase(m_openFileKey);
        m_openFileKey.clear();
    }
}

Database::~Database() { dropConnection(); }

void Database::fail(const QString& what, const QString& sql, const QSqlError& e)
{
    if (isPostgres()) {
        bool lost = linkBroken(e) || !m_db.isOpen();
        if (!lost) {
            // Qt does not always say that the link is gone: ask the server. Inside a
            // transaction that a real error aborted, the probe gets 25P02 instead.
            QSqlQuery probe(m_db);
            if (!probe.exec(QStringLiteral("SELECT 1")))
                lost = probe.lastError().nativeErrorCode() != QLatin1String("25P02");
        }
        if (lost) {
            m_lost = true;
            throw DbConnectionLost("the link to the PostgreSQL server of " + displayName().toStdString()
                                       + " broke; nothing of this action was saved: try again once it is back",
                                   sql.toStdString(), e.text().toStdString());
        }
        if (e.nativeErrorCode() == QLatin1String("55P03"))
            throw DbBusy("the store is busy: another till held it for more than "
                             + std::to_string(m_busyTimeoutMs / 1000) + " s",
                         sql.toStdString(), e.text().toStdString());
        if (e.nativeErrorCode() == QLatin1String("53100"))
            throw DbDiskFull("the disk of the PostgreSQL server of " + displayName().toStdString()
                                 + " is full; nothing of this action was saved: try again once it has space",
                             sql.toStdString(), e.text().toStdString());
        if (e.nativeErrorCode() == QLatin1String("25006"))
            throw DbReadOnly("the PostgreSQL server of " + displayName().toStdString()
                                 + " only reads (a standby?); nothing of this action was saved",
                             sql.toStdString(), e.text().toStdString());
    } else {
        // SQLite's result code, primary or extended (the low byte is the primary).
        bool numeric = false;
        const int primary = e.nativeErrorCode().toInt(&numeric) & 0xff;
        if (numeric && (primary == 5 || primary == 6))  // SQLITE_BUSY, SQLITE_LOCKED
            throw DbBusy("the store is busy: another till held it for more than "
                             + std::to_string(m_busyTimeoutMs / 1000) + " s",
                         sql.toStdString(), e.text().toStdString());
        if (numeric && primary == 13)  // SQLITE_FULL
            throw DbDiskFull("the disk holding the store " + displayName().toStdString()
                                 + " is full; nothing of this action was saved: free some space and try again",
                             sql.toStdString(), e.text().toStdString());
        if (numeric && primary == 8)  // SQLITE_READONLY
            throw DbReadOnly("the store " + displayName().toStdString()
                                 + " cannot be written (a read-only file or disk); nothing of this action was saved",
                             sql.toStdString(), e.text().toStdString());
        if (numeric && primary == 10)  // SQLITE_IOERR
            throw DbIoError("the disk failed while writing the store " + displayName().toStdString()
                                + "; nothing of this action was saved: check the disk and try again",
                            sql.toStdString(), e.text().toStdString());
    }
    failPlain(what, sql, e);
}

void Database::reconnectIfLost()
{
    if (!m_lost)
        return;
    if (m_inTransaction)
        throw DbConnectionLost("the link to the PostgreSQL server of " + displayName().toStdString()
                                   + " broke during this action; nothing of it was saved",
                               "", "");
    m_byAddress.clear();
    m_idle.clear();
    m_recency.clear();
    m_db.close();
    if (!m_db.open())
        throw DbUnavailable("cannot reach the PostgreSQL server of " + displayName().toStdString()
                                + " again; nothing was saved",
                            "", m_db.lastError().text().toStdString());
    m_lost = false;
    configure();
}

int Database::latestVersion()
{
    const auto scripts = migrationScripts();
    return scripts.empty() ? 0 : scripts.back().version;
}

int Database::schemaVersion() { return appliedSchemaVersion(*this); }

void Database::execute(const QString& sql)
{
    if (!isPostgres()) {
        // A prepared statement from the cache: a sale's BEGIN and COMMIT are
        // prepared once, not on every sale.
        Query(*this, sql).exec();
        return;
    }
    reconnectIfLost();
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        fail(QStringLiteral("statement failed"), sql, q.lastError());
}

void Database::configure()
{
    if (isPostgres()) {
        // The same wait for another writer as SQLite's busy timeout; notices
        // (DROP ... IF EXISTS) are not worth a log line.
        // (0 would mean "forever" there: "no waiting" is the shortest wait.)
        execute(QStringLiteral("SET lock_timeout = %1").arg(std::max(1, m_busyTimeoutMs)));
        execute(QStringLiteral("SET client_min_messages = warning"));
        return;
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next())
        fail(QStringLiteral("cannot switch to WAL"), QStringLiteral("PRAGMA journal_mode=WAL"), q.lastError());
    execute(QStringLiteral("PRAGMA foreign_keys=ON"));
    // FULL: a sale acknowledged to the cashier survives a power loss.
    execute(QStringLiteral("PRAGMA synchronous=FULL"));
    // Reports scan a lot of rows: a 32 MB page cache. No memory map: every page
    // of the store a map ever touched (and the kernel maps its neighbours with
    // it) stays in the till's resident memory — 145 MB of a 300k-product store
    // after an hour of searches and scans, against 20 MB now. Reading through
    // the page cache costs the 1M-line report 120 ms instead of 80 (goal 300)
    // and the scan p99 a few µs (docs/PERFORMANCE.md §Memory).
    execute(QStringLiteral("PRAGMA cache_size=-32768"));
    execute(QStringLiteral("PRAGMA mmap_size=0"));
    execute(QStringLiteral("PRAGMA case_sensitive_like=ON"));
}

QStringList Database::integrityCheck()
{
    QStringList problems;
    // PostgreSQL checks its pages and enforces foreign keys on every write;
    // there is no whole-database check to run.
    if (isPostgres())
        return problems;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        fail(QStringLiteral("integrity check failed"), QStringLiteral("PRAGMA integrity_check"), q.lastError());
    while (q.next()) {
        const QString r = q.value(0).toString();
        if (r != QLatin1String("ok"))
            problems << r;
    }
    QSqlQuery fk(m_db);
    if (!fk.exec(QStringLiteral("PRAGMA foreign_key_check")))
        fail(QStringLiteral("foreign key check failed"), QStringLiteral("PRAGMA foreign_key_check"), fk.lastError());
    while (fk.next())
        problems << QStringLiteral("foreign key: %1 row %2 -> %3")
                        .arg(fk.value(0).toString(), fk.value(1).toString(), fk.value(2).toString());
    return problems;
}

TransactionGuard::TransactionGuard(Database& db, Lock lock) : m_db(db)
{
    m_db.reconnectIfLost();
    if (!m_db.isPostgres()) {
        m_db.execute(QStringLiteral("BEGIN IMMEDIATE"));
        m_db.m_inTransaction = true;
        return;
    }
    // Read committed whatever the server's default: each statement after the lock
    // sees everything committed before it (a snapshot taken before the wait would not).
    m_db.execute(QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"));
    m_db.m_inTransaction = true;
    if (lock == Lock::None)
        return;
    try {
        m_db.execute(kPgWriteLock);
    } catch (...) {
        m_db.m_inTransaction = false;
        if (!m_db.m_lost) {
            QSqlQuery q(m_db.connection());
            q.exec(QStringLiteral("ROLLBACK"));
        }
        throw;
    }
}

TransactionGuard::~TransactionGuard() noexcept
{
    m_db.m_inTransaction = false;
    if (m_done)
        return;
    // A broken link has already rolled the transaction back on the server.
    if (m_db.m_lost)
        return;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("ROLLBACK"))) {
        // SQLite rolls a transaction back by itself on some errors (a full disk,
        // an I/O error): then there is nothing left to roll back, which is fine.
        const QString why = q.lastError().text();
        if (why.contains(QLatin1String("no transaction is active")))
            spdlog::info("db: the transaction was already rolled back by SQLite");
        else
            spdlog::error("db: rollback failed: {}", why.toStdString());
    }
}

void TransactionGuard::commit()
{
    try {
        m_db.execute(QStringLiteral("COMMIT"));
    } catch (const DbConnectionLost& e) {
        // The link broke while the server was committing: it may have saved it.
        throw DbConnectionLost("the link to the PostgreSQL server of " + m_db.displayName().toStdString()
                                   + " broke while saving: the server may or may not have saved this action; "
                                     "look it up (the last receipt, the journal) before doing it again",
                               e.statement(), e.driverMessage());
    }
    m_done = true;
    m_db.m_inTransaction = false;
}

QStringList splitSqlStatements(const QString& script)
{
    // A small tokenizer: strings, quoted identifiers and comments are copied or
    // skipped whole, so a ';' inside them never splits. Inside CREATE TRIGGER the
    // body's ';' belong to it until the END matching its BEGIN (CASE ... END
    // nests inside it).
    QStringList out;
    QString cur;
    QStringList words;  // the statement's first keywords, upper case
    bool trigger = false;
    int depth = 0;
    const auto flush = [&] {
        const QString s = cur.trimmed();
        if (!s.isEmpty())
            out << s;
        cur.clear();
        words.clear();
        trigger = false;
        depth = 0;
    };
    const auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$'); };
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script[i];
        if (c == QLatin1Char('-') && i + 1 < n && script[i + 1] == QLatin1Char('-')) {
            while (i < n && script[i] != QLatin1Char('\n'))
                ++i;
            cur += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && script[i + 1] == QLatin1Char('*')) {
            const qsizetype close = script.indexOf(QLatin1String("*/"), i + 2);
            i = close < 0 ? n : close + 1;
            cur += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('[')) {
            const QChar closing = c == QLatin1Char('[') ? QLatin1Char(']') : c;
            cur += c;
            for (++i; i < n; ++i) {
                cur += script[i];
                if (script[i] == closing)
                    break;
            }
            continue;
        }
        if (isWordChar(c)) {
            qsizetype j = i;
            while (j < n && isWordChar(script[j]))
                ++j;
            const QString word = script.mid(i, j - i);
            cur += word;
            i = j - 1;
            const QString upper = word.toUpper();
            if (words.size() < 3) {
                words << upper;
                trigger = words.front() == QLatin1String("CREATE") && words.contains(QLatin1String("TRIGGER"));
            }
            if (trigger) {
                if (upper == QLatin1String("BEGIN") || upper == QLatin1String("CASE"))
                    ++depth;
                else if (upper == QLatin1String("END") && depth > 0)
                    --depth;
            }
            continue;
        }
        if (c == QLatin1Char(';') && depth == 0) {
            flush();
            continue;
        }
        cur += c;
    }
    flush();
    return out;
}

} // namespace ocopos::db
