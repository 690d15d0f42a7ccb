// The till printers and the print queue (issue 16), on both backends: the rules
// the print queue relies on — a job is marked printed once, failures are kept,
// the drawer needs a role and a reason and is audited.
#include "services/PrinterService.h"

#include "SaleFixtures.h"
#include "core/ErrorCodes.h"
#include "services/AuditLog.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace ocopos;
using namespace ocopos::test;

namespace {

class PrinterServiceTest : public ::testing::Test {
protected:
    TempStore store;
    services::PrinterService service { store.ctx() };
};

} // namespace

TEST_F(PrinterServiceTest, APrinterPerTillIsSetByAManagerAndChecked)
{
    const auto manager = store.addUser(QStringLiteral("ql"), core::Role::Manager);
    const auto cashier = store.addUser(QStringLiteral("thu"), core::Role::Cashier);
    EXPECT_FALSE(service.printer().has_value());
    services::PrinterSettings p;
    p.uri = QStringLiteral("tcp://192.168.1.50:9100");
    EXPECT_THROW(service.setPrinter(cashier, p), AuthError);
    service.setPrinter(manager, p);
    auto got = service.printer();
    ASSERT_TRUE(got.has_value());
    EXPECT_EQ(got->uri, p.uri);
    EXPECT_EQ(got->widthMm, 80);
    EXPECT_TRUE(got->autoPrint && got->kickOnCash);

    p.till = QStringLiteral("Q02");
    p.uri = QStringLiteral("cups:TM-T20");
    p.widthMm = 58;
    p.kickOnCash = false;
    service.setPrinter(manager, p);
    EXPECT_EQ(service.printers().size(), 2u);
    EXPECT_EQ(service.printer(QStringLiteral("Q02"))->widthMm, 58);
    EXPECT_EQ(service.printer()->uri, QStringLiteral("tcp://192.168.1.50:9100")) << "Q01 unchanged";

    p.uri = QStringLiteral("lpt1");
    EXPECT_THROW(service.setPrinter(manager, p), ValidationError);
    p.uri = QStringLiteral("file:/dev/usb/lp0");
    p.widthMm = 76;
    EXPECT_THROW(service.setPrinter(manager, p), ValidationError);

    service.removePrinter(manager, QStringLiteral("Q02"));
    EXPECT_EQ(service.printers().size(), 1u);
    EXPECT_THROW(service.removePrinter(manager, QStringLiteral("Q02")), NotFound);
}

TEST_F(PrinterServiceTest, AJobIsMarkedPrintedOnceAndKeepsItsFailures)
{
    const qint64 a = service.enqueue(nullptr, QStringLiteral("receipt"), QStringLiteral("Q01-000001"), true);
    const qint64 b = service.enqueue(nullptr, QStringLiteral("z_report"), QStringLiteral("3"), false);
    EXPECT_EQ(service.unprinted().size(), 2u);
    service.recordFailure(
        a, Error(codes::printerPaperOut, "printer tcp://x: is out of paper", { { "printer", "tcp://x" } }));
    service.recordFailure(
        a, Error(codes::printerOffline, "printer tcp://x: did not answer", { { "printer", "tcp://x" } }));
    auto job = service.job(a);
    EXPECT_EQ(job.attempts, 2);
    EXPECT_EQ(job.lastErrorCode, QStringLiteral("printer.offline"));
    EXPECT_TRUE(job.kick);
    EXPECT_FALSE(job.printed());
    EXPECT_TRUE(service.markPrinted(a));
    EXPECT_FALSE(service.markPrinted(a)) << "a job is printed once";
    EXPECT_TRUE(service.job(a).printed());
    EXPECT_EQ(service.job(a).attempts, 3);
    const auto left = service.unprinted();
    ASSERT_EQ(left.size(), 1u);
    EXPECT_EQ(left.front().id, b);
    EXPECT_TRUE(service.unprinted(QStringLiteral("Q02")).empty());
    EXPECT_EQ(service.unprinted(QString(), true).size(), 1u);
    EXPECT_THROW(service.job(999), NotFound);
}

TEST_F(PrinterServiceTest, TheDrawerNeedsARoleAndAReasonAndIsAudited)
{
    const auto cashier = store.addUser(QStringLiteral("thu"), core::Role::Cashier);
    store.loadSmallCatalog();
    const auto coop = store.addUser(QStringLiteral("htx"), core::Role::Cooperative, QStringLiteral("HTX-A"));
    EXPECT_THROW(service.authoriseDrawer(cashier, QStringLiteral("   ")), ValidationError);
    EXPECT_THROW(service.authoriseDrawer(coop, QStringLiteral("đổi tiền")), AuthError);
    service.authoriseDrawer(cashier, QStringLiteral("Đổi tiền lẻ cho khách"));
    auto ctx = store.ctx();
    const auto log = services::recentAudit(ctx, 10);
    const auto it
        = std::find_if(log.begin(), log.end(), [](const auto& e) { return e.action == QLatin1String("drawer_open"); });
    ASSERT_NE(it, log.end());
    EXPECT_EQ(it->username, QStringLiteral("thu"));
    EXPECT_TRUE(it->detail.contains(QStringLiteral("Đổi tiền lẻ cho khách")));
    EXPECT_TRUE(it->detail.contains(QStringLiteral("Q01")));
}
