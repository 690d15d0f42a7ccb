#include "Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>

#include <spdlog/spdlog.h>

#include <atomic>

namespace ocopos::db {

DbError::DbError(std::string what, std::string statement, std::string driverMessage)
    : StorageError(what + (driverMessage.empty() ? "" : ": " + driverMessage)), m_statement(std::move(statement)),
      m_driver(std::move(driverMessage))
{
}

namespace {
std::atomic<int> g_connectionCounter{0};

qint64 bigEndian32(const QByteArray& b, int at)
{
    qint64 v = 0;
    for (int i = at; i < at + 4; ++i)
        v = (v << 8) | static_cast<unsigned char>(b[i]);
    return v;
}

/// The schema version in a SQLite file's header (offset 60, big-endian), read
/// without SQLite so that a newer file can be refused before anything opens it.
/// nullopt when the file is missing or empty (SQLite then creates it). Throws
/// NotAStoreDatabase when the file is not SQLite or is shorter than its header
/// says (truncated): SQLite would open either and write to it before failing.
std::optional<qint64> headerVersion(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() == 0)
        return std::nullopt;
    const auto refuse = [&](const std::string& why) {
        return NotAStoreDatabase(path.toStdString() + " is not an OCOPOS database (" + why + "); it was not changed",
                                 "", "");
    };
    const QByteArray h = f.read(100);
    if (h.size() < 100 || !h.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        throw refuse("not a SQLite file");
    const qint64 rawPageSize = (static_cast<unsigned char>(h[16]) << 8) | static_cast<unsigned char>(h[17]);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    // The page count at 28 is valid only while the change counter (24) matches 92.
    if (h.mid(24, 4) == h.mid(92, 4) && f.size() < bigEndian32(h, 28) * pageSize)
        throw refuse("truncated: " + std::to_string(f.size()) + " bytes of "
                     + std::to_string(bigEndian32(h, 28) * pageSize));
    return bigEndian32(h, 60);
}

/// The schema version in the newest committed copy of page 1 in the file's
/// write-ahead log, if one is there: a program that migrated the file and
/// stopped before a checkpoint leaves the new version only in the WAL (and
/// opening the file through SQLite would checkpoint it into the main file).
/// Frames are trusted when their salts match the WAL header; no checksums:
/// this only ever serves to refuse a file.
std::optional<qint64> walVersion(const QString& path)
{
    QFile w(path + QStringLiteral("-wal"));
    if (!w.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray head = w.read(32);
    if (head.size() < 32)
        return std::nullopt;
    const qint64 magic = bigEndian32(head, 0);
    const qint64 pageSize = bigEndian32(head, 8);
    if ((magic != 0x377f0682 && magic != 0x377f0683) || pageSize < 512 || pageSize > 65536)
        return std::nullopt;
    std::optional<qint64> page1;
    std::optional<qint64> committed;
    for (;;) {
        const QByteArray frame = w.read(24);
        if (frame.size() < 24 || frame.mid(8, 8) != head.mid(16, 8))
            break;
        const QByteArray page = w.read(pageSize);
        if (page.size() < pageSize)
            break;
        if (bigEndian32(frame, 0) == 1)
            page1 = bigEndian32(page, 60);
        if (bigEndian32(frame, 4) != 0 && page1)
            committed = page1;
    }
    return committed;
}

[[noreturn]] void fail(const QString& what, const QString& sql, const QSqlError& e)
{
    throw DbError(what.toStdString(), sql.toStdString(), e.text().toStdString());
}
} // namespace

Database::Database(const QString& path) : Database(path, Options{}) {}

Database::Database(const QString& path, Options options)
    : m_path(path), m_migrations(migrationScripts(options.migrationsDir))
{
    const auto newer = [&](qint64 version) {
        return NewerSchemaError("database " + path.toStdString() + " has schema version " + std::to_string(version)
                                    + ", newer than this program's " + std::to_string(knownVersion())
                                    + "; it was not changed",
                                "PRAGMA user_version", "");
    };
    // Look at the header before SQLite opens the file: opening a WAL database
    // creates -wal and -shm files, and closing it may checkpoint into it.
    for (const auto& v : {headerVersion(path), walVersion(path)})
        if (v && *v > knownVersion())
            throw newer(*v);
    m_connectionName = QStringLiteral("ocopos-%1").arg(g_connectionCounter.fetch_add(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!m_db.open()) {
        const auto err = m_db.lastError();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        fail(QStringLiteral("cannot open database %1").arg(path), QString(), err);
    }
    try {
        // Read what the file is before anything writes: a newer or foreign file
        // stays untouched (switching to WAL would already rewrite its header).
        inspectStore(*this, m_migrations);
        configure();
        migrateSchema(*this, m_migrations, options.migrateTo);
    } catch (...) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

Database::~Database()
{
    m_idle.clear();
    m_recency.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestVersion()
{
    const auto scripts = migrationScripts();
    return scripts.empty() ? 0 : scripts.back().version;
}

int Database::schemaVersion() { return appliedSchemaVersion(*this); }

void Database::execute(const QString& sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        fail(QStringLiteral("statement failed"), sql, q.lastError());
}

void Database::configure()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next())
        fail(QStringLiteral("cannot switch to WAL"), QStringLiteral("PRAGMA journal_mode=WAL"), q.lastError());
    execute(QStringLiteral("PRAGMA foreign_keys=ON"));
    // FULL: a sale acknowledged to the cashier survives a power loss.
    execute(QStringLiteral("PRAGMA synchronous=FULL"));
    // Reports scan a lot of rows; a bigger page cache and mmap help them.
    execute(QStringLiteral("PRAGMA cache_size=-32768"));
    execute(QStringLiteral("PRAGMA mmap_size=268435456"));
    execute(QStringLiteral("PRAGMA case_sensitive_like=ON"));
}

QStringList Database::integrityCheck()
{
    QStringList problems;
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

QSqlQuery Database::checkout(const QString& sql)
{
    auto it = m_idle.find(sql);
    if (it != m_idle.end() && !it->second.statements.empty()) {
        QSqlQuery q = std::move(it->second.statements.back());
        it->second.statements.pop_back();
        return q;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        fail(QStringLiteral("cannot prepare statement"), sql, q.lastError());
    return q;
}

void Database::checkin(const QString& sql, QSqlQuery&& q)
{
    q.finish();
    auto it = m_idle.find(sql);
    if (it == m_idle.end()) {
        if (m_idle.size() >= kStatementTexts) {
            m_idle.erase(m_recency.back());
            m_recency.pop_back();
        }
        m_recency.push_front(sql);
        it = m_idle.emplace(sql, Idle{{}, m_recency.begin()}).first;
    } else {
        m_recency.splice(m_recency.begin(), m_recency, it->second.recency);
    }
    if (it->second.statements.size() < 4)
        it->second.statements.push_back(std::move(q));
}

Query::Query(Database& db, const QString& sql) : m_db(db), m_q(db.checkout(sql)), m_sql(sql) {}

Query::~Query() { m_db.checkin(m_sql, std::move(m_q)); }

Query& Query::bind(const QString& placeholder, const QVariant& value)
{
    m_q.bindValue(placeholder, value);
    return *this;
}

Query& Query::exec()
{
    if (!m_q.exec())
        fail(QStringLiteral("statement failed"), m_sql, m_q.lastError());
    return *this;
}

qint64 Query::lastInsertId() const { return m_q.lastInsertId().toLongLong(); }

std::optional<QVariant> Query::scalar()
{
    exec();
    if (!m_q.next())
        return std::nullopt;
    return m_q.value(0);
}

TransactionGuard::TransactionGuard(Database& db) : m_db(db)
{
    m_db.execute(QStringLiteral("BEGIN IMMEDIATE"));
}

TransactionGuard::~TransactionGuard() noexcept
{
    if (m_done)
        return;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("ROLLBACK")))
        spdlog::error("db: rollback failed: {}", q.lastError().text().toStdString());
}

void TransactionGuard::commit()
{
    m_db.execute(QStringLiteral("COMMIT"));
    m_done = true;
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
