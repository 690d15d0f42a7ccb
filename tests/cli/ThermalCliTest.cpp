// ocopos-cli and a thermal printer (issue 16), through the real binary and a
// fake network printer on 127.0.0.1: the receipt's raster read back from the
// ESC/POS bytes, the drawer kick only with cash or an explicit "drawer open",
// and a printer failure that never costs the sale.
#include "EscPosDecoder.h"
#include "FakePrinter.h"
#include "SaleFixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace ocopos;
using namespace ocopos::test;

namespace {

class ThermalCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        store.loadSmallCatalog();
        store.addUser(QStringLiteral("thu"), core::Role::Cashier, QString(), QStringLiteral("1111"));
        store.addUser(QStringLiteral("ql"), core::Role::Manager, QString(), QStringLiteral("2222"));
        store.addUser(QStringLiteral("htxa"), core::Role::Cooperative, QStringLiteral("HTX-A"), QStringLiteral("3333"));
        store.db().execute(QStringLiteral("INSERT INTO settings (key, value) VALUES ('bank_bin', '970436'), "
                                          "('bank_account', '1023456789'), ('store_name', 'Cửa hàng OCOP Hạ Long')"));
        addLot(store, QStringLiteral("NM-500"), QStringLiteral("CR2606B"), QStringLiteral("HO-A1"),
            QStringLiteral("10"), QDate(2027, 5, 1));
        addLot(store, QStringLiteral("CM-KG"), QStringLiteral("C1"), QStringLiteral("HO-A2"), QStringLiteral("2.000"),
            QDate(2026, 12, 30));
        env.insert(QStringLiteral("OCOPOS_DB"), store.path());
        env.insert(QStringLiteral("OCOPOS_NOW"), QStringLiteral("2026-11-28T10:15:00+07:00"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), store.dir() + QStringLiteral("/xdg"));
        ASSERT_EQ(cli({ QStringLiteral("shift"), QStringLiteral("open"), QStringLiteral("--float"),
                          QStringLiteral("500000") })
                      .exitCode,
            0);
    }

    CliResult cli(const QStringList& args, const QByteArray& input = QByteArray(),
        const QString& user = QStringLiteral("thu"), const QString& pin = QStringLiteral("1111"))
    {
        QProcessEnvironment withPin = env;
        withPin.insert(QStringLiteral("OCOPOS_PIN"), pin);
        return runCli(QStringList { QStringLiteral("--json"), QStringLiteral("--user"), user } + args, withPin, input);
    }
    CliResult manager(const QStringList& args) { return cli(args, {}, QStringLiteral("ql"), QStringLiteral("2222")); }
    static QJsonObject json(const CliResult& r) { return QJsonDocument::fromJson(r.out).object(); }
    static QJsonObject error(const CliResult& r) { return json(r).value(QStringLiteral("error")).toObject(); }
    std::int64_t count(const QString& sql)
    {
        db::Query q(store.db(), sql);
        return q.scalar()->toLongLong();
    }
    QString uri() const { return QString::fromUtf8(printer.uri()); }
    /// The jobs the printer got that printed something.
    std::vector<EscPosPrint> prints() const
    {
        std::vector<EscPosPrint> out;
        for (const auto& bytes : printer.jobs()) {
            auto p = decodeEscPos(bytes);
            EXPECT_TRUE(p.ok()) << p.error;
            if (p.image.height() > 0 || p.kicks > 0)
                out.push_back(std::move(p));
        }
        return out;
    }

    TempStore store;
    QProcessEnvironment env;
    FakePrinter printer;
};

const QByteArray kCashAndQr = R"({"lines": [
   {"code": "NM-500", "qty": "2"},
   {"code": "CM-KG", "qty": "0.350"}],
 "payments": [{"method": "bank_qr", "amount": 200000}, {"method": "cash", "amount": 500000}]})";
const QByteArray kCard = R"({"lines": [{"code": "NM-500"}], "payments": [{"method": "card", "amount": 120000}]})";

} // namespace

TEST_F(ThermalCli, ACashSalePrintsItsReceiptAndKicksTheDrawer)
{
    const auto r = cli({ QStringLiteral("sell"), QStringLiteral("--printer"), uri() }, kCashAndQr);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = json(r);
    EXPECT_TRUE(o.value(QStringLiteral("print")).toObject().value(QStringLiteral("printed")).toBool());
    ASSERT_TRUE(printer.waitForJobs(1));
    const auto p = prints();
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].image.width(), 576);
    EXPECT_EQ(p[0].cuts, 1);
    EXPECT_EQ(p[0].kicks, 1) << "paid partly in cash";
    EXPECT_EQ(decodeBarcodes(p[0].image, "QRCode"),
        std::vector<std::string> { o.value(QStringLiteral("vietqr")).toString().toStdString() });
    EXPECT_EQ(decodeBarcodes(p[0].image, "Code128"),
        std::vector<std::string> { o.value(QStringLiteral("receipt_no")).toString().toStdString() });
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM print_jobs WHERE printed_at IS NOT NULL")), 1);
}

TEST_F(ThermalCli, NoCashNoKickAndA58mmRoll)
{
    ASSERT_EQ(manager({ QStringLiteral("printer"), QStringLiteral("set"), QStringLiteral("--uri"), uri(),
                          QStringLiteral("--width"), QStringLiteral("58") })
                  .exitCode,
        0);
    const auto r = cli({ QStringLiteral("sell"), QStringLiteral("--printer"), uri() }, kCard);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ASSERT_TRUE(printer.waitForJobs(1));
    const auto p = prints();
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].image.width(), 384);
    EXPECT_EQ(p[0].kicks, 0);
    EXPECT_EQ(p[0].cuts, 1);
    // A reprint never kicks either.
    printer.clear();
    const auto again = cli({ QStringLiteral("receipt"), json(r).value(QStringLiteral("receipt_no")).toString(),
        QStringLiteral("--printer"), uri() });
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    ASSERT_TRUE(printer.waitForJobs(1));
    EXPECT_EQ(prints().at(0).kicks, 0);
}

TEST_F(ThermalCli, AnOfflinePrinterKeepsTheSaleAndRetryPrintsOnce)
{
    printer.setMode(FakePrinter::Mode::Offline);
    const auto r = cli({ QStringLiteral("sell"), QStringLiteral("--printer"), uri() }, kCashAndQr);
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_EQ(error(r).value(QStringLiteral("reason")).toString(), QStringLiteral("printer.offline"));
    EXPECT_TRUE(r.err.contains("Q01-000001 was recorded")) << r.err.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM sales")), 1) << "the sale stays";
    EXPECT_TRUE(prints().empty()) << "nothing printed, no kick";

    const auto queue = json(cli({ QStringLiteral("print"), QStringLiteral("queue") }));
    const QJsonArray jobs = queue.value(QStringLiteral("unprinted")).toArray();
    ASSERT_EQ(jobs.size(), 1);
    const QJsonObject job = jobs[0].toObject();
    EXPECT_EQ(job.value(QStringLiteral("ref")).toString(), QStringLiteral("Q01-000001"));
    EXPECT_EQ(job.value(QStringLiteral("reason")).toString(), QStringLiteral("printer.offline"));
    EXPECT_TRUE(job.value(QStringLiteral("kick")).toBool());
    const QString id = QString::number(job.value(QStringLiteral("job")).toInteger());

    printer.setMode(FakePrinter::Mode::Ready);
    printer.clear();
    const auto retry
        = cli({ QStringLiteral("print"), QStringLiteral("retry"), id, QStringLiteral("--printer"), uri() });
    ASSERT_EQ(retry.exitCode, 0) << retry.err.toStdString();
    ASSERT_TRUE(printer.waitForJobs(1));
    ASSERT_EQ(prints().size(), 1u);
    EXPECT_EQ(prints()[0].kicks, 1) << "the cash sale's kick comes with its receipt";
    // Once printed, a second retry is refused and nothing more prints.
    const auto twice
        = cli({ QStringLiteral("print"), QStringLiteral("retry"), id, QStringLiteral("--printer"), uri() });
    EXPECT_EQ(twice.exitCode, 5);
    EXPECT_EQ(error(twice).value(QStringLiteral("reason")).toString(), QStringLiteral("print.already_printed"));
    EXPECT_EQ(prints().size(), 1u);
    EXPECT_TRUE(json(cli({ QStringLiteral("print"), QStringLiteral("queue") }))
                    .value(QStringLiteral("unprinted"))
                    .toArray()
                    .isEmpty());
}

TEST_F(ThermalCli, PaperOutRefusedAndClosedMidJobAreToldAndTheSalesStay)
{
    printer.setMode(FakePrinter::Mode::PaperOut);
    auto r = cli({ QStringLiteral("sell"), QStringLiteral("--printer"), uri() }, kCard);
    EXPECT_EQ(error(r).value(QStringLiteral("reason")).toString(), QStringLiteral("printer.paper_out"))
        << r.out.toStdString();
    printer.setMode(FakePrinter::Mode::CloseMidJob, 3000);
    r = cli({ QStringLiteral("sell"), QStringLiteral("--printer"), uri() }, kCard);
    EXPECT_EQ(error(r).value(QStringLiteral("reason")).toString(), QStringLiteral("printer.closed"))
        << r.out.toStdString();
    FakePrinter off;
    off.refuse();
    r = cli({ QStringLiteral("sell"), QStringLiteral("--printer"), QString::fromUtf8(off.uri()) }, kCard);
    EXPECT_EQ(error(r).value(QStringLiteral("reason")).toString(), QStringLiteral("printer.refused"))
        << r.out.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM sales")), 3);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM print_jobs WHERE printed_at IS NULL")), 3);

    // All three print, in order, once the printer is back.
    printer.setMode(FakePrinter::Mode::Ready);
    printer.clear();
    r = cli({ QStringLiteral("print"), QStringLiteral("retry"), QStringLiteral("--printer"), uri() });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(json(r).value(QStringLiteral("printed")).toArray().size(), 3);
    ASSERT_TRUE(printer.waitForJobs(3));
    const auto p = prints();
    ASSERT_EQ(p.size(), 3u);
    EXPECT_EQ(decodeBarcodes(p[0].image, "Code128"), std::vector<std::string> { "Q01-000001" });
    EXPECT_EQ(decodeBarcodes(p[2].image, "Code128"), std::vector<std::string> { "Q01-000003" });
}

TEST_F(ThermalCli, ABadPrinterAddressRefusesTheSaleBeforeItIsMade)
{
    const auto r = cli({ QStringLiteral("sell"), QStringLiteral("--printer"), QStringLiteral("lpt1") }, kCard);
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM sales")), 0);
}

TEST_F(ThermalCli, TheDrawerOpensOnlyWithAReasonAndIsAudited)
{
    ASSERT_EQ(
        manager({ QStringLiteral("printer"), QStringLiteral("set"), QStringLiteral("--uri"), uri() }).exitCode, 0);
    EXPECT_EQ(cli({ QStringLiteral("drawer"), QStringLiteral("open") }).exitCode, 2) << "--reason is required";
    EXPECT_EQ(
        cli({ QStringLiteral("drawer"), QStringLiteral("open"), QStringLiteral("--reason"), QStringLiteral("  ") })
            .exitCode,
        3);
    EXPECT_EQ(cli({ QStringLiteral("drawer"), QStringLiteral("open"), QStringLiteral("--reason"), QStringLiteral("x") },
                  {}, QStringLiteral("htxa"), QStringLiteral("3333"))
                  .exitCode,
        6);
    EXPECT_TRUE(prints().empty());
    const auto r = cli({ QStringLiteral("drawer"), QStringLiteral("open"), QStringLiteral("--reason"),
        QStringLiteral("Đổi tiền lẻ") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ASSERT_TRUE(printer.waitForJobs(1));
    const auto p = prints();
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].kicks, 1);
    EXPECT_EQ(p[0].cuts, 0);
    EXPECT_EQ(p[0].image.height(), 0);
    db::Query q(store.db(), QStringLiteral("SELECT username, detail FROM audit_log WHERE action = 'drawer_open'"));
    q.exec();
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("thu"));
    EXPECT_TRUE(q.value(1).toString().contains(QStringLiteral("Đổi tiền lẻ")));
}

TEST_F(ThermalCli, TheTestPageGoesToADeviceFile)
{
    const QString file = store.dir() + QStringLiteral("/lp0");
    ASSERT_EQ(manager({ QStringLiteral("printer"), QStringLiteral("set"), QStringLiteral("--uri"),
                          QStringLiteral("file:") + file })
                  .exitCode,
        0);
    const auto shown = json(cli({ QStringLiteral("printer"), QStringLiteral("show") }));
    EXPECT_EQ(shown.value(QStringLiteral("uri")).toString(), QStringLiteral("file:") + file);
    EXPECT_EQ(shown.value(QStringLiteral("width_mm")).toInt(), 80);
    EXPECT_EQ(
        cli({ QStringLiteral("printer"), QStringLiteral("set"), QStringLiteral("--uri"), QStringLiteral("file:/x") })
            .exitCode,
        6)
        << "a cashier does not set printers";
    const auto r = cli({ QStringLiteral("printer"), QStringLiteral("test") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const auto p = decodeEscPos(f.readAll());
    ASSERT_TRUE(p.ok()) << p.error;
    EXPECT_EQ(p.image.width(), 576);
    EXPECT_EQ(p.kicks, 0);
    EXPECT_EQ(p.cuts, 1);
    EXPECT_EQ(decodeBarcodes(p.image, "QRCode"), std::vector<std::string> { ("file:" + file).toStdString() });
}
