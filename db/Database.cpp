#include "Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>

#include <spdlog/spdlog.h>

#include <atomic>

static void initMigrationResources() { Q_INIT_RESOURCE(migrations); }

namespace ocopos::db {

DbError::DbError(std::string what, std::string statement, std::string driverMessage)
    : Error(what + (driverMessage.empty() ? "" : ": " + driverMessage)), m_statement(std::move(statement)),
      m_driver(std::move(driverMessage))
{
}

namespace {
std::atomic<int> g_connectionCounter{0};

QStringList migrationFiles()
{
    initMigrationResources();
    QDir dir(QStringLiteral(":/ocopos/migrations"));
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    return files;
}

[[noreturn]] void fail(const QString& what, const QString& sql, const QSqlError& e)
{
    throw DbError(what.toStdString(), sql.toStdString(), e.text().toStdString());
}
} // namespace

Database::Database(const QString& path) : Database(path, Options{}) {}

Database::Database(const QString& path, Options options) : m_path(path)
{
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
        // Read the version before anything writes: a newer file stays untouched
        // (switching to WAL would already rewrite its header).
        const int version = schemaVersion();
        if (version > latestVersion())
            throw NewerSchemaError("database " + path.toStdString() + " has schema version "
                                       + std::to_string(version) + ", newer than this program's "
                                       + std::to_string(latestVersion()) + "; it was not changed",
                                   "PRAGMA user_version", "");
        configure();
        migrate(options.migrateTo);
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
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestVersion() { return static_cast<int>(migrationFiles().size()); }

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        fail(QStringLiteral("cannot read the schema version (is %1 an OCOPOS database?)").arg(m_path),
             QStringLiteral("PRAGMA user_version"), q.lastError());
    return q.value(0).toInt();
}

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

void Database::migrate(std::optional<int> target)
{
    const QStringList files = migrationFiles();
    const int want = target.value_or(static_cast<int>(files.size()));
    int version = schemaVersion();
    for (int v = version + 1; v <= want; ++v) {
        const QString name = files.at(v - 1);
        QFile f(QStringLiteral(":/ocopos/migrations/") + name);
        if (!f.open(QIODevice::ReadOnly))
            throw DbError("cannot read migration " + name.toStdString(), "", "");
        const QString script = QString::fromUtf8(f.readAll());
        TransactionGuard tx(*this);
        for (const QString& stmt : splitSqlStatements(script)) {
            QSqlQuery q(m_db);
            if (!q.exec(stmt))
                fail(QStringLiteral("migration %1 failed").arg(name), stmt, q.lastError());
        }
        execute(QStringLiteral("PRAGMA user_version=%1").arg(v));
        tx.commit();
        spdlog::info("db: migrated {} to version {} ({})", m_path.toStdString(), v, name.toStdString());
    }
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
    if (it != m_idle.end() && !it->second.empty()) {
        QSqlQuery q = std::move(it->second.back());
        it->second.pop_back();
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
    auto& idle = m_idle[sql];
    if (idle.size() < 4)
        idle.push_back(std::move(q));
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
    QStringList out;
    QString cur;
    const auto flush = [&] {
        const QString s = cur.trimmed();
        if (!s.isEmpty())
            out << s;
        cur.clear();
    };
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script[i];
        if (c == QLatin1Char('-') && i + 1 < script.size() && script[i + 1] == QLatin1Char('-')) {
            while (i < script.size() && script[i] != QLatin1Char('\n'))
                ++i;
            cur += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            cur += c;
            for (++i; i < script.size(); ++i) {
                cur += script[i];
                if (script[i] == c)
                    break;
            }
            continue;
        }
        if (c == QLatin1Char(';')) {
            const QString upper = cur.toUpper();
            const bool inTrigger = upper.contains(QLatin1String("CREATE TRIGGER"));
            if (inTrigger) {
                cur += c;
                const QString t = cur.trimmed().toUpper();
                if (t.endsWith(QLatin1String("END;")))
                    flush();
                continue;
            }
            flush();
            continue;
        }
        cur += c;
    }
    flush();
    return out;
}

} // namespace ocopos::db
