#pragma once
// Every row of a store, as text that keeps each value's type, for comparing two
// stores (of either backend) row by row. Shared by the db, services and cli
// suites that test copies, backups and restores.

#include "PgCluster.h"
#include "TestSupport.h"

#include "db/Database.h"
#include "db/StoreCopy.h"

#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace ocopos::test {

/// "NULL", "i:42" (any integer), "t:Nước mắm" (text), "b:<hex>" (bytes), or the
/// type's name and value for anything else (which a store should not hold).
inline QString typedValue(const QVariant& v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QStringLiteral("i:") + QString::number(v.toLongLong());
    case QMetaType::QString:
        return QStringLiteral("t:") + v.toString();
    case QMetaType::QByteArray:
        return QStringLiteral("b:") + QString::fromLatin1(v.toByteArray().toHex());
    default:
        return QString::fromLatin1(v.metaType().name()) + QLatin1Char(':') + v.toString();
    }
}

/// Table -> its rows (values joined by " | "), sorted in C++ so that the two
/// backends' collations do not matter. Every store table, schema_migrations not.
using StoreDump = std::map<QString, std::vector<QString>>;

inline StoreDump dumpStore(db::Database& db)
{
    StoreDump out;
    for (const auto& t : db::storeTables(db)) {
        QStringList cols;
        for (const auto& c : t.columns)
            cols << QLatin1Char('"') + c + QLatin1Char('"');
        db::Query q(db, QStringLiteral("SELECT %1 FROM \"%2\"").arg(cols.join(QLatin1Char(',')), t.name));
        q.exec();
        auto& rows = out[t.name];
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < cols.size(); ++i)
                values << typedValue(q.value(i));
            rows.push_back(values.join(QStringLiteral(" | ")));
        }
        std::sort(rows.begin(), rows.end());
    }
    return out;
}

/// Rows in all tables of a dump.
inline std::size_t rowCount(const StoreDump& d)
{
    std::size_t n = 0;
    for (const auto& [table, rows] : d)
        n += rows.size();
    return n;
}

/// Empty when equal, else the first difference (table, row) for a failure message.
inline std::string firstDifference(const StoreDump& a, const StoreDump& b)
{
    for (const auto& [table, rows] : a) {
        const auto it = b.find(table);
        if (it == b.end())
            return "table " + table.toStdString() + " missing from the second";
        const auto& other = it->second;
        for (std::size_t i = 0; i < std::max(rows.size(), other.size()); ++i) {
            const QString x = i < rows.size() ? rows[i] : QStringLiteral("(no row)");
            const QString y = i < other.size() ? other[i] : QStringLiteral("(no row)");
            if (x != y)
                return table.toStdString() + " row " + std::to_string(i) + ":\n  " + x.toStdString() + "\n  "
                       + y.toStdString();
        }
    }
    for (const auto& [table, rows] : b)
        if (!a.count(table))
            return "table " + table.toStdString() + " missing from the first";
    return {};
}

/// A new, empty database of the backend this run does NOT test: a file in
/// `dir` on the PostgreSQL pass, a database on this binary's own throwaway
/// cluster on the SQLite pass (copies between the backends are tested in both).
inline QString otherBackendLocation(const QString& dir, const QString& name)
{
    if (testingOnPostgres())
        return dir + QLatin1Char('/') + name;
    PgCluster& cluster = PgCluster::shared();
    return cluster.createDatabase(cluster.freshName());
}

} // namespace ocopos::test
