#include "SqliteStatement.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <sqlite3.h>

#include <limits>

namespace ocopos::db {

SqliteStatement::SqliteStatement(sqlite3* db, const QString& sql) : m_db(db)
{
    const QByteArray text = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(m_db, text.constData(), static_cast<int>(text.size()) + 1, SQLITE_PREPARE_PERSISTENT,
                                      &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        m_prepareError = sqlite3_extended_errcode(m_db);
        m_prepareText = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return;
    }
    const int count = sqlite3_bind_parameter_count(m_stmt);
    for (int i = 1; i <= count; ++i)
        if (const char* name = sqlite3_bind_parameter_name(m_stmt, i))
            m_params.emplace(QString::fromUtf8(name), i);
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(m_stmt); }

int SqliteStatement::bind(const QString& placeholder, const QVariant& value)
{
    const auto it = m_params.find(placeholder);
    return it == m_params.end() ? SQLITE_OK : bindAt(it->second, value);
}

int SqliteStatement::bind(int position, const QVariant& value) { return bindAt(position + 1, value); }

int SqliteStatement::bindAt(int index, const QVariant& value)
{
    if (m_stepped) {
        // Values may only be bound to a statement at its start.
        sqlite3_reset(m_stmt);
        m_onRow = m_rowPending = m_stepped = false;
    }
    if (value.isNull())
        return sqlite3_bind_null(m_stmt, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return sqlite3_bind_int64(m_stmt, index, value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong: {
        // As Qt's driver: what fits a signed 64-bit integer is one, the rest text.
        const qulonglong u = value.toULongLong();
        if (u <= static_cast<qulonglong>(std::numeric_limits<qlonglong>::max()))
            return sqlite3_bind_int64(m_stmt, index, static_cast<sqlite3_int64>(u));
        break;
    }
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(m_stmt, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray& bytes = m_held.emplace_back(value.toByteArray());
        return sqlite3_bind_blob64(m_stmt, index, bytes.constData(), static_cast<sqlite3_uint64>(bytes.size()), SQLITE_STATIC);
    }
    case QMetaType::QDateTime: {
        // Qt's driver writes a date-time as ISO 8601 with milliseconds.
        const QByteArray& text = m_held.emplace_back(value.toDateTime().toString(Qt::ISODateWithMs).toUtf8());
        return sqlite3_bind_text64(m_stmt, index, text.constData(), static_cast<sqlite3_uint64>(text.size()), SQLITE_STATIC,
                                   SQLITE_UTF8);
    }
    case QMetaType::QTime: {
        const QByteArray& text = m_held.emplace_back(value.toTime().toString(u"hh:mm:ss.zzz").toUtf8());
        return sqlite3_bind_text64(m_stmt, index, text.constData(), static_cast<sqlite3_uint64>(text.size()), SQLITE_STATIC,
                                   SQLITE_UTF8);
    }
    default:
        break;
    }
    const QByteArray& text = m_held.emplace_back(value.toString().toUtf8());
    return sqlite3_bind_text64(m_stmt, index, text.constData(), static_cast<sqlite3_uint64>(text.size()), SQLITE_STATIC,
                               SQLITE_UTF8);
}

int SqliteStatement::exec()
{
    sqlite3_reset(m_stmt);
    m_onRow = m_rowPending = false;
    const int rc = sqlite3_step(m_stmt);
    m_stepped = true;
    m_changes = sqlite3_changes(m_db);
    if (rc == SQLITE_ROW)
        m_rowPending = true;
    return rc;
}

int SqliteStatement::next()
{
    if (m_rowPending) {
        m_rowPending = false;
        m_onRow = true;
        return SQLITE_ROW;
    }
    if (!m_onRow)
        return SQLITE_DONE;
    const int rc = sqlite3_step(m_stmt);
    m_onRow = rc == SQLITE_ROW;
    return rc;
}

int SqliteStatement::columnCount() const { return sqlite3_column_count(m_stmt); }

int SqliteStatement::columnIndex(const QString& name) const
{
    const int n = columnCount();
    for (int i = 0; i < n; ++i)
        if (name.compare(QString::fromUtf8(sqlite3_column_name(m_stmt, i)), Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

QVariant SqliteStatement::value(int i) const
{
    if (!m_onRow || i < 0 || i >= columnCount())
        return QVariant();
    switch (sqlite3_column_type(m_stmt, i)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qlonglong>(sqlite3_column_int64(m_stmt, i)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, i));
    case SQLITE_BLOB: {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, i));
        return QVariant(QByteArray(data, sqlite3_column_bytes(m_stmt, i)));
    }
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    default: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, i)));
    }
    }
}

void SqliteStatement::rewind()
{
    sqlite3_reset(m_stmt);
    m_onRow = m_rowPending = m_stepped = false;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_held.clear();
    m_onRow = m_rowPending = m_stepped = false;
    m_changes = 0;
}

int SqliteStatement::errorCode() const { return m_stmt ? sqlite3_extended_errcode(m_db) : m_prepareError; }

QString SqliteStatement::errorText() const { return m_stmt ? QString::fromUtf8(sqlite3_errmsg(m_db)) : m_prepareText; }

} // namespace ocopos::db
