#pragma once

#include <QString>

#include <array>
#include <cstddef>

namespace ocopos::db {

/// One INSERT written for many rows at once: `INSERT ... VALUES (...), (...), ...`.
/// A statement's fixed cost (the statement cache, Qt's binding, SQLite's VM set-up,
/// a PostgreSQL round trip) is paid once per chunk instead of once per row.
/// Chunks are powers of two up to kMaxRows (10 rows: 8 + 2), so a handful of
/// texts per table serve every row count and the statement cache stays bounded.
///
/// Placeholders are positional (`?`), row by row: bind row r's column c, within
/// a chunk, at `position(r, c)` (Query::bind(int, ...): no name to look up, and
/// a short text for the statement cache to hash). Thread-safe once constructed
/// (make it a function-local static).
class MultiRowInsert {
public:
    static constexpr std::size_t kMaxRows = 16;

    /// `head`: "INSERT INTO t (a, b, c) VALUES " (the column list's order is the
    /// placeholders' order); `columns`: placeholders per row; `tail`: anything
    /// after the rows (ON CONFLICT ..., RETURNING ...). A row's placeholders may be
    /// wrapped, e.g. `CAST(? AS BIGINT), ?`, by `rowPattern`, which must hold
    /// `columns` placeholders (default: `?, ?, ...`).
    MultiRowInsert(const QString& head, int columns, const QString& tail = QString(),
                   const QString& rowPattern = QString());

    /// How many of `left` rows the next statement writes: the largest power of
    /// two not above `left` or kMaxRows.
    static std::size_t chunk(std::size_t left) noexcept;
    /// The text for `rows` rows (a value chunk() returns).
    const QString& sql(std::size_t rows) const;
    /// Row `row`'s column `column`: its 0-based position within one statement.
    int position(std::size_t row, int column) const noexcept
    {
        return static_cast<int>(row) * m_columns + column;
    }
    int columns() const noexcept { return m_columns; }

private:
    int m_columns;
    std::array<QString, 5> m_sql;  ///< 1, 2, 4, 8, 16 rows
};

/// `n` copies of `part` joined by `separator`, each copy's `%1` replaced by its
/// 0-based number: the text of a statement that repeats one lookup per value
/// (`SELECT ... WHERE id = ? UNION ALL ...`).
QString repeated(const QString& part, std::size_t n, const QString& separator);

} // namespace ocopos::db
