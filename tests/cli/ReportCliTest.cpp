// `report sales|stock|best|movements` and `settle` through the real binary: the
// JSON of cli.md to the letter, CSV for spreadsheets, exit codes, and the scope
// of a cooperative user through every command that reads data.
#include "../services/ReportFixture.h"

#include "core/Csv.h"
#include "core/VietQr.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

using namespace ocopos;
using namespace ocopos::test;

namespace {

const QStringList kGroupings{QStringLiteral("day"), QStringLiteral("product"), QStringLiteral("category"),
                             QStringLiteral("vat"), QStringLiteral("payment"), QStringLiteral("cashier"),
                             QStringLiteral("producer"), QStringLiteral("owner")};
const QStringList kKeys{QStringLiteral("day"), QStringLiteral("sku"), QStringLiteral("category"), QStringLiteral("vat_rate"),
                        QStringLiteral("method"), QStringLiteral("cashier"), QStringLiteral("producer"), QStringLiteral("owner")};
const QStringList kPeriod{QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                          QStringLiteral("2026-11-03")};

class ReportCli : public ReportFixture {
protected:
    void SetUp() override
    {
        ReportFixture::SetUp();
        makeHistory();
        env.insert(QStringLiteral("OCOPOS_DB"), store.path());
        env.insert(QStringLiteral("OCOPOS_NOW"), QStringLiteral("2026-11-04T09:00:00+07:00"));
    }

    CliResult as(const QString& user, const QString& pin, const QStringList& args, bool json = true)
    {
        QStringList all;
        if (json)
            all << QStringLiteral("--json");
        all << QStringLiteral("--user") << user;
        QProcessEnvironment withPin = env;
        withPin.insert(QStringLiteral("OCOPOS_PIN"), pin);
        return runCli(all + args, withPin);
    }
    CliResult mgr(const QStringList& args, bool json = true) { return as(QStringLiteral("ql"), QStringLiteral("2222"), args, json); }
    CliResult coop(const QStringList& args) { return as(QStringLiteral("htxa"), QStringLiteral("4444"), args); }

    static QJsonObject json(const CliResult& r) { return QJsonDocument::fromJson(r.out).object(); }
    static QString errorCode(const CliResult& r)
    {
        return json(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
    static QStringList sales(const QString& by) { return QStringList{QStringLiteral("report"), QStringLiteral("sales")} + kPeriod + QStringList{QStringLiteral("--by"), by}; }

    QProcessEnvironment env;
};

} // namespace

TEST_F(ReportCli, SalesJsonHasTheContractShapeForEveryGrouping)
{
    for (int i = 0; i < kGroupings.size(); ++i) {
        SCOPED_TRACE(kGroupings[i].toStdString());
        const auto r = mgr(sales(kGroupings[i]));
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const auto o = json(r);
        EXPECT_EQ(o.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-01"));
        EXPECT_EQ(o.value(QStringLiteral("to")).toString(), QStringLiteral("2026-11-03"));
        EXPECT_EQ(o.value(QStringLiteral("by")).toString(), kGroupings[i]);
        const auto rows = o.value(QStringLiteral("rows")).toArray();
        ASSERT_FALSE(rows.isEmpty());
        for (const auto& v : rows) {
            const auto row = v.toObject();
            EXPECT_TRUE(row.contains(kKeys[i])) << kKeys[i].toStdString();
            for (const char* k : {"gross", "discount", "net", "vat", "returns", "commission", "payout", "sales"})
                EXPECT_TRUE(row.value(QLatin1String(k)).isDouble()) << k;
            EXPECT_EQ(row.contains(QStringLiteral("qty")), kGroupings[i] == QLatin1String("product"));
        }
        const auto t = o.value(QStringLiteral("totals")).toObject();
        EXPECT_EQ(t.value(QStringLiteral("net")).toInteger(), 1547705);
        EXPECT_EQ(t.value(QStringLiteral("returns")).toInteger(), 140920);
        EXPECT_EQ(t.value(QStringLiteral("sales")).toInteger(), 4);
    }
    const auto product = json(mgr(sales(QStringLiteral("product")))).value(QStringLiteral("rows")).toArray();
    EXPECT_EQ(product[0].toObject().value(QStringLiteral("sku")).toString(), QStringLiteral("CM-KG"));
    EXPECT_EQ(product[0].toObject().value(QStringLiteral("qty")).toString(), QStringLiteral("0.350"));
    EXPECT_EQ(product[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Chả mực Hạ Long"));
}

TEST_F(ReportCli, CsvIsUtf8WithBomAndAgreesWithJson)
{
    const QString out = QDir(store.dir()).filePath(QStringLiteral("owners.csv"));
    const auto r = mgr(sales(QStringLiteral("owner")) + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                                                     QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(json(r).value(QStringLiteral("rows")).toInt(), 3);
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains("owner,name,gross,discount,returns,net,vat,commission,payout,sales\r\n"));
    const auto table = core::parseCsv(bytes, {QStringLiteral("owner"), QStringLiteral("name"), QStringLiteral("gross"),
                                              QStringLiteral("discount"), QStringLiteral("returns"), QStringLiteral("net"),
                                              QStringLiteral("vat"), QStringLiteral("commission"), QStringLiteral("payout"),
                                              QStringLiteral("sales")},
                                      {});
    ASSERT_EQ(table.rows.size(), 3u);
    EXPECT_EQ(*table.rows[1].get(QStringLiteral("owner")), QStringLiteral("HTX-A"));
    EXPECT_EQ(*table.rows[1].get(QStringLiteral("name")), QStringLiteral("HTX Nước mắm Cái Rồng"));
    EXPECT_EQ(*table.rows[1].get(QStringLiteral("net")), QStringLiteral("622705"));
    // Without --out and without --json the CSV goes to standard output.
    const auto plain = mgr(sales(QStringLiteral("product")) + QStringList{QStringLiteral("--format"), QStringLiteral("csv")}, false);
    ASSERT_EQ(plain.exitCode, 0);
    EXPECT_TRUE(plain.out.startsWith("\xEF\xBB\xBF" "sku,name,qty,"));
}

TEST_F(ReportCli, CsvOpensInLibreOfficeWithVietnameseIntact)
{
    const QString office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (office.isEmpty())
        GTEST_SKIP() << "libreoffice is not installed (apt-get install libreoffice-calc-nogui)";
    const QDir dir(store.dir());
    const QString csv = dir.filePath(QStringLiteral("producers.csv"));
    ASSERT_EQ(mgr(sales(QStringLiteral("producer")) + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                                                   QStringLiteral("--out"), csv}).exitCode, 0);
    // Import it as UTF-8 (headless LibreOffice takes a CSV without import options
    // in the system's legacy charset, BOM or not; its Text Import dialog and
    // Excel go by the BOM) and write the sheet back out as text: the BOM must not
    // leak into the first cell, Vietnamese must survive, numbers stay plain.
    const auto convert = [&](const QString& file, const QString& to, const QString& outDir) {
        QProcess p;
        p.setWorkingDirectory(dir.path());
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), dir.path());  // a profile of its own
        e.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        p.setProcessEnvironment(e);
        p.start(office, {QStringLiteral("--headless"), QStringLiteral("--infilter=CSV:44,34,76"), QStringLiteral("--convert-to"),
                         to, QStringLiteral("--outdir"), outDir, file});
        p.waitForFinished(180000);
        return p.exitCode();
    };
    dir.mkpath(QStringLiteral("back"));
    // One launch (LibreOffice starts slowly): import into Calc, export as UTF-8 text.
    ASSERT_EQ(convert(csv, QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76"), dir.filePath(QStringLiteral("back"))), 0);
    QFile back(dir.filePath(QStringLiteral("back/producers.csv")));
    ASSERT_TRUE(back.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(back.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Hộ Nguyễn Văn Hải"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("HTX Trà hoa vàng Ba Chẽ"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("505785"))) << text.toStdString();  // numbers stay numbers, no grouping
    EXPECT_TRUE(text.startsWith(QStringLiteral("producer,name,"))) << text.left(40).toStdString();
}

TEST_F(ReportCli, ArgumentErrorsHaveTheirExitCodes)
{
    EXPECT_EQ(mgr(sales(QStringLiteral("week"))).exitCode, 2);
    EXPECT_EQ(errorCode(mgr(sales(QStringLiteral("week")))), QStringLiteral("usage"));
    const auto pdf = mgr(sales(QStringLiteral("day")) + QStringList{QStringLiteral("--format"), QStringLiteral("pdf")});
    EXPECT_EQ(pdf.exitCode, 2);
    EXPECT_TRUE(pdf.err.contains("--out")) << "a PDF needs --out FILE: " << pdf.err.toStdString();
    EXPECT_EQ(mgr(sales(QStringLiteral("day")) + QStringList{QStringLiteral("--format"), QStringLiteral("csv")}).exitCode, 2);
    EXPECT_EQ(mgr({QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--by"), QStringLiteral("day")}).exitCode, 2);
    EXPECT_EQ(mgr({QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--from"), QStringLiteral("2026-13-01"),
                   QStringLiteral("--to"), QStringLiteral("2026-11-03"), QStringLiteral("--by"), QStringLiteral("day")}).exitCode, 3);
    EXPECT_EQ(mgr({QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--from"), QStringLiteral("2026-11-03"),
                   QStringLiteral("--to"), QStringLiteral("2026-11-01"), QStringLiteral("--by"), QStringLiteral("day")}).exitCode, 3);
    EXPECT_EQ(as(QStringLiteral("thu"), QStringLiteral("1111"), sales(QStringLiteral("day"))).exitCode, 6);
    EXPECT_EQ(runCli(QStringList{QStringLiteral("--json")} + sales(QStringLiteral("day")), env).exitCode, 6);
    EXPECT_EQ(mgr(sales(QStringLiteral("day")) + QStringList{QStringLiteral("extra")}).exitCode, 2);
}

TEST_F(ReportCli, TableOutputEndsWithTotals)
{
    const auto r = mgr(sales(QStringLiteral("vat")), false);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = QString::fromUtf8(r.out);
    EXPECT_TRUE(text.contains(QStringLiteral("KCT")));
    EXPECT_TRUE(text.contains(QStringLiteral("TOTAL")));
    EXPECT_TRUE(text.contains(QStringLiteral("1.547.705")));
}

TEST_F(ReportCli, SettleJsonHasTheContractShapeAndFinalizesOnce)
{
    const QStringList settle = QStringList{QStringLiteral("settle"), QStringLiteral("--producer"), QStringLiteral("HTX-A")} + kPeriod;
    const auto r = mgr(settle);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto o = json(r);
    for (const char* k : {"producer", "from", "to", "lines", "households", "net", "returns", "commission", "payout",
                          "finalized", "vietqr"})
        EXPECT_TRUE(o.contains(QLatin1String(k))) << k;
    EXPECT_EQ(o.value(QStringLiteral("producer")).toString(), QStringLiteral("HTX-A"));
    EXPECT_FALSE(o.value(QStringLiteral("finalized")).toBool());
    EXPECT_EQ(o.value(QStringLiteral("payout")).toInteger(), 490875);
    const auto line = o.value(QStringLiteral("lines")).toArray()[1].toObject();
    for (const char* k : {"sku", "qty", "net", "returns", "commission", "payout"})
        EXPECT_TRUE(line.contains(QLatin1String(k))) << k;
    EXPECT_EQ(line.value(QStringLiteral("qty")).toString(), QStringLiteral("4"));
    const auto hh = o.value(QStringLiteral("households")).toArray()[0].toObject();
    EXPECT_EQ(hh.value(QStringLiteral("producer")).toString(), QStringLiteral("HO-A1"));
    EXPECT_EQ(hh.value(QStringLiteral("net")).toInteger(), 116920);
    EXPECT_EQ(core::parseVietQr(o.value(QStringLiteral("vietqr")).toString().toStdString()).amount->dong(), 490875);
    // No account: null VietQR and a note saying why.
    const auto b = json(mgr(QStringList{QStringLiteral("settle"), QStringLiteral("--producer"), QStringLiteral("HTX-B")} + kPeriod));
    EXPECT_TRUE(b.value(QStringLiteral("vietqr")).isNull());
    EXPECT_TRUE(b.value(QStringLiteral("vietqr_note")).toString().contains(QStringLiteral("no bank account")));

    const auto fin = mgr(settle + QStringList{QStringLiteral("--finalize")});
    ASSERT_EQ(fin.exitCode, 0) << fin.err.toStdString();
    const auto f = json(fin);
    EXPECT_TRUE(f.value(QStringLiteral("finalized")).toBool());
    const qint64 id = f.value(QStringLiteral("settlement_id")).toInteger();
    const auto twice = mgr(settle + QStringList{QStringLiteral("--finalize")});
    EXPECT_EQ(twice.exitCode, 5);
    EXPECT_EQ(errorCode(twice), QStringLiteral("conflict"));
    const auto list = json(mgr({QStringLiteral("settle"), QStringLiteral("--list")})).value(QStringLiteral("settlements")).toArray();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].toObject().value(QStringLiteral("id")).toInteger(), id);
    const auto reprint = json(mgr({QStringLiteral("settle"), QStringLiteral("--id"), QString::number(id)}));
    EXPECT_EQ(reprint.value(QStringLiteral("lines")), f.value(QStringLiteral("lines")));
    EXPECT_EQ(reprint.value(QStringLiteral("vietqr")), f.value(QStringLiteral("vietqr")));
    EXPECT_EQ(mgr({QStringLiteral("settle"), QStringLiteral("--id"), QStringLiteral("99")}).exitCode, 4);
    // Not over yet: today is 2026-11-04.
    EXPECT_EQ(mgr({QStringLiteral("settle"), QStringLiteral("--producer"), QStringLiteral("HTX-B"), QStringLiteral("--from"),
                   QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"), QStringLiteral("--finalize")})
                  .exitCode,
              5);
}

TEST_F(ReportCli, StockReportShowsBothValues)
{
    const auto r = mgr({QStringLiteral("report"), QStringLiteral("stock")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto o = json(r);
    EXPECT_EQ(o.value(QStringLiteral("totals")).toObject().value(QStringLiteral("purchased_at_cost")).toInteger(), 550000);
    bool seen = false;
    for (const auto& v : o.value(QStringLiteral("products")).toArray()) {
        const auto p = v.toObject();
        if (p.value(QStringLiteral("sku")).toString() == QLatin1String("NK-500")) {
            seen = true;
            EXPECT_EQ(p.value(QStringLiteral("on_hand")).toString(), QStringLiteral("100"));
            EXPECT_EQ(p.value(QStringLiteral("cost_value")).toInteger(), 550000);
            EXPECT_EQ(p.value(QStringLiteral("retail_value")).toInteger(), 800000);
        }
    }
    EXPECT_TRUE(seen);
}

TEST_F(ReportCli, CooperativeIsScopedInEveryCommandThatReadsData)
{
    // report sales, every grouping: only HTX-A's lines.
    for (const auto& by : kGroupings) {
        SCOPED_TRACE(by.toStdString());
        const auto r = coop(sales(by));
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const auto o = json(r);
        EXPECT_EQ(o.value(QStringLiteral("scope")).toString(), QStringLiteral("HTX-A"));
        EXPECT_EQ(o.value(QStringLiteral("totals")).toObject().value(QStringLiteral("net")).toInteger(), 622705);
        const QByteArray rows = QJsonDocument(o.value(QStringLiteral("rows")).toArray()).toJson();
        for (const char* other : {"HTX-B", "DN-C", "HO-B1", "TRA-50", "NK-500", "GA-KG"})
            EXPECT_FALSE(rows.contains(QByteArray("\"") + other + "\"")) << other;
    }
    // report stock, best sellers, movements.
    const auto stock = json(coop({QStringLiteral("report"), QStringLiteral("stock")})).value(QStringLiteral("products")).toArray();
    ASSERT_EQ(stock.size(), 2);
    for (const auto& v : stock)
        EXPECT_EQ(v.toObject().value(QStringLiteral("owner")).toString(), QStringLiteral("HTX-A"));
    const auto best = json(coop(QStringList{QStringLiteral("report"), QStringLiteral("best")} + kPeriod));
    EXPECT_EQ(best.value(QStringLiteral("rows")).toArray().size(), 2);
    EXPECT_EQ(coop({QStringLiteral("report"), QStringLiteral("movements"), QStringLiteral("--product"), QStringLiteral("NM-500")})
                  .exitCode,
              0);
    EXPECT_EQ(coop({QStringLiteral("report"), QStringLiteral("movements"), QStringLiteral("--product"), QStringLiteral("TRA-50")})
                  .exitCode,
              6);
    // settle: its own only, never finalize.
    EXPECT_EQ(coop(QStringList{QStringLiteral("settle"), QStringLiteral("--producer"), QStringLiteral("HTX-A")} + kPeriod).exitCode, 0);
    const auto other = coop(QStringList{QStringLiteral("settle"), QStringLiteral("--producer"), QStringLiteral("HTX-B")} + kPeriod);
    EXPECT_EQ(other.exitCode, 6);
    EXPECT_EQ(errorCode(other), QStringLiteral("auth"));
    EXPECT_EQ(coop(QStringList{QStringLiteral("settle"), QStringLiteral("--producer"), QStringLiteral("HTX-A"),
                               QStringLiteral("--finalize")} + kPeriod)
                  .exitCode,
              6);
    ASSERT_EQ(mgr(QStringList{QStringLiteral("settle"), QStringLiteral("--producer"), QStringLiteral("HTX-B"),
                              QStringLiteral("--finalize")} + kPeriod)
                  .exitCode,
              0);
    EXPECT_TRUE(json(coop({QStringLiteral("settle"), QStringLiteral("--list")})).value(QStringLiteral("settlements")).toArray().isEmpty());
    EXPECT_EQ(coop({QStringLiteral("settle"), QStringLiteral("--list"), QStringLiteral("--producer"), QStringLiteral("HTX-B")}).exitCode, 6);
    EXPECT_EQ(coop({QStringLiteral("settle"), QStringLiteral("--id"), QStringLiteral("1")}).exitCode, 6);
    // product list and show (CatalogLookup): its own products only.
    const auto products = json(coop({QStringLiteral("product"), QStringLiteral("list")})).value(QStringLiteral("products")).toArray();
    ASSERT_EQ(products.size(), 2);
    for (const auto& v : products)
        EXPECT_EQ(v.toObject().value(QStringLiteral("owner_code")).toString(), QStringLiteral("HTX-A"));
    EXPECT_EQ(coop({QStringLiteral("product"), QStringLiteral("list"), QStringLiteral("--producer"), QStringLiteral("HTX-B")}).exitCode, 6);
    EXPECT_EQ(coop({QStringLiteral("product"), QStringLiteral("show"), QStringLiteral("NM-500")}).exitCode, 0);
    EXPECT_EQ(coop({QStringLiteral("product"), QStringLiteral("show"), QStringLiteral("TRA-50")}).exitCode, 6);
}
