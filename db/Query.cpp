// The prepared statements of a Database — its cache of idle statements by SQL
// text — and Query, which runs one: through QSqlQuery on PostgreSQL, through
// SQLite's C API (SqliteStatement) on a SQLite store. The connection itself
// (opening, pragmas, errors, transactions) is Database.cpp.
#include "Database.h"

#include "SqliteStatement.h"

#include <sqlite3.h>

#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>

namespace ocopos::db {

Database::Idle::Idle(std::list<QString>::iterator r) : recency(r) {}
Database::Idle::Idle(Idle&&) noexcept = default;
Database::Idle::~Idle() = default;

QSqlQuery Database::checkout(const QString& sql)
{
    reconnectIfLost();
    auto* it = findIdle(sql);
    if (it && !it->second.statements.empty()) {
        QSqlQuery q = std::move(it->second.statements.back());
        it->second.statements.pop_back();
        return q;
    }
    QSqlQuery q(m_db);
    // Forward-only on SQLite (no copy of the rows). Not on PostgreSQL: Qt reads a
    // forward-only result there row by row from the socket, and the next
    // statement on the connection discards what was not read yet, so a loop
    // that runs statements while it reads would lose rows. The whole result is
    // fetched at once instead.
    q.setForwardOnly(!isPostgres());
    if (!q.prepare(sql))
        fail(QStringLiteral("cannot prepare statement"), sql, q.lastError());
    return q;
}

std::pair<const QString, Database::Idle>* Database::findIdle(const QString& sql)
{
    // Same address and length as a key: the same characters (the key shares them
    // and keeps them alive).
    if (const auto fast = m_byAddress.find(sql.constData());
        fast != m_byAddress.end() && fast->second->first.size() == sql.size())
        return fast->second;
    const auto it = m_idle.find(sql);
    return it == m_idle.end() ? nullptr : &*it;
}

std::unique_ptr<SqliteStatement> Database::checkoutSqlite(const QString& sql)
{
    auto* it = findIdle(sql);
    if (it && !it->second.sqlite.empty()) {
        auto st = std::move(it->second.sqlite.back());
        it->second.sqlite.pop_back();
        return st;
    }
    if (!m_sqlite)
        throw DbError("the store " + displayName().toStdString() + " is not open", sql.toStdString(), "");
    auto st = std::make_unique<SqliteStatement>(m_sqlite, sql);
    if (!st->ok())
        fail(QStringLiteral("cannot prepare statement"), sql,
             QSqlError(QStringLiteral("Unable to execute statement"), st->errorText(), QSqlError::StatementError,
                       QString::number(st->errorCode())));
    return st;
}

Database::Idle& Database::idleFor(const QString& sql)
{
    auto* it = findIdle(sql);
    if (!it) {
        if (m_idle.size() >= kStatementTexts) {
            const auto last = m_idle.find(m_recency.back());
            m_byAddress.erase(last->first.constData());
            m_idle.erase(last);
            m_recency.pop_back();
        }
        m_recency.push_front(sql);
        it = &*m_idle.emplace(sql, Idle(m_recency.begin())).first;
        m_byAddress[it->first.constData()] = it;
    } else {
        m_recency.splice(m_recency.begin(), m_recency, it->second.recency);
    }
    return it->second;
}

void Database::checkin(const QString& sql, QSqlQuery&& q)
{
    q.finish();
    Idle& idle = idleFor(sql);
    if (idle.statements.size() < 4)
        idle.statements.push_back(std::move(q));
}

void Database::checkin(const QString& sql, std::unique_ptr<SqliteStatement> st) noexcept
{
    if (!st)
        return;
    st->reset();
    try {
        Idle& idle = idleFor(sql);
        if (idle.sqlite.size() < 4)
            idle.sqlite.push_back(std::move(st));
    } catch (...) {
        // Out of memory for the cache's bookkeeping: the statement is simply finalized.
    }
}

Query::Query(Database& db, const QString& sql) : m_db(db), m_sql(sql)
{
    if (db.isPostgres())
        m_q = db.checkout(sql);
    else
        m_sqlite = db.checkoutSqlite(sql);
}

Query::~Query()
{
    if (m_sqlite)
        m_db.checkin(m_sql, std::move(m_sqlite));
    else
        m_db.checkin(m_sql, std::move(m_q));
}

void Query::failSqlite(const QString& what, int rc)
{
    // The extended code of the statement that failed (a step's error, or a
    // misuse such as a bind out of range).
    const int code = rc == SQLITE_MISUSE || rc == SQLITE_RANGE ? rc : m_sqlite->errorCode();
    const QString text = rc == SQLITE_RANGE ? QStringLiteral("bind position out of range") : m_sqlite->errorText();
    m_sqlite->rewind();
    m_db.fail(what, m_sql, QSqlError(QStringLiteral("Unable to execute statement"), text, QSqlError::StatementError,
                                     QString::number(code)));
}

Query& Query::bind(const QString& placeholder, const QVariant& value)
{
    if (m_sqlite) {
        if (const int rc = m_sqlite->bind(placeholder, value); rc != SQLITE_OK)
            failSqlite(QStringLiteral("cannot bind ") + placeholder, rc);
        return *this;
    }
    m_q.bindValue(placeholder, value);
    return *this;
}

Query& Query::bind(int position, const QVariant& value)
{
    if (m_sqlite) {
        if (const int rc = m_sqlite->bind(position, value); rc != SQLITE_OK)
            failSqlite(QStringLiteral("cannot bind value %1").arg(position), rc);
        return *this;
    }
    m_q.bindValue(position, value);
    return *this;
}

Query& Query::exec()
{
    if (m_sqlite) {
        const int rc = m_sqlite->exec();
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            failSqlite(QStringLiteral("statement failed"), rc);
        return *this;
    }
    if (!m_q.exec())
        m_db.fail(QStringLiteral("statement failed"), m_sql, m_q.lastError());
    if (m_db.isPostgres() && m_q.isSelect()) {
        const QSqlRecord r = m_q.record();
        m_numeric.assign(static_cast<std::size_t>(r.count()), false);
        for (int i = 0; i < r.count(); ++i)
            m_numeric[static_cast<std::size_t>(i)] = r.field(i).metaType().id() == QMetaType::Double;
    }
    return *this;
}

bool Query::next()
{
    if (!m_sqlite)
        return m_q.next();
    const int rc = m_sqlite->next();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        failSqlite(QStringLiteral("reading a row failed"), rc);
    return rc == SQLITE_ROW;
}

int Query::rowsAffected() const { return m_sqlite ? m_sqlite->rowsAffected() : m_q.numRowsAffected(); }

int Query::columnCount() const { return m_sqlite ? m_sqlite->columnCount() : m_q.record().count(); }

qint64 Query::lastInsertId()
{
    if (m_sqlite)
        return sqlite3_last_insert_rowid(m_db.m_sqlite);
    if (m_q.isSelect() && (m_q.isValid() || m_q.next()))
        return m_q.value(0).toLongLong();  // INSERT ... RETURNING id
    // The identity column's sequence, in this session: what the INSERT just took.
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT lastval()")) || !q.next())
        m_db.fail(QStringLiteral("cannot read the new row's id"), QStringLiteral("SELECT lastval()"), q.lastError());
    return q.value(0).toLongLong();
}

QVariant Query::value(const QString& name) const
{
    return value(m_sqlite ? m_sqlite->columnIndex(name) : m_q.record().indexOf(name));
}

QVariant Query::value(int i) const
{
    if (m_sqlite)
        return m_sqlite->value(i);
    QVariant v = m_q.value(i);
    if (i >= 0 && static_cast<std::size_t>(i) < m_numeric.size() && m_numeric[static_cast<std::size_t>(i)]
        && v.typeId() == QMetaType::QString) {
        const QString digits = v.toString();
        bool whole = false;
        digits.toLongLong(&whole);
        if (!whole)
            throw DbError("column " + std::to_string(i) + " is '" + digits.toStdString()
                              + "', not a whole number: a division in SQL needs a CAST to BIGINT",
                          m_sql.toStdString(), "");
    }
    return v;
}

std::optional<QVariant> Query::scalar()
{
    exec();
    if (!next())
        return std::nullopt;
    return value(0);
}

} // namespace ocopos::db
