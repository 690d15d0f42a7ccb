// A sale is on disk when the cashier sees "paid", or not at all: SIGKILL a
// selling process at random moments and check what it reported; run two
// processes on one database and check receipt numbers stay gapless.
#include "SaleFixtures.h"

#include "services/IntegrityService.h"
#include "services/ShiftService.h"

#include <QProcess>
#include <QThread>

#include <gtest/gtest.h>

#include <random>
#include <set>

using namespace ocopos;
using namespace ocopos::test;

namespace {

struct Prepared {
    std::unique_ptr<TempStore> store;
    qint64 cashierId = 0;
};

Prepared prepare()
{
    Prepared p;
    p.store = std::make_unique<TempStore>();
    p.store->loadSmallCatalog();
    auto cashier = p.store->addUser(QStringLiteral("thu"), core::Role::Cashier, QString(), QStringLiteral("1111"));
    p.cashierId = cashier.userId;
    addLot(*p.store, QStringLiteral("NM-500"), QStringLiteral("L1"), QStringLiteral("HO-A1"), QStringLiteral("100000"));
    addLot(*p.store, QStringLiteral("CM-KG"), QStringLiteral("C1"), QStringLiteral("HO-A1"), QStringLiteral("100000"));
    services::ShiftService(p.store->ctx()).open(cashier, core::Money(0));
    return p;
}

QStringList workerArgs(const Prepared& p, int count)
{
    return {p.store->path(), QString::number(p.cashierId), QString::number(count)};
}

QString worker() { return saleWorkerPath(); }

std::vector<QString> receipts(TempStore& store)
{
    db::Query q(store.db(), QStringLiteral("SELECT receipt_no FROM sales ORDER BY seq"));
    q.exec();
    std::vector<QString> out;
    while (q.next())
        out.push_back(q.value(0).toString());
    return out;
}

void expectGapless(const std::vector<QString>& list)
{
    for (std::size_t i = 0; i < list.size(); ++i)
        ASSERT_EQ(list[i], QStringLiteral("Q01-%1").arg(i + 1, 6, 10, QLatin1Char('0')));
}

} // namespace

TEST(SaleDurability, SigkillNeverLosesAReportedSaleNorLeavesAPartialOne)
{
    Prepared p = prepare();
    std::mt19937 rng(7);
    std::set<QString> reported;
    for (int round = 0; round < 50; ++round) {
        QProcess proc;
        proc.start(worker(), workerArgs(p, 0));
        ASSERT_TRUE(proc.waitForStarted(10000));
        proc.waitForReadyRead(10000);  // at least one sale in flight or done
        QThread::msleep(std::uniform_int_distribution<int>(0, 60)(rng));
        proc.kill();  // SIGKILL
        proc.waitForFinished(10000);
        for (const auto& line : QString::fromLatin1(proc.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            reported.insert(line);
    }
    db::Database fresh(p.store->path());
    services::Context ctx{fresh, p.store->clock()};
    const auto stored = [&] {
        db::Query q(fresh, QStringLiteral("SELECT receipt_no FROM sales ORDER BY seq"));
        q.exec();
        std::vector<QString> out;
        while (q.next())
            out.push_back(q.value(0).toString());
        return out;
    }();
    const std::set<QString> storedSet(stored.begin(), stored.end());
    for (const auto& r : reported)
        EXPECT_TRUE(storedSet.count(r)) << r.toStdString() << " was reported paid but is not in the database";
    EXPECT_GE(stored.size(), reported.size());
    expectGapless(stored);
    // Every stored sale is whole: two lines, allocations, a payment, a journal entry.
    db::Query partial(fresh, QStringLiteral(
        "SELECT COUNT(*) FROM sales s WHERE (SELECT COUNT(*) FROM sale_lines l WHERE l.sale_id = s.id) <> 2 "
        "OR (SELECT COUNT(*) FROM payments p WHERE p.sale_id = s.id) <> 1 "
        "OR NOT EXISTS (SELECT 1 FROM journal j WHERE j.kind = 'sale' AND j.ref_id = s.id)"));
    EXPECT_EQ(partial.scalar()->toLongLong(), 0);
    const auto report = services::IntegrityService(ctx).check(p.store->admin());
    EXPECT_TRUE(report.ok) << (report.firstBad ? report.firstBad->reason.toStdString() : report.ledgerProblems.join(QStringLiteral("; ")).toStdString());
    std::printf("SIGKILL test: %zu sales reported, %zu stored\n", reported.size(), stored.size());
}

TEST(SaleDurability, TwoProcessesSellingAtOnceKeepReceiptNumbersGapless)
{
    Prepared p = prepare();
    QProcess a;
    QProcess b;
    a.start(worker(), workerArgs(p, 25));
    b.start(worker(), workerArgs(p, 25));
    ASSERT_TRUE(a.waitForFinished(120000));
    ASSERT_TRUE(b.waitForFinished(120000));
    EXPECT_EQ(a.exitCode(), 0) << a.readAllStandardError().toStdString();
    EXPECT_EQ(b.exitCode(), 0) << b.readAllStandardError().toStdString();
    const auto list = receipts(*p.store);
    EXPECT_EQ(list.size(), 50u);
    expectGapless(list);
    EXPECT_TRUE(services::IntegrityService(p.store->ctx()).check(p.store->admin()).ok);
}
