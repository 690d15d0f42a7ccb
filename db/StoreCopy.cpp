#include "StoreCopy.h"

#include "Database.h"
#include "core/Errors.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace ocopos::db {

namespace {

std::string str(const QString& s) { return s.toStdString(); }

/// A table or column name as a quoted identifier; the same in both dialects.
/// The names come from the database's own schema, never from user text.
QString quoted(const QString& name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QStringList quotedAll(const QStringList& names)
{
    QStringList out;
    for (const auto& n : names)
        out << quoted(n);
    return out;
}

/// Each database keeps its own migration history, and its own catalogue token
/// (migration 0011: the target's triggers give it a new one as the products
/// arrive, so no till trusts a search index saved from the source).
bool isStoreTable(const QString& name)
{
    return name.compare(QLatin1String("schema_migrations"), Qt::CaseInsensitive) != 0
        && name.compare(QLatin1String("catalog_state"), Qt::CaseInsensitive) != 0;
}

// The dialects of reading a schema: SQLite's catalogue and pragmas, or
// PostgreSQL's catalogues for the current schema (one query per kind of fact,
// since PostgreSQL's information_schema is slow to ask table by table).

std::vector<StoreTable> sqliteSchema(Database& db)
{
    std::vector<StoreTable> out;
    {
        Query q(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                   "ORDER BY name"));
        q.exec();
        while (q.next())
            if (isStoreTable(q.value(0).toString()))
                out.push_back(StoreTable{q.value(0).toString(), {}, {}, {}, {}});
    }
    for (auto& t : out) {
        Query cols(db, QStringLiteral("SELECT name, pk FROM pragma_table_info(:t) ORDER BY cid"));
        cols.bind(QStringLiteral(":t"), t.name).exec();
        std::map<int, QString> key;
        while (cols.next()) {
            t.columns << cols.value(0).toString();
            if (const int pk = cols.value(1).toInt(); pk > 0)
                key[pk] = cols.value(0).toString();
        }
        for (const auto& [position, column] : key)
            t.primaryKey << column;
        Query fks(db, QStringLiteral("SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(:t) "
                                     "ORDER BY id, seq"));
        fks.bind(QStringLiteral(":t"), t.name).exec();
        qint64 current = -1;
        while (fks.next()) {
            if (fks.value(0).toLongLong() != current) {
                current = fks.value(0).toLongLong();
                t.foreignKeys.push_back(StoreForeignKey{fks.value(1).toString(), {}, {}});
            }
            t.foreignKeys.back().columns << fks.value(2).toString();
            // NULL "to": the key refers to the parent's primary key (filled in below).
            if (!fks.value(3).isNull())
                t.foreignKeys.back().parentColumns << fks.value(3).toString();
        }
    }
    for (auto& t : out)
        for (auto& fk : t.foreignKeys)
            if (fk.parentColumns.isEmpty())
                for (const auto& p : out)
                    if (p.name.compare(fk.parent, Qt::CaseInsensitive) == 0)
                        fk.parentColumns = p.primaryKey;
    return out;
}

std::vector<StoreTable> postgresSchema(Database& db)
{
    std::vector<StoreTable> out;
    std::map<QString, std::size_t> index;
    {
        Query q(db, QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                   "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"));
        q.exec();
        while (q.next()) {
            const QString name = q.value(0).toString();
            if (!isStoreTable(name))
                continue;
            index[name] = out.size();
            out.push_back(StoreTable{name, {}, {}, {}, {}});
        }
    }
    const auto table = [&](const QVariant& name) -> StoreTable* {
        const auto it = index.find(name.toString());
        return it == index.end() ? nullptr : &out[it->second];
    };
    {
        Query q(db, QStringLiteral("SELECT table_name, column_name, is_identity = 'YES' OR column_default LIKE "
                                   "'nextval(%' FROM information_schema.columns WHERE table_schema = current_schema() "
                                   "ORDER BY table_name, ordinal_position"));
        q.exec();
        while (q.next())
            if (StoreTable* t = table(q.value(0))) {
                t->columns << q.value(1).toString();
                if (q.value(2).toBool())
                    t->identityColumns << q.value(1).toString();
            }
    }
    {
        Query q(db, QStringLiteral("SELECT t.relname, a.attname FROM pg_index i "
                                   "JOIN pg_class t ON t.oid = i.indrelid "
                                   "JOIN pg_namespace n ON n.oid = t.relnamespace "
                                   "CROSS JOIN LATERAL unnest(CAST(i.indkey AS int2[])) WITH ORDINALITY AS k(att, pos) "
                                   "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.att "
                                   "WHERE i.indisprimary AND n.nspname = current_schema() ORDER BY t.relname, k.pos"));
        q.exec();
        while (q.next())
            if (StoreTable* t = table(q.value(0)))
                t->primaryKey << q.value(1).toString();
    }
    {
        Query q(db, QStringLiteral("SELECT src.relname, c.conname, dst.relname, a.attname, b.attname FROM pg_constraint c "
                                   "JOIN pg_class src ON src.oid = c.conrelid "
                                   "JOIN pg_class dst ON dst.oid = c.confrelid "
                                   "JOIN pg_namespace n ON n.oid = src.relnamespace "
                                   "CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(src_att, dst_att, pos) "
                                   "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.src_att "
                                   "JOIN pg_attribute b ON b.attrelid = c.confrelid AND b.attnum = k.dst_att "
                                   "WHERE c.contype = 'f' AND n.nspname = current_schema() "
                                   "ORDER BY src.relname, c.conname, k.pos"));
        q.exec();
        QString currentTable, currentKey;
        while (q.next()) {
            StoreTable* t = table(q.value(0));
            if (!t)
                continue;
            if (q.value(0).toString() != currentTable || q.value(1).toString() != currentKey) {
                currentTable = q.value(0).toString();
                currentKey = q.value(1).toString();
                t->foreignKeys.push_back(StoreForeignKey{q.value(2).toString(), {}, {}});
            }
            t->foreignKeys.back().columns << q.value(3).toString();
            t->foreignKeys.back().parentColumns << q.value(4).toString();
        }
    }
    return out;
}

QString lower(const QString& s) { return s.toLower(); }

/// Parents before children (Kahn's algorithm, ties by name); a table's
/// references to itself are left to the row order (parentsFirst).
std::vector<StoreTable> foreignKeyOrder(std::vector<StoreTable> tables)
{
    std::map<QString, std::set<QString>> waitsFor;  // table -> parents not placed yet
    std::map<QString, std::size_t> at;
    for (std::size_t i = 0; i < tables.size(); ++i)
        at[lower(tables[i].name)] = i;
    for (const auto& t : tables) {
        auto& parents = waitsFor[lower(t.name)];
        for (const auto& fk : t.foreignKeys)
            if (lower(fk.parent) != lower(t.name) && at.count(lower(fk.parent)))
                parents.insert(lower(fk.parent));
    }
    std::set<QString> ready;
    for (const auto& [name, parents] : waitsFor)
        if (parents.empty())
            ready.insert(name);
    std::vector<StoreTable> out;
    while (!ready.empty()) {
        const QString next = *ready.begin();
        ready.erase(ready.begin());
        out.push_back(tables[at[next]]);
        for (auto& [name, parents] : waitsFor)
            if (parents.erase(next) && parents.empty())
                ready.insert(name);
    }
    if (out.size() != tables.size()) {
        QStringList stuck;
        for (const auto& [name, parents] : waitsFor)
            if (!parents.empty())
                stuck << name;
        throw Conflict("the store tables " + str(stuck.join(QStringLiteral(", ")))
                       + " refer to each other in a cycle: they cannot be copied one after another");
    }
    return out;
}

/// A value as both drivers bind it the same way: every integer as qlonglong
/// (the SQLite driver binds other integer types as text), NULL as NULL.
QVariant portable(const QVariant& v)
{
    if (v.isNull())
        return QVariant();
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return QVariant(v.toLongLong());
    default:
        return v;
    }
}

/// A row's values in `columns` as one key; empty when any of them is NULL (no reference).
QString keyOf(const std::vector<QVariant>& values, std::size_t row, std::size_t width, const std::vector<int>& columns)
{
    QString key;
    for (int c : columns) {
        const QVariant& v = values[row * width + static_cast<std::size_t>(c)];
        if (v.isNull())
            return QString();
        key += QString::number(v.typeId()) + QLatin1Char(':') + v.toString() + QChar(0x1f);
    }
    return key;
}

std::vector<int> positions(const QStringList& wanted, const QStringList& columns)
{
    std::vector<int> out;
    for (const auto& w : wanted) {
        int found = -1;
        for (int i = 0; i < columns.size(); ++i)
            if (columns[i].compare(w, Qt::CaseInsensitive) == 0)
                found = i;
        if (found < 0)
            throw DbError("foreign key column " + str(w) + " is not a column of its table", "", "");
        out.push_back(found);
    }
    return out;
}

/// The order to insert the rows of a table that refers to itself: every row
/// after the row it refers to (a depth-first walk up the references, with an
/// explicit stack). Rows in a cycle keep an order the database will refuse.
std::vector<std::size_t> parentsFirst(const StoreTable& t, const std::vector<QVariant>& values, std::size_t rows)
{
    const std::size_t width = static_cast<std::size_t>(t.columns.size());
    struct SelfKey {
        std::vector<int> from, to;
        std::unordered_map<QString, std::size_t> rowOf;
    };
    std::vector<SelfKey> keys;
    for (const auto& fk : t.foreignKeys)
        if (lower(fk.parent) == lower(t.name)) {
            SelfKey k{positions(fk.columns, t.columns), positions(fk.parentColumns, t.columns), {}};
            for (std::size_t r = 0; r < rows; ++r)
                if (const QString key = keyOf(values, r, width, k.to); !key.isEmpty())
                    k.rowOf.emplace(key, r);
            keys.push_back(std::move(k));
        }
    std::vector<std::size_t> order;
    order.reserve(rows);
    enum : char { New, Visiting, Done };
    std::vector<char> state(rows, New);
    std::vector<std::size_t> stack;
    for (std::size_t r = 0; r < rows; ++r) {
        stack.push_back(r);
        while (!stack.empty()) {
            const std::size_t cur = stack.back();
            if (state[cur] == Done) {
                stack.pop_back();
            } else if (state[cur] == New) {
                state[cur] = Visiting;
                for (const auto& k : keys) {
                    const QString key = keyOf(values, cur, width, k.from);
                    const auto it = key.isEmpty() ? k.rowOf.end() : k.rowOf.find(key);
                    if (it != k.rowOf.end() && state[it->second] == New)
                        stack.push_back(it->second);
                }
            } else {
                state[cur] = Done;
                order.push_back(cur);
                stack.pop_back();
            }
        }
    }
    return order;
}

/// The source's consistent view for the whole copy: a read-only snapshot on
/// PostgreSQL, one read transaction on SQLite (WAL: writers carry on).
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database& db) : m_db(db)
    {
        m_db.execute(m_db.isPostgres() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                                       : QStringLiteral("BEGIN"));
    }
    ~ReadSnapshot()
    {
        if (m_open) {
            QSqlQuery q(m_db.connection());
            q.exec(QStringLiteral("ROLLBACK"));
        }
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    void end()
    {
        m_open = false;
        m_db.execute(QStringLiteral("COMMIT"));
    }

private:
    Database& m_db;
    bool m_open = true;
};

} // namespace

std::vector<StoreTable> storeTables(Database& db)
{
    return foreignKeyOrder(db.isPostgres() ? postgresSchema(db) : sqliteSchema(db));
}

std::optional<QString> firstTableWithRows(Database& db, const std::vector<StoreTable>& tables)
{
    for (const auto& t : tables) {
        Query q(db, QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(quoted(t.name)));
        if (q.scalar())
            return t.name;
    }
    return std::nullopt;
}

StoreCopy::StoreCopy(Database& from, Database& to) : m_from(from), m_to(to)
{
    if (&from == &to)
        throw Conflict("a store cannot be copied onto itself");
    const int fromVersion = from.schemaVersion();
    const int toVersion = to.schemaVersion();
    if (fromVersion != toVersion)
        throw Conflict("the source " + str(from.displayName()) + " is at schema version " + std::to_string(fromVersion)
                       + " and the target " + str(to.displayName()) + " at " + std::to_string(toVersion)
                       + ": both must be at the same version; nothing was copied");
    m_tables = storeTables(from);
    std::map<QString, StoreTable> target;
    for (auto& t : storeTables(to))
        target[lower(t.name)] = std::move(t);
    const auto differ = [&](const std::string& why) {
        return Conflict("the source " + str(from.displayName()) + " and the target " + str(to.displayName())
                        + " have different schemas (" + why + "); nothing was copied");
    };
    for (const auto& t : m_tables) {
        const auto it = target.find(lower(t.name));
        if (it == target.end())
            throw differ("no table " + str(t.name) + " in the target");
        StoreTable mapped = it->second;
        if (mapped.columns.size() != t.columns.size())
            throw differ("table " + str(t.name) + " has other columns");
        // The target's spelling of each name, in the source's column order.
        mapped.columns.clear();
        for (const auto& c : t.columns) {
            const auto& all = it->second.columns;
            const auto found = std::find_if(all.begin(), all.end(),
                                            [&](const QString& x) { return x.compare(c, Qt::CaseInsensitive) == 0; });
            if (found == all.end())
                throw differ("no column " + str(t.name) + "." + str(c) + " in the target");
            mapped.columns << *found;
        }
        m_targetTables.push_back(std::move(mapped));
        target.erase(it);
    }
    if (!target.empty())
        throw differ("the target has a table " + str(target.begin()->second.name) + " the source has not");
}

StoreCopyCounts StoreCopy::run(Target mode, const Hooks& hooks)
{
    TransactionGuard tx(m_to);
    if (hooks.locked)
        hooks.locked();
    if (mode == Target::MustBeEmpty) {
        if (const auto table = firstTableWithRows(m_to, m_targetTables))
            throw Conflict("the target " + str(m_to.displayName()) + " already holds data (table " + str(*table)
                           + " has rows): copy only into a new, empty store; nothing was written");
    } else {
        for (auto t = m_targetTables.rbegin(); t != m_targetTables.rend(); ++t)
            m_to.execute(QStringLiteral("DELETE FROM %1").arg(quoted(t->name)));
    }
    StoreCopyCounts counts;
    ReadSnapshot snapshot(m_from);
    for (std::size_t i = 0; i < m_tables.size(); ++i) {
        const qint64 rows = copyTable(i);
        counts.perTable.emplace_back(m_tables[i].name, rows);
        counts.rows += rows;
    }
    snapshot.end();
    counts.tables = static_cast<int>(m_tables.size());
    resetSequences();
    if (hooks.verify)
        hooks.verify();
    tx.commit();
    return counts;
}

qint64 StoreCopy::copyTable(std::size_t index)
{
    const StoreTable& source = m_tables[index];
    const StoreTable& target = m_targetTables[index];
    const std::size_t width = static_cast<std::size_t>(source.columns.size());
    const int maxValues = m_to.isPostgres() ? kMaxValuesPerInsertPostgres : kMaxValuesPerInsertSqlite;
    const std::size_t perInsert = std::clamp<std::size_t>(static_cast<std::size_t>(maxValues) / width, 1,
                                                          static_cast<std::size_t>(kMaxRowsPerInsert));
    // GENERATED ALWAYS identity columns take explicit ids only when told so.
    const QString head = QStringLiteral("INSERT INTO %1 (%2)%3 VALUES ")
                             .arg(quoted(target.name), quotedAll(target.columns).join(QLatin1Char(',')),
                                  m_to.isPostgres() && !target.identityColumns.isEmpty()
                                      ? QStringLiteral(" OVERRIDING SYSTEM VALUE")
                                      : QString());
    const QString oneRow = QLatin1Char('(') + QStringList(static_cast<qsizetype>(width), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');

    std::vector<QVariant> values;
    const auto insert = [&](std::size_t firstRow, std::size_t rows, const std::vector<std::size_t>* order) {
        const QString sql = head + QStringList(static_cast<qsizetype>(rows), oneRow).join(QLatin1Char(','));
        Query q(m_to, sql);
        int at = 0;
        for (std::size_t r = firstRow; r < firstRow + rows; ++r) {
            const std::size_t row = order ? (*order)[r] : r;
            for (std::size_t c = 0; c < width; ++c)
                q.bind(at++, values[row * width + c]);
        }
        q.exec();
    };

    QString select = QStringLiteral("SELECT %1 FROM %2").arg(quotedAll(source.columns).join(QLatin1Char(',')), quoted(source.name));
    if (!source.primaryKey.isEmpty())
        select += QStringLiteral(" ORDER BY ") + quotedAll(source.primaryKey).join(QLatin1Char(','));
    // Forward only: rows stream from the source instead of all being held at
    // once. Nothing else runs on the source's connection while they do.
    QSqlQuery read(m_from.connection());
    read.setForwardOnly(true);
    if (!read.exec(select))
        m_from.fail(QStringLiteral("cannot read table %1").arg(source.name), select, read.lastError());

    const bool refersToItself = std::any_of(source.foreignKeys.begin(), source.foreignKeys.end(),
                                            [&](const StoreForeignKey& fk) { return lower(fk.parent) == lower(source.name); });
    qint64 total = 0;
    std::size_t buffered = 0;
    while (read.next()) {
        for (std::size_t c = 0; c < width; ++c)
            values.push_back(portable(read.value(static_cast<int>(c))));
        ++total;
        // A table that refers to itself is ordered whole before it is written.
        if (++buffered == perInsert && !refersToItself) {
            insert(0, buffered, nullptr);
            values.clear();
            buffered = 0;
        }
    }
    if (read.lastError().isValid())
        m_from.fail(QStringLiteral("cannot read table %1").arg(source.name), select, read.lastError());
    read.finish();
    if (refersToItself) {
        const auto order = parentsFirst(source, values, buffered);
        for (std::size_t r = 0; r < buffered; r += perInsert)
            insert(r, std::min(perInsert, buffered - r), &order);
    } else if (buffered > 0) {
        insert(0, buffered, nullptr);
    }
    return total;
}

void StoreCopy::resetSequences()
{
    if (!m_to.isPostgres())
        return;  // SQLite's rowid ids continue after the largest by themselves
    for (const auto& t : m_targetTables)
        for (const auto& c : t.identityColumns) {
            Query q(m_to, QStringLiteral("SELECT setval(pg_get_serial_sequence(:t, :c), "
                                         "COALESCE((SELECT MAX(%1) FROM %2), 0) + 1, false)")
                              .arg(quoted(c), quoted(t.name)));
            q.bind(QStringLiteral(":t"), quoted(t.name)).bind(QStringLiteral(":c"), c).exec();
        }
}

} // namespace ocopos::db
