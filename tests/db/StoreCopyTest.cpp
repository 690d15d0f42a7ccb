// db::StoreCopy: every row of every store table from one open store into
// another, either backend to either, in one transaction on the target.
// Each test runs on the backend of the pass and copies both to the same
// backend and to the other one (a throwaway cluster on the SQLite pass).
#include "StoreDump.h"

#include "core/Errors.h"
#include "db/StoreCopy.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <set>

using namespace ocopos;
using namespace ocopos::db;
using namespace ocopos::test;

namespace {

void exec(Database& db, const QString& sql) { db.execute(sql); }

qint64 scalar(Database& db, const QString& sql)
{
    Query q(db, sql);
    return q.scalar().value_or(QVariant()).toLongLong();
}

/// Where a copy goes: a new database of this pass's backend, or of the other one.
class StoreCopyTest : public ::testing::TestWithParam<bool> {
protected:
    bool toOtherBackend() const { return GetParam(); }
    QString freshTarget(const QString& name)
    {
        return toOtherBackend() ? otherBackendLocation(m_store.dir(), name) : m_store.freshLocation(name);
    }
    TempStore m_store;
};

std::string backendName(const ::testing::TestParamInfo<bool>& info)
{
    return info.param ? "ToTheOtherBackend" : "ToTheSameBackend";
}

/// Rows whose values test every kind the store holds: NULLs, big integers,
/// negative ones, Vietnamese text, quotes and a backslash, an empty string.
void addAwkwardRows(Database& db)
{
    exec(db, QStringLiteral("INSERT INTO producers (id, code, kind, name, name_key, parent_id, tax_code, address, "
                            "commission_bp, created_at, updated_at) VALUES (7, 'HTX-Ă', 'cooperative', "
                            "'HTX Nước mắm Cái Rồng ''Vân Đồn'' \\ Quảng Ninh', 'htx nuoc mam', NULL, '', "
                            "'Thôn 1, xã Đoàn Kết', 2500, '2026-11-01T08:00:00+07:00', '2026-11-01T08:00:00+07:00')"));
    exec(db, QStringLiteral("INSERT INTO products (id, sku, name, name_key, unit, sold_by, price_vnd, vat, owner_id, "
                            "supply, reorder_point, created_at, updated_at) VALUES (9000000000001, 'CHẢ-MỰC', "
                            "'Chả mực Hạ Long – loại 1', 'cha muc ha long', 'kg', 'weight', 9007199254740993, 'KCT', 7, "
                            "'consignment', NULL, '2026-11-01T08:00:00+07:00', '2026-11-01T08:00:00+07:00')"));
    exec(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('store_name', 'Cửa hàng OCOP Hạ Long 🐟'), "
                            "('receipt_footer', '')"));
    exec(db, QStringLiteral("INSERT INTO audit_log (at, user_id, username, action, detail) VALUES "
                            "('2026-11-01T08:00:00+07:00', NULL, NULL, 'test', 'số âm: -42')"));
}

TEST_P(StoreCopyTest, StoreTablesComeFromTheSchemaParentsFirstWithoutSchemaMigrations)
{
    const auto tables = storeTables(m_store.db());
    std::set<QString> placed;
    for (const auto& t : tables) {
        EXPECT_NE(t.name, QStringLiteral("schema_migrations"));
        EXPECT_NE(t.name, QStringLiteral("catalog_state"));
        EXPECT_FALSE(t.columns.isEmpty()) << t.name.toStdString();
        for (const auto& fk : t.foreignKeys) {
            if (fk.parent != t.name) {
                EXPECT_TRUE(placed.count(fk.parent)) << t.name.toStdString() << " before its parent " << fk.parent.toStdString();
            }
        }
        placed.insert(t.name);
    }
    for (const char* t : {"settings", "producers", "users", "products", "lots", "sales", "sale_lines", "sale_line_lots",
                          "payments", "returns", "return_lines", "settlements", "journal", "audit_log",
                          "stock_count_lines", "sale_owner_days", "till_counters"})
        EXPECT_TRUE(placed.count(QString::fromLatin1(t))) << t;
    // Every table of the schema but the bookkeeping: the migrations' and the
    // catalogue token (each store has its own, given by its own triggers).
    const qint64 all = scalar(m_store.db(), m_store.db().isPostgres()
                                                ? QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE "
                                                                 "table_schema = current_schema() AND table_type = 'BASE TABLE'")
                                                : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' "
                                                                 "AND name NOT LIKE 'sqlite_%'"));
    EXPECT_EQ(static_cast<qint64>(tables.size()), all - 2);
}

TEST_P(StoreCopyTest, EveryValueArrivesWithItsTypeAndIdsAreKept)
{
    addAwkwardRows(m_store.db());
    const StoreDump before = dumpStore(m_store.db());
    const QString location = freshTarget(QStringLiteral("copy.db"));
    Database target(location);
    const auto counts = StoreCopy(m_store.db(), target).run();
    EXPECT_EQ(counts.rows, static_cast<qint64>(rowCount(before)));
    EXPECT_EQ(counts.tables, static_cast<int>(before.size()));
    const StoreDump after = dumpStore(target);
    EXPECT_EQ(firstDifference(before, after), "");
    EXPECT_EQ(scalar(target, QStringLiteral("SELECT price_vnd FROM products WHERE id = 9000000000001")), 9007199254740993);
    // And back again, unchanged.
    Database again(toOtherBackend() ? m_store.freshLocation(QStringLiteral("again.db")) : freshTarget(QStringLiteral("again.db")));
    StoreCopy(target, again).run();
    EXPECT_EQ(firstDifference(before, dumpStore(again)), "");
}

TEST_P(StoreCopyTest, NewRowsTakeIdsAfterTheCopiedOnes)
{
    addAwkwardRows(m_store.db());
    Database target(freshTarget(QStringLiteral("copy.db")));
    StoreCopy(m_store.db(), target).run();
    exec(target, QStringLiteral("INSERT INTO producers (code, kind, name, name_key, created_at, updated_at) VALUES "
                                "('HO-1', 'household', 'Hộ Lan', 'ho lan', 'x', 'x')"));
    EXPECT_EQ(scalar(target, QStringLiteral("SELECT id FROM producers WHERE code = 'HO-1'")), 8);
    exec(target, QStringLiteral("INSERT INTO products (sku, name, name_key, unit, sold_by, price_vnd, vat, owner_id, "
                                "supply, created_at, updated_at) VALUES ('X', 'X', 'x', 'cái', 'unit', 1, '8', 7, "
                                "'purchased', 'x', 'x')"));
    EXPECT_EQ(scalar(target, QStringLiteral("SELECT id FROM products WHERE sku = 'X'")), 9000000000002);
}

TEST_P(StoreCopyTest, RowsThatReferToALaterRowOfTheirOwnTableArriveParentsFirst)
{
    // Households (ids 1 and 3) whose cooperative (id 1000) was entered after
    // them: in id order they come first, and more rows than one INSERT holds lie
    // between, so only parents-first order satisfies the target's foreign key.
    exec(m_store.db(), QStringLiteral("INSERT INTO producers (id, code, kind, name, name_key, created_at, updated_at) "
                                      "SELECT n.i, 'HTX-' || n.i, 'cooperative', 'HTX số ' || n.i, 'htx', 'x', 'x' "
                                      "FROM (WITH RECURSIVE k(i) AS (SELECT 4 UNION ALL SELECT i + 1 FROM k WHERE i < 1000) "
                                      "SELECT i FROM k) AS n"));
    exec(m_store.db(), QStringLiteral("INSERT INTO producers (id, code, kind, name, name_key, parent_id, created_at, "
                                      "updated_at) VALUES (1, 'HO-1', 'household', 'Hộ 1', 'ho', 1000, 'x', 'x')"));
    exec(m_store.db(), QStringLiteral("INSERT INTO producers (id, code, kind, name, name_key, parent_id, created_at, "
                                      "updated_at) VALUES (3, 'HO-3', 'household', 'Hộ 3', 'ho', 1, 'x', 'x')"));
    exec(m_store.db(), QStringLiteral("UPDATE producers SET parent_id = 3 WHERE id = 999"));
    ASSERT_GT(997, StoreCopy::kMaxRowsPerInsert);
    Database target(freshTarget(QStringLiteral("copy.db")));
    StoreCopy(m_store.db(), target).run();
    EXPECT_EQ(firstDifference(dumpStore(m_store.db()), dumpStore(target)), "");
}

TEST_P(StoreCopyTest, ATargetHoldingAnyRowIsRefusedAndNothingIsWritten)
{
    addAwkwardRows(m_store.db());
    Database target(freshTarget(QStringLiteral("copy.db")));
    exec(target, QStringLiteral("INSERT INTO till_counters (till, last_seq) VALUES ('Q09', 3)"));
    const StoreDump before = dumpStore(target);
    try {
        StoreCopy(m_store.db(), target).run();
        FAIL() << "a non-empty target was accepted";
    } catch (const Conflict& e) {
        EXPECT_NE(std::string(e.what()).find("till_counters"), std::string::npos) << e.what();
    }
    EXPECT_EQ(firstDifference(before, dumpStore(target)), "");
}

TEST_P(StoreCopyTest, AFailingVerificationRollsTheWholeCopyBack)
{
    addAwkwardRows(m_store.db());
    Database target(freshTarget(QStringLiteral("copy.db")));
    StoreCopy::Hooks hooks;
    hooks.verify = [&] {
        EXPECT_EQ(scalar(target, QStringLiteral("SELECT COUNT(*) FROM products")), 1);  // in, not yet committed
        throw Conflict("the check failed");
    };
    EXPECT_THROW(StoreCopy(m_store.db(), target).run(StoreCopy::Target::MustBeEmpty, hooks), Conflict);
    EXPECT_EQ(rowCount(dumpStore(target)), 0u);
    StoreCopy(m_store.db(), target).run();  // and the target is still usable
    EXPECT_EQ(firstDifference(dumpStore(m_store.db()), dumpStore(target)), "");
}

TEST_P(StoreCopyTest, ReplaceDeletesWhatTheTargetHeldFirst)
{
    addAwkwardRows(m_store.db());
    Database target(freshTarget(QStringLiteral("copy.db")));
    StoreCopy(m_store.db(), target).run();
    exec(target, QStringLiteral("INSERT INTO settings (key, value) VALUES ('till', 'Q07')"));
    exec(target, QStringLiteral("DELETE FROM audit_log"));
    StoreCopy(m_store.db(), target).run(StoreCopy::Target::Replace);
    EXPECT_EQ(firstDifference(dumpStore(m_store.db()), dumpStore(target)), "");
}

TEST_P(StoreCopyTest, StoresAtDifferentSchemaVersionsAreRefused)
{
    const QString location = freshTarget(QStringLiteral("old.db"));
    const int previous = migrationScripts().at(migrationScripts().size() - 2).version;
    Database old(location, Database::Options{previous, 10000, QString()});
    ASSERT_EQ(old.schemaVersion(), previous);
    EXPECT_THROW(StoreCopy(m_store.db(), old), Conflict);
    EXPECT_THROW(StoreCopy(old, m_store.db()), Conflict);
    EXPECT_THROW(StoreCopy(m_store.db(), m_store.db()), Conflict);
}

TEST_P(StoreCopyTest, ATableAFutureMigrationAddsIsCopiedWithoutCodeChanges)
{
    QTemporaryDir dir;
    for (const auto& m : migrationScripts())
        ASSERT_TRUE(QFile::copy(m.path, dir.filePath(m.name)));
    QFile extra(dir.filePath(QStringLiteral("0999_loyalty.sql")));
    ASSERT_TRUE(extra.open(QIODevice::WriteOnly));
    extra.write("CREATE TABLE loyalty_cards (\n"
                "    id       INTEGER PRIMARY KEY,\n"
                "    user_id  INTEGER NOT NULL REFERENCES users(id),\n"
                "    code     TEXT NOT NULL UNIQUE,\n"
                "    points   INTEGER NOT NULL DEFAULT 0\n"
                ");\n");
    extra.close();
    const Database::Options future{std::nullopt, 10000, dir.path()};
    Database source(m_store.freshLocation(QStringLiteral("future.db")), future);
    exec(source, QStringLiteral("INSERT INTO users (id, username, display_name, role, pin_hash, created_at) VALUES "
                                "(40, 'khach', 'Khách', 'cashier', 'x', 'x')"));
    exec(source, QStringLiteral("INSERT INTO loyalty_cards (id, user_id, code, points) VALUES (12, 40, 'THẺ-01', 350)"));
    Database target(freshTarget(QStringLiteral("future-copy.db")), future);
    const auto counts = StoreCopy(source, target).run();
    EXPECT_EQ(counts.rows, 2);
    EXPECT_EQ(firstDifference(dumpStore(source), dumpStore(target)), "");
    exec(target, QStringLiteral("INSERT INTO loyalty_cards (user_id, code) VALUES (40, 'THẺ-02')"));
    EXPECT_EQ(scalar(target, QStringLiteral("SELECT id FROM loyalty_cards WHERE code = 'THẺ-02'")), 13);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreCopyTest, ::testing::Bool(), backendName);

} // namespace
