// E-invoices from the till (issue 17): issued in the sale's transaction,
// gapless, in the journal; adjustments for returns and voids; sent to a VNPT
// stand-in over real HTTP through every failure the issue names.
#include "services/EInvoiceService.h"

#include "SaleFixtures.h"
#include "VnptTestServer.h"
#include "core/ErrorCodes.h"
#include "core/MoneyInWords.h"
#include "db/EInvoiceRepository.h"
#include "services/EInvoiceSender.h"
#include "services/IntegrityService.h"
#include "services/ReturnService.h"
#include "services/SaleReader.h"
#include "services/SaleService.h"
#include "services/SettingsService.h"
#include "services/ShiftService.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>
#include <QXmlStreamReader>
#include <gtest/gtest.h>
#include <random>

using namespace ocopos;
using namespace ocopos::services;
using namespace ocopos::test;
using core::Money;

namespace {

void ensureApplication()
{
    static int argc = 1;
    static char name[] = "test_services_einvoice";
    static char* argv[] = { name, nullptr };
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv); // lives until the process ends
}

/// The value of the first element named `name` in an XML document.
QString xmlValue(const QString& xml, const QString& name)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == name)
            return r.readElementText();
    }
    return QStringLiteral("<missing>");
}

class EInvoiceTest : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override
    {
        ensureApplication();
        store.loadSmallCatalog();
        SettingsService s(store.ctx());
        const auto set = [&](const char* k, const QString& v) { s.set(store.admin(), QLatin1String(k), v); };
        set("store_address", QStringLiteral("Hạ Long, Quảng Ninh"));
        set("einvoice_seller_name", QStringLiteral("HTX Dịch vụ OCOP Hạ Long"));
        set("einvoice_seller_tax_code", QStringLiteral("0100109106"));
        set("einvoice_series", QStringLiteral("C26MAA"));
        set("einvoice_url", server.url());
        set("einvoice_lookup_url", QStringLiteral("https://tracuu.example.vn/"));
        set("einvoice_account", QStringLiteral("store"));
        set("einvoice_account_password", QStringLiteral("secret"));
        set("einvoice_enabled", QStringLiteral("1"));
        cashier = store.addUser(QStringLiteral("thu"), core::Role::Cashier, QString(), QStringLiteral("1111"));
        manager = store.addUser(QStringLiteral("ql"), core::Role::Manager, QString(), QStringLiteral("2222"));
        ShiftService(store.ctx()).open(cashier, Money(500000));
        addLot(store, QStringLiteral("NM-500"), QStringLiteral("L1"), QStringLiteral("HO-A1"), QStringLiteral("500"),
            QDate(2027, 6, 1));
        addLot(store, QStringLiteral("CM-KG"), QStringLiteral("L2"), QStringLiteral("HO-A1"), QStringLiteral("500"),
            QDate(2027, 6, 1));
        addLot(store, QStringLiteral("RUOU-500"), QStringLiteral("L3"), QStringLiteral("HO-B1"), QStringLiteral("500"),
            QDate(2027, 6, 1));
        addLot(store, QStringLiteral("GA-KG"), QStringLiteral("L4"), QStringLiteral("HO-B1"), QStringLiteral("500"),
            QDate(2027, 6, 1));
        addLot(store, QStringLiteral("NK-500"), QStringLiteral("L5"), QStringLiteral("DN-C"), QStringLiteral("500"),
            QDate(2027, 6, 1));
    }

    SaleResult sell(std::vector<SaleLineRequest> lines, core::einvoice::Buyer buyer = {}, core::Discount discount = {})
    {
        SaleRequest r;
        r.lines = std::move(lines);
        r.discount = discount;
        r.buyer = std::move(buyer);
        r.payments = { cash(10'000'000) };
        return SaleService(store.ctx()).commit(cashier, r);
    }

    std::vector<db::EInvoiceRow> all() { return db::EInvoiceRepository(store.db()).list({}, {}, {}); }

    /// A sender speaking to the stand-in with a short timeout (Silent mode).
    EInvoiceSendRun send(bool force = true)
    {
        VnptInvoiceProvider provider(
            { QUrl(server.url()), QStringLiteral("store"), QStringLiteral("secret"), {}, {} }, 500);
        return EInvoiceSender(store.ctx(), &provider).run(force);
    }

    /// The application object before the server's sockets (members are made before SetUp).
    struct App {
        App() { ensureApplication(); }
    } app;
    VnptTestServer server;
    TempStore store;
    Session cashier;
    Session manager;
};

} // namespace

INSTANTIATE_TEST_SUITE_P(Backends, EInvoiceTest, ::testing::ValuesIn(databaseBackends()));

TEST_P(EInvoiceTest, EverySaleGetsAGaplessInvoiceInItsTransaction)
{
    const auto a = sell({ saleLine(QStringLiteral("NM-500"), QStringLiteral("2")) });
    const auto b = sell({ saleLine(QStringLiteral("CM-KG"), QStringLiteral("0.350")),
        saleLine(QStringLiteral("GA-KG"), QStringLiteral("1.250")) });
    ASSERT_TRUE(a.einvoice && b.einvoice);
    EXPECT_EQ(a.einvoice->series, QStringLiteral("C26MAA"));
    EXPECT_EQ(a.einvoice->number, 1);
    EXPECT_EQ(b.einvoice->number, 2);
    EXPECT_EQ(a.einvoice->status, QStringLiteral("pending"));
    const auto rows = all();
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(xmlValue(rows[1].xml, QStringLiteral("TgTTTBSo")).toLongLong(), b.total.dong());
    EXPECT_EQ(xmlValue(rows[1].xml, QStringLiteral("TgTTTBChu")).toStdString(), core::moneyInWords(b.total));
    EXPECT_EQ(rows[0].xmlSha256, EInvoiceService::sha256Hex(rows[0].xml.toUtf8()));
    // The sale read back carries the same reference, so the journal check agrees.
    EXPECT_EQ(SaleReader(store.ctx()).byId(a.saleId)->einvoice->xmlSha256, a.einvoice->xmlSha256);
    EXPECT_TRUE(IntegrityService(store.ctx()).check(store.admin()).ok);
}

TEST_P(EInvoiceTest, TheXmlAndNumberAreNeverRewritten)
{
    const auto a = sell({ saleLine(QStringLiteral("NM-500")) });
    db::Query upd(store.db(), QStringLiteral("UPDATE einvoices SET xml = 'x' WHERE id = :id"));
    upd.bind(QStringLiteral(":id"), QVariant(static_cast<qlonglong>(a.einvoice->id)));
    EXPECT_ANY_THROW(upd.exec());
    db::Query del(store.db(), QStringLiteral("DELETE FROM einvoices"));
    EXPECT_ANY_THROW(del.exec());
    db::Query status(store.db(), QStringLiteral("UPDATE einvoices SET status = 'sent'"));
    EXPECT_NO_THROW(status.exec());
}

TEST_P(EInvoiceTest, ABadBuyerIsRefusedBeforeTheSaleWithTheFieldNamed)
{
    core::einvoice::Buyer b { QStringLiteral("Công ty TNHH Hạ Long"), QStringLiteral("0100109107"),
        QStringLiteral("Bãi Cháy, Hạ Long"), {}, {}, {} };
    const auto problems = problemsOf([&] { sell({ saleLine(QStringLiteral("NM-500")) }, b); });
    ASSERT_FALSE(problems.empty());
    EXPECT_EQ(problems.front().field, "buyer.tax_code");
    EXPECT_EQ(problems.front().code, std::string(codes::einvoiceTaxCode.id()));
    b.taxCode = QStringLiteral("0100109106");
    b.name = QString(401, QLatin1Char('A'));
    EXPECT_EQ(problemsOf([&] { sell({ saleLine(QStringLiteral("NM-500")) }, b); }).front().field, "buyer.name");
    b.name = QStringLiteral("Công ty\x07 A");
    EXPECT_EQ(problemsOf([&] { sell({ saleLine(QStringLiteral("NM-500")) }, b); }).front().code,
        std::string(codes::einvoiceForbiddenChar.id()));
    EXPECT_EQ(countRows(store.db(), QStringLiteral("sales")), 0);
    EXPECT_EQ(countRows(store.db(), QStringLiteral("einvoices")), 0);
    b.name = QStringLiteral("Công ty <Hạ Long> & Co");
    const auto s = sell({ saleLine(QStringLiteral("NM-500")) }, b);
    EXPECT_EQ(xmlValue(all().front().xml, QStringLiteral("MST")), QStringLiteral("0100109106"));
    EXPECT_EQ(s.einvoice->number, 1);
}

TEST_P(EInvoiceTest, AReturnAdjustsAndAVoidCancelsTheOriginal)
{
    const auto s
        = sell({ saleLine(QStringLiteral("NM-500"), QStringLiteral("3")), saleLine(QStringLiteral("RUOU-500")) });
    const auto r
        = ReturnService(store.ctx())
              .returnItems(manager, s.receiptNo, { { QStringLiteral("NM-500"), core::Quantity::units(1) } }, false);
    ASSERT_TRUE(r.einvoice);
    EXPECT_EQ(r.einvoice->kind, QStringLiteral("adjustment"));
    EXPECT_EQ(r.einvoice->number, 2);
    const auto adj = *db::EInvoiceRepository(store.db()).byId(r.einvoice->id);
    EXPECT_EQ(adj.refersTo, s.einvoice->id);
    EXPECT_EQ(xmlValue(adj.xml, QStringLiteral("SHDCLQuan")), QStringLiteral("1"));
    EXPECT_EQ(xmlValue(adj.xml, QStringLiteral("TgTTTBSo")).toLongLong(), -r.refund.dong());

    const auto v = sell({ saleLine(QStringLiteral("NK-500"), QStringLiteral("2")) });
    const auto voided = SaleService(store.ctx()).voidSale(manager, v.receiptNo);
    ASSERT_TRUE(voided.einvoiceCancel);
    EXPECT_EQ(voided.einvoiceCancel->kind, QStringLiteral("cancel"));
    EXPECT_EQ(voided.einvoiceCancel->number, 4);
    const auto cancel = *db::EInvoiceRepository(store.db()).byId(voided.einvoiceCancel->id);
    EXPECT_EQ(xmlValue(cancel.xml, QStringLiteral("TgTTTBSo")).toLongLong(), -v.total.dong());
    EXPECT_EQ(xmlValue(cancel.xml, QStringLiteral("SHDCLQuan")), QStringLiteral("3"));
    EXPECT_TRUE(IntegrityService(store.ctx()).check(store.admin()).ok);
}

// Random sales with discounts, weighed lines, every rate and KCT, and random
// returns: numbers gapless, each invoice's total equal to its sale or refund.
TEST_P(EInvoiceTest, ManyRandomSalesAndReturnsStayExact)
{
    SettingsService(store.ctx()).set(store.admin(), QStringLiteral("discount_override_pct"), QStringLiteral("100"));
    std::mt19937 rng(17);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    const QString codes[] = { QStringLiteral("NM-500"), QStringLiteral("CM-KG"), QStringLiteral("RUOU-500"),
        QStringLiteral("GA-KG"), QStringLiteral("NK-500") };
    std::map<qint64, qint64> expected; // einvoice id → total
    for (int i = 0; i < 40; ++i) {
        std::vector<SaleLineRequest> lines;
        for (int n = pick(1, 4); n > 0; --n) {
            const QString& code = codes[pick(0, 4)];
            const bool weight = code.endsWith(QLatin1String("-KG"));
            auto l = saleLine(code, weight ? QStringLiteral("0.%1").arg(pick(100, 999)) : QString::number(pick(1, 3)));
            if (pick(0, 2) == 0)
                l.discount = core::Discount::percent(core::BasisPoints { pick(1, 9) * 100 });
            lines.push_back(l);
        }
        const auto s
            = sell(lines, {}, pick(0, 3) == 0 ? core::Discount::amount(Money(pick(1, 9) * 1000)) : core::Discount {});
        expected[s.einvoice->id] = s.total.dong();
        if (pick(0, 3) == 0) {
            const auto& line = s.lines[static_cast<std::size_t>(pick(0, static_cast<int>(s.lines.size()) - 1))];
            const core::Quantity q = line.soldBy == core::SoldBy::Weight
                ? core::Quantity::fromThousandths(line.qty.thousandths() / 2)
                : core::Quantity::units(1);
            if (!q.isPositive())
                continue;
            const auto r = ReturnService(store.ctx()).returnItems(manager, s.receiptNo, { { line.sku, q } }, false);
            expected[r.einvoice->id] = -r.refund.dong();
        }
    }
    qint64 n = 0;
    for (const auto& row : all()) {
        EXPECT_EQ(row.number, ++n) << "numbers are gapless";
        EXPECT_EQ(xmlValue(row.xml, QStringLiteral("TgTTTBSo")).toLongLong(), expected.at(row.id));
        EXPECT_EQ(row.total, expected.at(row.id));
    }
    EXPECT_EQ(static_cast<std::size_t>(n), expected.size());
    EXPECT_TRUE(IntegrityService(store.ctx()).check(store.admin()).ok);
}

TEST_P(EInvoiceTest, SentInBatchesAndAccepted)
{
    SettingsService(store.ctx()).set(store.admin(), QStringLiteral("einvoice_batch_size"), QStringLiteral("2"));
    for (int i = 0; i < 5; ++i)
        sell({ saleLine(QStringLiteral("NK-500")) });
    const auto run = send();
    EXPECT_EQ(run.accepted, 5);
    EXPECT_EQ(run.batches, 3);
    EXPECT_EQ(server.largestBatch(), 2);
    EXPECT_EQ(run.waiting, 0);
    for (const auto& row : all()) {
        EXPECT_EQ(row.status, QStringLiteral("accepted"));
        EXPECT_EQ(row.authorityCode, server.codes().at(QStringLiteral("%1-%2").arg(row.series).arg(row.number)));
    }
    // Read back, the sale shows its code (the receipt prints it and a lookup QR).
    EXPECT_FALSE(SaleReader(store.ctx()).byReceipt(QStringLiteral("Q01-000001")).einvoice->authorityCode.isEmpty());
    EXPECT_EQ(send().batches, 0); // nothing left
}

TEST_P(EInvoiceTest, ARejectedInvoiceKeepsItsReasonAndTheOthersGoThrough)
{
    for (int i = 0; i < 3; ++i)
        sell({ saleLine(QStringLiteral("NK-500")) });
    server.rejectKey(QStringLiteral("C26MAA-2"));
    const auto run = send();
    EXPECT_EQ(run.accepted, 2);
    EXPECT_EQ(run.rejected, 1);
    const auto rows = all();
    EXPECT_EQ(rows[1].status, QStringLiteral("rejected"));
    EXPECT_EQ(rows[1].rejectReason, QStringLiteral("ERR:3"));
    const auto counts = EInvoiceService(store.ctx()).counts(QDate(2026, 11, 28), QDate(2026, 11, 28));
    EXPECT_EQ(counts.accepted, 2);
    EXPECT_EQ(counts.rejected, 1);
    ASSERT_EQ(counts.rejectedItems.size(), 1u);
    EXPECT_EQ(counts.rejectedItems[0].ref.number, 2);
    // The Z report counts them too.
    const auto z = ShiftService(store.ctx()).xReport(cashier);
    ASSERT_TRUE(z.einvoices);
    EXPECT_EQ(z.einvoices->rejected, 1);
}

TEST_P(EInvoiceTest, ATimeoutLeavesThemWaitingAndALostAnswerIsNotDoubled)
{
    sell({ saleLine(QStringLiteral("NK-500")) });
    sell({ saleLine(QStringLiteral("NM-500")) });
    server.setMode(VnptTestServer::Mode::Silent);
    auto run = send();
    EXPECT_FALSE(run.error.isEmpty());
    EXPECT_EQ(run.waiting, 2);
    EXPECT_EQ(all()[0].attempts, 1);

    // The provider publishes but the answer is lost on the way back.
    server.setMode(VnptTestServer::Mode::LoseAnswer);
    run = send();
    EXPECT_FALSE(run.error.isEmpty());
    EXPECT_EQ(server.codes().size(), 2u);
    EXPECT_EQ(all()[0].status, QStringLiteral("pending"));

    // Sent again: the provider knows both keys and gives their existing codes.
    server.setMode(VnptTestServer::Mode::Normal);
    run = send();
    EXPECT_EQ(run.accepted, 2);
    EXPECT_EQ(server.codes().size(), 2u) << "nothing doubled";
    for (const auto& row : all())
        EXPECT_EQ(row.authorityCode, server.codes().at(QStringLiteral("%1-%2").arg(row.series).arg(row.number)));
}

TEST_P(EInvoiceTest, ProviderDownForADayThenBackLosesNothing)
{
    server.setMode(VnptTestServer::Mode::Down);
    for (int hour = 0; hour < 24; ++hour) {
        sell({ saleLine(QStringLiteral("NK-500")) });
        const auto run = send(false); // the app's sender: backoff respected
        EXPECT_EQ(run.accepted, 0);
        store.clock().advanceSecs(3600);
    }
    EXPECT_EQ(countRows(store.db(), QStringLiteral("sales")), 24); // selling never waited
    const auto waiting = all();
    EXPECT_EQ(waiting.size(), 24u);
    for (const auto& row : waiting)
        EXPECT_EQ(row.status, QStringLiteral("pending"));
    // Backoff never leaves an invoice more than an hour past the provider's return.
    for (const auto& row : waiting)
        EXPECT_LE(QDateTime::fromString(row.nextAttemptAt, Qt::ISODate), store.clock().now().addSecs(3600));

    server.setMode(VnptTestServer::Mode::Busy);
    EXPECT_FALSE(send().error.isEmpty());
    server.setMode(VnptTestServer::Mode::Normal);
    store.clock().advanceSecs(3600);
    const auto run = send(false);
    EXPECT_EQ(run.accepted, 24);
    EXPECT_EQ(server.codes().size(), 24u);
    EXPECT_EQ(run.waiting, 0);
}

TEST_P(EInvoiceTest, ACodeThatComesLaterIsAskedFor)
{
    sell({ saleLine(QStringLiteral("NK-500")) });
    server.setMode(VnptTestServer::Mode::CodeLater);
    auto run = send();
    EXPECT_EQ(run.sent, 1);
    EXPECT_EQ(all()[0].status, QStringLiteral("sent"));
    server.setMode(VnptTestServer::Mode::Normal);
    run = send();
    EXPECT_EQ(run.accepted, 1);
    EXPECT_EQ(server.publishCalls(), 1);
    EXPECT_EQ(server.lookupCalls(), 1);
    EXPECT_EQ(all()[0].status, QStringLiteral("accepted"));
}

TEST_P(EInvoiceTest, AWrongAccountIsRefusedAndNothingIsLost)
{
    sell({ saleLine(QStringLiteral("NK-500")) });
    server.setAccount(QStringLiteral("store"), QStringLiteral("other"));
    try {
        send();
        FAIL() << "a refused account throws";
    } catch (const Conflict& e) {
        EXPECT_EQ(e.code(), std::string(codes::einvoiceProviderRefused.id()));
    }
    EXPECT_EQ(all()[0].status, QStringLiteral("pending"));
    EXPECT_FALSE(all()[0].lastError.isEmpty());
}

TEST_P(EInvoiceTest, ExportWritesTheStoredXmlForTheAccountant)
{
    sell({ saleLine(QStringLiteral("NK-500")) });
    sell({ saleLine(QStringLiteral("NM-500")) });
    const QString dir = store.dir() + QStringLiteral("/xml");
    const auto files = EInvoiceService(store.ctx()).exportXml(QDate(2026, 11, 1), QDate(2026, 11, 30), dir);
    ASSERT_EQ(files.size(), 2u);
    EXPECT_EQ(files[0], QStringLiteral("C26MAA-00000001.xml"));
    QFile f(QDir(dir).filePath(files[1]));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), all()[1].xml.toUtf8());
    EXPECT_TRUE(EInvoiceService(store.ctx()).exportXml(QDate(2026, 12, 1), QDate(2026, 12, 31), dir).empty());
}

TEST_P(EInvoiceTest, OffMeansNoInvoiceAndUnchangedJournal)
{
    SettingsService(store.ctx()).set(store.admin(), QStringLiteral("einvoice_enabled"), QStringLiteral("0"));
    const auto s = sell({ saleLine(QStringLiteral("NK-500")) });
    EXPECT_FALSE(s.einvoice);
    EXPECT_EQ(countRows(store.db(), QStringLiteral("einvoices")), 0);
    EXPECT_FALSE(canonicalSale(s).contains("einvoice"));
}

TEST_P(EInvoiceTest, MissingSettingsRefuseTheSaleWithTheSettingNamed)
{
    SettingsService(store.ctx()).set(store.admin(), QStringLiteral("einvoice_series"), QString());
    try {
        sell({ saleLine(QStringLiteral("NK-500")) });
        FAIL();
    } catch (const Conflict& e) {
        EXPECT_EQ(e.code(), std::string(codes::einvoiceNotConfigured.id()));
        EXPECT_EQ(e.arg("setting"), "einvoice_series");
    }
    EXPECT_EQ(countRows(store.db(), QStringLiteral("sales")), 0);
}

TEST_P(EInvoiceTest, AnXmlRewrittenBehindTheTriggersBackBreaksTheJournalCheck)
{
    const auto s = sell({ saleLine(QStringLiteral("NM-500")) });
    QSqlQuery drop(store.db().connection()); // DDL: not a prepared statement on PostgreSQL
    ASSERT_TRUE(drop.exec(testingOnPostgres() ? QStringLiteral("DROP TRIGGER einvoices_no_rewrite ON einvoices")
                                              : QStringLiteral("DROP TRIGGER einvoices_no_rewrite")));
    // Even with its stored hash rewritten to match, the journal entry holds the original's.
    const QString forged
        = all().front().xml.replace(QStringLiteral("<SLuong>1</SLuong>"), QStringLiteral("<SLuong>2</SLuong>"));
    db::Query upd(store.db(), QStringLiteral("UPDATE einvoices SET xml = :xml, xml_sha256 = :sha"));
    upd.bind(QStringLiteral(":xml"), forged)
        .bind(QStringLiteral(":sha"), EInvoiceService::sha256Hex(forged.toUtf8()))
        .exec();
    const auto report = IntegrityService(store.ctx()).check(store.admin());
    EXPECT_FALSE(report.ok);
    ASSERT_TRUE(report.firstBad);
    EXPECT_EQ(report.firstBad->ref, s.receiptNo);
}
