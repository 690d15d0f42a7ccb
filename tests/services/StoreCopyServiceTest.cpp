// `db copy` (StoreCopyService): a whole store into a new, empty one, between
// SQLite and PostgreSQL either way, checked on the target before it is kept.
// Each test starts from a store of this pass's backend and copies to the other
// backend (a throwaway cluster on the SQLite pass, a file on the pg pass).
#include "SaleFixtures.h"
#include "StoreDump.h"

#include "services/AuditLog.h"
#include "services/DemoData.h"
#include "services/IntegrityService.h"
#include "services/SaleService.h"
#include "services/SettlementService.h"
#include "services/ShiftService.h"
#include "services/StocktakeService.h"
#include "services/StoreCopyService.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace ocopos;
using namespace ocopos::services;
using namespace ocopos::test;

namespace {

Session userSession(db::Database& db, const QString& username, core::Role role)
{
    db::Query q(db, QStringLiteral("SELECT id FROM users WHERE username = :u"));
    q.bind(QStringLiteral(":u"), username);
    Session s;
    s.userId = q.scalar()->toLongLong();
    s.username = username;
    s.role = role;
    return s;
}

void expectCheckPasses(db::Database& db, const core::Clock& clock, const Session& admin)
{
    Context ctx{db, clock};
    const auto r = IntegrityService(ctx).check(admin);
    EXPECT_TRUE(r.ok) << (r.firstBad ? r.firstBad->reason.toStdString() : std::string())
                      << r.databaseProblems.join(QLatin1Char(';')).toStdString()
                      << r.ledgerProblems.join(QLatin1Char(';')).toStdString();
    EXPECT_GT(r.entries, 0);
}

/// The store as `db copy` saw it: the source gains its audit row after the copy.
StoreDump withoutCopyAudit(StoreDump d)
{
    auto& audit = d[QStringLiteral("audit_log")];
    audit.erase(std::remove_if(audit.begin(), audit.end(),
                               [](const QString& row) { return row.contains(QStringLiteral("| t:db_copy |")); }),
                audit.end());
    return d;
}

TEST(StoreCopyService, TheDemoStoreGoesToTheOtherBackendAndBackRowForRow)
{
    TempStore store(QStringLiteral("2026-11-28T09:00:00+07:00"));
    const DemoSummary demo = loadDemoData(store.ctx());  // a month of sales, returns and two voids
    ASSERT_GT(demo.sales, 100);
    const Session manager = userSession(store.db(), QStringLiteral("quanly"), core::Role::Manager);
    SettlementService(store.ctx()).finalize(manager, QStringLiteral("HTX-CAIRONG"), QDate(2026, 10, 29), QDate(2026, 11, 27));
    StocktakeService(store.ctx()).count(manager, "code,counted_qty\nNMCR-500,3\nNMCR-250,40\n", QStringLiteral("kiểm kê"));
    for (const char* table : {"sales", "returns", "settlements", "stock_counts", "stock_count_lines", "journal"})
        ASSERT_GT(countRows(store.db(), QString::fromLatin1(table)), 0) << table;
    db::Query voided(store.db(), QStringLiteral("SELECT COUNT(*) FROM sales WHERE status = 'voided'"));
    ASSERT_GT(voided.scalar()->toLongLong(), 0);

    const StoreDump source = dumpStore(store.db());
    const QString there = otherBackendLocation(store.dir(), QStringLiteral("there.db"));
    const auto out = StoreCopyService(store.ctx()).copyTo(store.admin(), there);
    EXPECT_EQ(out.rows, static_cast<qint64>(rowCount(source)));
    EXPECT_EQ(out.tables, static_cast<int>(source.size()));
    EXPECT_GT(out.journalEntries, demo.sales);
    EXPECT_EQ(out.to, db::redactedLocation(there));
    EXPECT_FALSE(out.to.contains(test::PgCluster::password()));
    StoreDump middle;
    {
        db::Database copy(there);
        EXPECT_NE(copy.isPostgres(), store.db().isPostgres());
        middle = dumpStore(copy);
        EXPECT_EQ(firstDifference(source, middle), "");
        expectCheckPasses(copy, store.clock(), store.admin());
    }
    // The source records the copy, nothing else changes there.
    EXPECT_EQ(firstDifference(source, withoutCopyAudit(dumpStore(store.db()))), "");

    const QString back = store.freshLocation(QStringLiteral("back.db"));
    {
        db::Database copy(there);
        Context ctx{copy, store.clock()};
        StoreCopyService(ctx).copyTo(store.admin(), back);
    }
    db::Database returned(back);
    EXPECT_EQ(returned.isPostgres(), store.db().isPostgres());
    EXPECT_EQ(firstDifference(middle, dumpStore(returned)), "");
    EXPECT_EQ(firstDifference(source, dumpStore(returned)), "");
    expectCheckPasses(returned, store.clock(), store.admin());
}

class StoreCopyServiceTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        store.loadSmallCatalog();
        addLot(store, QStringLiteral("NM-500"), QStringLiteral("L1"), QStringLiteral("HO-A1"), QStringLiteral("10"));
        cashier = store.addUser(QStringLiteral("thu"), core::Role::Cashier, QString(), QStringLiteral("1111"));
        ShiftService(store.ctx()).open(cashier, core::Money(500000));
        SaleRequest r;
        r.lines = {saleLine(QStringLiteral("NM-500"), QStringLiteral("2"))};
        r.payments = {cash(240000)};
        SaleService(store.ctx()).commit(cashier, r);
    }
    StoreCopyReport copyTo(const QString& target) { return StoreCopyService(store.ctx()).copyTo(store.admin(), target); }
    /// Nothing was kept at `location`: no file (nor its .partial), or a database without rows.
    void expectNothingAt(const QString& location)
    {
        if (!db::isPostgresUrl(location)) {
            EXPECT_FALSE(QFileInfo(location).exists() && QFileInfo(location).size() > 0) << location.toStdString();
            EXPECT_FALSE(QFile::exists(location + QStringLiteral(".partial")));
            return;
        }
        db::Database db(location);
        EXPECT_EQ(rowCount(dumpStore(db)), 0u);
    }
    TempStore store;
    Session cashier;
};

TEST_F(StoreCopyServiceTest, ATamperedJournalEntryIsCaughtOnTheTargetAndNothingIsKept)
{
    store.db().execute(QStringLiteral("UPDATE journal SET content = content || ' ' WHERE id = 1"));
    const QString target = otherBackendLocation(store.dir(), QStringLiteral("copy.db"));
    try {
        copyTo(target);
        FAIL() << "a store whose journal was altered was copied";
    } catch (const Conflict& e) {
        EXPECT_NE(std::string(e.what()).find("journal entry 1"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("fails its check"), std::string::npos) << e.what();
    }
    expectNothingAt(target);
}

TEST_F(StoreCopyServiceTest, AnExistingFileOrAStoreWithRowsIsRefused)
{
    const QString file = store.dir() + QStringLiteral("/taken.db");
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("notes");
    f.close();
    EXPECT_THROW(copyTo(file), Conflict);
    EXPECT_EQ(QFileInfo(file).size(), 5);
    EXPECT_FALSE(QFile::exists(file + QStringLiteral(".partial")));

    // A store that already holds rows, of either backend.
    for (const QString& location : {store.freshLocation(QStringLiteral("used.db")),
                                    otherBackendLocation(store.dir(), QStringLiteral("used-other.db"))}) {
        {
            db::Database used(location);
            used.execute(QStringLiteral("INSERT INTO settings (key, value) VALUES ('till', 'Q02')"));
        }
        const StoreDump before = [&] {
            db::Database used(location);
            return dumpStore(used);
        }();
        try {
            copyTo(location);
            FAIL() << "copied into a store with rows";
        } catch (const Conflict& e) {
            // A store file exists, so it is refused before it is opened; a database names the table with rows.
            const char* why = db::isPostgresUrl(location) ? "table settings has rows" : "already exists";
            EXPECT_NE(std::string(e.what()).find(why), std::string::npos) << e.what();
        }
        db::Database used(location);
        EXPECT_EQ(firstDifference(before, dumpStore(used)), "");
    }
}

TEST_F(StoreCopyServiceTest, AnEmptyFileMayBeTheTarget)
{
    const QString file = store.dir() + QStringLiteral("/empty.db");
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    const auto r = copyTo(file);
    EXPECT_GT(r.rows, 0);
    db::Database copy(file);
    EXPECT_EQ(firstDifference(withoutCopyAudit(dumpStore(store.db())), dumpStore(copy)), "");
}

TEST_F(StoreCopyServiceTest, OnlyAnAdminMayCopyAndTheCopyIsAudited)
{
    const Session manager = store.addUser(QStringLiteral("ql"), core::Role::Manager, QString(), QStringLiteral("2222"));
    const QString target = otherBackendLocation(store.dir(), QStringLiteral("copy.db"));
    EXPECT_THROW(StoreCopyService(store.ctx()).copyTo(manager, target), AuthError);
    EXPECT_THROW(StoreCopyService(store.ctx()).copyTo(cashier, target), AuthError);
    copyTo(target);
    Context ctx = store.ctx();
    const auto audit = recentAudit(ctx, 1);
    ASSERT_EQ(audit.size(), 1u);
    EXPECT_EQ(audit.front().action, QStringLiteral("db_copy"));
    EXPECT_EQ(audit.front().detail, QStringLiteral("to ") + db::redactedLocation(target));
}

TEST_F(StoreCopyServiceTest, TheCopyKeepsSelling)
{
    const QString target = otherBackendLocation(store.dir(), QStringLiteral("copy.db"));
    copyTo(target);
    db::Database copy(target);
    Context ctx{copy, store.clock(), nullptr, PinHashCost::minimum()};
    SaleRequest r;
    r.lines = {saleLine(QStringLiteral("NM-500"), QStringLiteral("1"))};
    r.payments = {cash(120000)};
    const auto sale = SaleService(ctx).commit(cashier, r);  // the shift opened before the copy is still open
    EXPECT_EQ(sale.receiptNo, QStringLiteral("Q01-000002"));
    EXPECT_EQ(countRows(copy, QStringLiteral("sales")), 2);
    expectCheckPasses(copy, store.clock(), store.admin());
}

} // namespace
