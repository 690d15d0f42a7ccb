#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace ocopos::db {

/// One prepared statement on a SQLite store, driven through SQLite's C API on
/// the connection Qt Sql opened (the same handle, so the same transaction, busy
/// timeout and pragmas). Why not QSqlQuery: Qt binds every value as a QVariant
/// by name through its own placeholder map, sends text as UTF-16 for SQLite to
/// convert back, and builds a QSqlRecord for every execution — on a 10-line
/// sale (~450 values) that was a quarter of the commit's CPU (docs/PERFORMANCE.md
/// §Sale commit). Values read back are what Qt's driver gives: INTEGER as
/// qlonglong, REAL as double, TEXT as QString, BLOB as QByteArray, NULL as a
/// null QString variant. Internal to db/: Query is the interface.
class SqliteStatement {
public:
    /// Prepares `sql`; on failure ok() is false and errorCode()/errorText() say why.
    SqliteStatement(sqlite3* db, const QString& sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool ok() const noexcept { return m_stmt != nullptr; }

    /// Binds a named placeholder (":name"); a name the statement does not have is
    /// ignored, as Qt does. Returns SQLite's result code.
    int bind(const QString& placeholder, const QVariant& value);
    /// Binds by 0-based position.
    int bind(int position, const QVariant& value);

    /// Runs the statement from the start and steps once: SQLITE_ROW (a row is
    /// waiting for next()), SQLITE_DONE, or an error code.
    int exec();
    /// Moves to the next row: SQLITE_ROW, SQLITE_DONE or an error code.
    int next();

    int columnCount() const;
    int columnIndex(const QString& name) const;
    /// Column i of the current row (an invalid QVariant when not on a row).
    QVariant value(int i) const;
    /// sqlite3_changes() right after exec(): rows an INSERT/UPDATE/DELETE touched.
    int rowsAffected() const noexcept { return m_changes; }

    /// Back to the start, bindings kept (after a failed step).
    void rewind();
    /// Back to idle: reset, bindings cleared (an unbound placeholder is NULL at
    /// the next use, never a previous user's value).
    void reset();

    int errorCode() const;
    QString errorText() const;

private:
    int bindAt(int index, const QVariant& value);

    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    int m_prepareError = 0;
    QString m_prepareText;
    std::unordered_map<QString, int> m_params;  ///< ":name" -> 1-based index
    std::vector<QByteArray> m_held;             ///< UTF-8 texts bound without a copy, until reset
    bool m_rowPending = false;                  ///< exec() stepped onto a row next() has not handed out
    bool m_onRow = false;
    bool m_stepped = false;                     ///< run since the last reset: bind resets first
    int m_changes = 0;
};

} // namespace ocopos::db
