#pragma once

#include <QString>
#include <QStringList>

#include <cstddef>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace ocopos::db {

class Database;

/// A foreign key of a store table: `columns` of this table refer to `parentColumns` of `parent`.
struct StoreForeignKey {
    QString parent;
    QStringList columns;
    QStringList parentColumns;
};

/// One table of a store as the database's own schema describes it.
struct StoreTable {
    QString name;
    QStringList columns;         ///< in declaration order
    QStringList primaryKey;      ///< in key order; empty when the table has none
    QStringList identityColumns; ///< PostgreSQL: columns that take their values from a sequence
    std::vector<StoreForeignKey> foreignKeys;
};

/// The store tables of an open database, read from its schema (so a table a
/// future migration adds is included without code here): every table except
/// schema_migrations (each database keeps its own) and SQLite's internal ones,
/// ordered so that a table comes after every table it refers to (ties by name).
/// Throws DbError; Conflict when foreign keys form a cycle between tables.
std::vector<StoreTable> storeTables(Database& db);

/// The first of `tables` (in their order) that holds at least one row in `db`.
std::optional<QString> firstTableWithRows(Database& db, const std::vector<StoreTable>& tables);

/// What a copy moved.
struct StoreCopyCounts {
    int tables = 0;
    qint64 rows = 0;
    std::vector<std::pair<QString, qint64>> perTable;  ///< in copy order
};

/// Copies every row of every store table of one open store into another,
/// either backend to either backend, losslessly: every column, ids kept,
/// integers as integers, NULL as NULL, text as the same characters.
///
/// The source is read in one snapshot (PostgreSQL: a REPEATABLE READ, READ ONLY
/// transaction; SQLite: one read transaction), so tills may keep selling on it.
/// The target is written in ONE transaction holding its write lock
/// (TransactionGuard): tables in foreign-key order (rows of a table that refers
/// to itself, parents first), multi-row INSERTs through reused prepared
/// statements; then, on PostgreSQL, every identity sequence is set past the
/// largest id copied. Any failure — including one thrown by a hook — rolls the
/// target back: it holds all of the copy or none of it.
class StoreCopy {
public:
    /// What happens to rows the target already holds.
    enum class Target {
        MustBeEmpty,  ///< refuse (Conflict naming the first table with rows), nothing written
        Replace,      ///< delete every row of every store table first (restore)
    };
    struct Hooks {
        /// Inside the target's transaction once its write lock is held, before
        /// anything is written (e.g. refusing while other sessions are connected).
        std::function<void()> locked;
        /// After every row is in and the sequences are reset, before commit; a
        /// throw rolls the whole copy back (e.g. the integrity check).
        std::function<void()> verify;
    };

    /// Reads both schemas. Throws Conflict when the two databases are at
    /// different schema versions or their store tables or columns differ.
    StoreCopy(Database& from, Database& to);

    /// Runs the copy as described above. Throws Conflict (a non-empty target
    /// under MustBeEmpty), DbError, or what a hook throws.
    StoreCopyCounts run(Target mode = Target::MustBeEmpty, const Hooks& hooks = {});

    /// The tables copied, in copy order.
    const std::vector<StoreTable>& tables() const noexcept { return m_tables; }

    /// Bound values per INSERT statement at most. SQLite: Qt's driver looks up
    /// every bound value's placeholder in a list as long as the statement's, so
    /// the cost of a statement grows with the square of its placeholders (16,000
    /// made a copy to SQLite several times slower); 999 is also the limit of old
    /// SQLite builds. PostgreSQL: fewer, larger statements (it allows 65,535).
    static constexpr int kMaxValuesPerInsertSqlite = 999;
    static constexpr int kMaxValuesPerInsertPostgres = 8000;
    /// Rows per INSERT statement at most.
    static constexpr int kMaxRowsPerInsert = 500;

private:
    qint64 copyTable(std::size_t index);
    void resetSequences();

    Database& m_from;
    Database& m_to;
    std::vector<StoreTable> m_tables;        ///< the source's, in copy order
    std::vector<StoreTable> m_targetTables;  ///< the same tables as the target spells them, columns aligned
};

} // namespace ocopos::db
