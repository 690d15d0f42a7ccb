#pragma once

#include "Database.h"

#include <QString>

#include <array>
#include <bit>
#include <cstddef>
#include <vector>

namespace ocopos::db {

/// One INSERT written for many rows at once: `INSERT ... VALUES (...), (...), ...`.
/// On PostgreSQL a statement's fixed cost (a round trip, Qt's binding) is paid
/// once per chunk instead of once per row; chunks are powers of two up to
/// kMaxRows (10 rows: 8 + 2), so a handful of texts per table serve every row
/// count and the statement cache stays bounded. On SQLite chunk() gives one row
/// a statement (why: chunk()).
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
    /// after the rows (ON CONFLICT ..., RETURNING ...).
    MultiRowInsert(const QString& head, int columns, const QString& tail = QString());

    /// How many of `left` rows the next statement writes: the largest power of
    /// two not above `left` or kMaxRows on PostgreSQL (a round trip per
    /// statement); one on SQLite. There a statement of several rows into a table
    /// with foreign keys must keep a statement journal of every page it changes,
    /// which SQLite writes to a temporary file beyond 64 KiB — created, written
    /// and deleted in each sale, dearer than the statements it saves (a prepared
    /// single-row INSERT through SQLite's API costs a few µs).
    static std::size_t chunk(const Database& db, std::size_t left) noexcept
    {
        return db.isPostgres() ? chunk(left) : std::min<std::size_t>(left, 1);
    }
    static std::size_t chunk(std::size_t left) noexcept;
    /// The text for `rows` rows (a value chunk() returns).
    const QString& sql(std::size_t rows) const;
    /// Row `row`'s column `column`: its 0-based position within one statement.
    int position(std::size_t row, int column) const noexcept
    {
        return static_cast<int>(row) * m_columns + column;
    }

private:
    int m_columns;
    std::array<QString, 5> m_sql;  ///< 1, 2, 4, 8, 16 rows
};

/// `n` copies of `part` joined by `separator`, each copy's `%1` replaced by its
/// 0-based number: the text of a statement that repeats one lookup per value
/// (`SELECT ... WHERE id = ? UNION ALL ...`).
QString repeated(const QString& part, std::size_t n, const QString& separator);

/// One indexed lookup per value joined by UNION ALL — an IN list would make
/// SQLite build a temporary b-tree on every run — for up to kMaxValues values a
/// statement. `part` holds one `?` (the value) and may hold `%1` (its slot
/// number, to tell rows apart). Slot counts are powers of two, the padding
/// bound NULL (which matches nothing), so five texts serve every count.
class RepeatedLookup {
public:
    static constexpr std::size_t kMaxValues = 16;
    explicit RepeatedLookup(const QString& part)
    {
        for (std::size_t slot = 0; slot < m_sql.size(); ++slot)
            m_sql[slot] = repeated(part, std::size_t{1} << slot, QStringLiteral(" UNION ALL "));
    }
    /// Binds each chunk of `values` and calls `read(query, first, count)` after
    /// exec(): rows of values[first .. first + count).
    template <typename Value, typename Read>
    void run(Database& db, const std::vector<Value>& values, Read read) const
    {
        for (std::size_t done = 0; done < values.size();) {
            const std::size_t n = std::min(kMaxValues, values.size() - done);
            const std::size_t slots = std::bit_ceil(n);
            Query q(db, m_sql[static_cast<std::size_t>(std::countr_zero(slots))]);
            for (std::size_t i = 0; i < slots; ++i)
                q.bind(static_cast<int>(i), i < n ? QVariant::fromValue(values[done + i]) : QVariant());
            q.exec();
            read(q, done, n);
            done += n;
        }
    }

private:
    std::array<QString, 5> m_sql;  ///< 1, 2, 4, 8, 16 values
};

} // namespace ocopos::db
