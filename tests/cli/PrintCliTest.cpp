// The PDF options of ocopos-cli through the real binary: each document is
// written only after its operation succeeded, atomically, and poppler's tools
// find in it the names, amounts and numbers of the real data.
#include "SaleFixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ocopos;
using namespace ocopos::test;

namespace {

QString tool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    EXPECT_TRUE(p.waitForFinished(60000)) << program.toStdString();
    EXPECT_EQ(p.exitCode(), 0) << program.toStdString() << ": " << p.readAllStandardError().toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}
/// pdftotext without -layout: words in reading order, one line per text line.
/// Amounts are printed "45.000\u00A0₫" (a no-break space keeps ₫ with its
/// number); the checks below write them with a plain space.
QString pdfText(const QString& file)
{
    return tool(QStringLiteral("pdftotext"), {file, QStringLiteral("-")}).replace(QChar(0x00A0), QLatin1Char(' '));
}
/// The amount as the documents print it, with a plain space.
QString vnd(std::int64_t dong) { return QString::fromStdString(core::formatVnd(core::Money(dong))).replace(QChar(0x00A0), QLatin1Char(' ')); }
/// Page size of page 1 in points, from pdfinfo ("Page size: 226.77 x 651.2 pts").
std::pair<double, double> pageSize(const QString& file)
{
    const QString info = tool(QStringLiteral("pdfinfo"), {file});
    const auto m = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts")).match(info);
    EXPECT_TRUE(m.hasMatch()) << info.toStdString();
    return {m.captured(1).toDouble(), m.captured(2).toDouble()};
}
int pageCount(const QString& file)
{
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(tool(QStringLiteral("pdfinfo"), {file}));
    return m.captured(1).toInt();
}
/// What zbarimg decodes on page 1 rendered at 200 dpi ("QR-Code:…", "EAN-13:…"), one per line.
QStringList decoded(const QString& file)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("p"));
    tool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-f"),
                                      QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), file, png});
    QProcess p;
    p.start(QStringLiteral("zbarimg"), {QStringLiteral("-q"), png + QStringLiteral(".png")});
    EXPECT_TRUE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
bool isA4(const QString& file)
{
    const auto [w, h] = pageSize(file);
    return (std::abs(w - 595.28) < 1 && std::abs(h - 841.89) < 1) || (std::abs(w - 841.89) < 1 && std::abs(h - 595.28) < 1);
}

class PrintCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        store.loadSmallCatalog();
        store.addUser(QStringLiteral("thu"), core::Role::Cashier, QString(), QStringLiteral("1111"));
        store.addUser(QStringLiteral("ql"), core::Role::Manager, QString(), QStringLiteral("2222"));
        store.addUser(QStringLiteral("htxa"), core::Role::Cooperative, QStringLiteral("HTX-A"), QStringLiteral("3333"));
        store.db().execute(QStringLiteral("UPDATE users SET display_name = 'Nguyễn Thu Ngân' WHERE username = 'thu'"));
        store.db().execute(QStringLiteral("INSERT INTO settings (key, value) VALUES ('bank_bin', '970436'), "
                                          "('bank_account', '1023456789'), ('store_name', 'Cửa hàng OCOP Hạ Long'), "
                                          "('store_address', '12 Bến Đoan, Hồng Gai, Hạ Long')"));
        addLot(store, QStringLiteral("NM-500"), QStringLiteral("CR2606B"), QStringLiteral("HO-A1"), QStringLiteral("10"), QDate(2027, 5, 1));
        addLot(store, QStringLiteral("CM-KG"), QStringLiteral("C1"), QStringLiteral("HO-A2"), QStringLiteral("2.000"), QDate(2026, 12, 30));
        addLot(store, QStringLiteral("TRA-50"), QStringLiteral("T1"), QStringLiteral("HO-B1"), QStringLiteral("5"), QDate(2027, 12, 30));
        env.insert(QStringLiteral("OCOPOS_DB"), store.path());
        env.insert(QStringLiteral("OCOPOS_NOW"), QStringLiteral("2026-11-28T10:15:00+07:00"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), store.dir() + QStringLiteral("/xdg"));
    }

    CliResult cli(const QStringList& args, const QByteArray& input = QByteArray(), const QString& user = QStringLiteral("thu"),
                  const QString& pin = QStringLiteral("1111"))
    {
        QProcessEnvironment withPin = env;
        withPin.insert(QStringLiteral("OCOPOS_PIN"), pin);
        return runCli(QStringList{QStringLiteral("--json"), QStringLiteral("--user"), user} + args, withPin, input);
    }
    CliResult manager(const QStringList& args) { return cli(args, {}, QStringLiteral("ql"), QStringLiteral("2222")); }
    QString out(const QString& name) const { return store.dir() + QLatin1Char('/') + name; }
    static QJsonObject json(const CliResult& r) { return QJsonDocument::fromJson(r.out).object(); }
    static QString errorCode(const CliResult& r)
    {
        return json(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
    std::int64_t count(const char* table)
    {
        db::Query q(store.db(), QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table));
        return q.scalar()->toLongLong();
    }
    void openShift() { ASSERT_EQ(cli({QStringLiteral("shift"), QStringLiteral("open"), QStringLiteral("--float"), QStringLiteral("500000")}).exitCode, 0); }
    QJsonObject sell(const QByteArray& sale, const QStringList& extra = {})
    {
        const auto r = cli(QStringList{QStringLiteral("sell")} + extra, sale);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return json(r);
    }

    TempStore store;
    QProcessEnvironment env;
};

const QByteArray kSale = R"({"lines": [
   {"code": "8938505974194", "qty": "2"},
   {"code": "CM-KG", "qty": "0.350", "discount": {"percent": "5"}}],
 "discount": {"amount": 10000},
 "payments": [{"method": "bank_qr", "amount": 200000}, {"method": "cash", "amount": 500000}]})";

} // namespace

TEST_F(PrintCli, SellWritesTheReceiptAndKeepsItsJson)
{
    openShift();
    const QString file = out(QStringLiteral("receipt.pdf"));
    const auto withPdf = cli({QStringLiteral("sell"), QStringLiteral("--receipt-pdf"), file}, kSale);
    ASSERT_EQ(withPdf.exitCode, 0) << withPdf.err.toStdString();
    const auto o = json(withPdf);
    EXPECT_EQ(o.value(QStringLiteral("receipt_no")).toString(), QStringLiteral("Q01-000001"));
    EXPECT_FALSE(o.contains(QStringLiteral("pdf"))) << "the sale's JSON is the contract's, unchanged";
    ASSERT_TRUE(QFileInfo::exists(file));
    EXPECT_EQ(QDir(store.dir()).entryList({QStringLiteral("receipt.pdf*")}, QDir::Files).size(), 1) << "no temporary file left";

    const QString text = pdfText(file);
    EXPECT_TRUE(text.contains(QStringLiteral("Nước mắm Cái Rồng"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Chả mực Hạ Long")));
    EXPECT_TRUE(text.contains(QStringLiteral("Q01-000001")));
    EXPECT_TRUE(text.contains(QStringLiteral("CỬA HÀNG OCOP HẠ LONG"))) << "the store name from settings, as a heading";
    EXPECT_TRUE(text.contains(QStringLiteral("Nguyễn Thu Ngân"))) << "the cashier's display name";
    EXPECT_TRUE(text.contains(QStringLiteral("120.000 ₫")));
    EXPECT_TRUE(text.contains(QStringLiteral("379.625 ₫"))) << "the total";
    EXPECT_TRUE(text.contains(QStringLiteral("Hộ Nguyễn Văn Hải"))) << "the producer credited";
    EXPECT_TRUE(text.contains(QStringLiteral("CR2606B"))) << "the lot";
    EXPECT_TRUE(text.contains(o.value(QStringLiteral("journal_hash")).toString().left(12))) << "the short journal hash";
    EXPECT_TRUE(text.contains(QStringLiteral("Cảm ơn quý khách!"))) << "the footer from settings";
    EXPECT_NEAR(pageSize(file).first, 226.77, 0.1);
    EXPECT_TRUE(tool(QStringLiteral("pdffonts"), {file}).contains(QStringLiteral("NotoSans"))) << "the font is embedded";
    // The QR printed is the sale's VietQR, exactly.
    EXPECT_TRUE(decoded(file).contains(QStringLiteral("QR-Code:") + o.value(QStringLiteral("vietqr")).toString()))
        << decoded(file).join(QLatin1Char('\n')).toStdString();

    // The same sale without --receipt-pdf prints the same JSON (apart from ids and hash).
    auto a = o;
    auto b = sell(kSale);
    for (auto* j : {&a, &b})
        for (const char* k : {"sale_id", "receipt_no", "journal_hash", "vietqr"})  // the VietQR's purpose is the receipt number
            j->remove(QString::fromLatin1(k));
    EXPECT_EQ(a, b) << QJsonDocument(a).toJson().toStdString() << QJsonDocument(b).toJson().toStdString();
}

TEST_F(PrintCli, ReceiptWidthComesFromTheSettings)
{
    store.db().execute(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('receipt_width_mm', '58')"));
    openShift();
    const QString file = out(QStringLiteral("r58.pdf"));
    sell(kSale, {QStringLiteral("--receipt-pdf"), file});
    EXPECT_NEAR(pageSize(file).first, 58 / 25.4 * 72, 0.1);
}

TEST_F(PrintCli, AReceiptThatCannotBeWrittenRefusesTheSale)
{
    openShift();
    const auto r = cli({QStringLiteral("sell"), QStringLiteral("--receipt-pdf"), out(QStringLiteral("no/such/dir/r.pdf"))}, kSale);
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    EXPECT_EQ(errorCode(r), QStringLiteral("invalid"));
    EXPECT_TRUE(r.err.contains("receipt-pdf")) << r.err.toStdString();
    EXPECT_EQ(count("sales"), 0);
    // A sale that fails writes no receipt.
    const QString file = out(QStringLiteral("short.pdf"));
    const auto shortPaid = cli({QStringLiteral("sell"), QStringLiteral("--receipt-pdf"), file},
                               R"({"lines":[{"code":"NM-500"}],"payments":[{"method":"cash","amount":1000}]})");
    EXPECT_EQ(shortPaid.exitCode, 5);
    EXPECT_FALSE(QFileInfo::exists(file));
    EXPECT_TRUE(QDir(store.dir()).entryList({QStringLiteral("short.pdf*")}, QDir::Files).isEmpty());
}

TEST_F(PrintCli, ReceiptReprintsByNumber)
{
    openShift();
    sell(kSale);
    const QString file = out(QStringLiteral("reprint.pdf"));
    // any role: the cashier
    auto r = cli({QStringLiteral("receipt"), QStringLiteral("Q01-000001"), QStringLiteral("--pdf"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = pdfText(file);
    EXPECT_TRUE(text.contains(QStringLiteral("Bản in lại"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Q01-000001")));
    EXPECT_TRUE(text.contains(QStringLiteral("Nước mắm Cái Rồng")));
    EXPECT_NEAR(pageSize(file).first, 226.77, 0.1);
    // the cooperative whose products these all are may reprint it
    r = cli({QStringLiteral("receipt"), QStringLiteral("Q01-000001"), QStringLiteral("--pdf"), out(QStringLiteral("coop.pdf"))}, {},
            QStringLiteral("htxa"), QStringLiteral("3333"));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();

    r = cli({QStringLiteral("receipt"), QStringLiteral("Q01-000099"), QStringLiteral("--pdf"), out(QStringLiteral("x.pdf"))});
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_EQ(errorCode(r), QStringLiteral("not_found"));
    EXPECT_FALSE(QFileInfo::exists(out(QStringLiteral("x.pdf"))));
    r = cli({QStringLiteral("receipt"), QStringLiteral("Q01-000001")});
    EXPECT_EQ(r.exitCode, 2) << "--pdf is required";
}

TEST_F(PrintCli, CooperativeReprintsOnlyItsOwnReceipts)
{
    openShift();
    sell(R"({"lines":[{"code":"TRA-50"},{"code":"NM-500"}],"payments":[{"method":"cash","amount":800000}]})");
    const auto r = cli({QStringLiteral("receipt"), QStringLiteral("Q01-000001"), QStringLiteral("--pdf"), out(QStringLiteral("c.pdf"))}, {},
                       QStringLiteral("htxa"), QStringLiteral("3333"));
    EXPECT_EQ(r.exitCode, 6);
    EXPECT_EQ(errorCode(r), QStringLiteral("auth"));
    EXPECT_FALSE(QFileInfo::exists(out(QStringLiteral("c.pdf"))));
}

TEST_F(PrintCli, ShiftCloseAndReturnWriteTheirSlips)
{
    openShift();
    sell(kSale);
    const QString slip = out(QStringLiteral("return.pdf"));
    auto r = manager({QStringLiteral("return"), QStringLiteral("Q01-000001"), QStringLiteral("--lines"), QStringLiteral("NM-500:1"),
                      QStringLiteral("--pdf"), slip});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto ret = json(r);
    EXPECT_FALSE(ret.contains(QStringLiteral("pdf")));
    QString text = pdfText(slip);
    EXPECT_TRUE(text.contains(QStringLiteral("Nước mắm Cái Rồng"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Q01-000001")));
    EXPECT_TRUE(text.contains(ret.value(QStringLiteral("return_no")).toString()));
    EXPECT_TRUE(text.contains(vnd(ret.value(QStringLiteral("refund")).toInteger())));
    EXPECT_TRUE(text.contains(QStringLiteral("CR2606B")));
    EXPECT_NEAR(pageSize(slip).first, 226.77, 0.1);

    const QString z = out(QStringLiteral("z.pdf"));
    r = cli({QStringLiteral("shift"), QStringLiteral("close"), QStringLiteral("--counted"), QStringLiteral("600000"), QStringLiteral("--pdf"), z});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto report = json(r);
    EXPECT_EQ(report.value(QStringLiteral("counted")).toInteger(), 600000);
    text = pdfText(z);
    EXPECT_TRUE(text.contains(QStringLiteral("Q01-000001"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("600.000 ₫")));
    EXPECT_TRUE(text.contains(vnd(report.value(QStringLiteral("expected")).toInteger())));
    EXPECT_TRUE(text.contains(QStringLiteral("Nguyễn Thu Ngân")));
    EXPECT_NEAR(pageSize(z).first, 226.77, 0.1);
    // closing again fails: no report is written
    r = cli({QStringLiteral("shift"), QStringLiteral("close"), QStringLiteral("--counted"), QStringLiteral("1"), QStringLiteral("--pdf"),
             out(QStringLiteral("z2.pdf"))});
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_FALSE(QFileInfo::exists(out(QStringLiteral("z2.pdf"))));
}

TEST_F(PrintCli, ReceiveWritesTheGoodsReceiptNote)
{
    const QString csv = out(QStringLiteral("receive.csv"));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("code,qty,lot_code,producer_code,produced_on,expires_on\nNM-500,24,CR2611A,HO-A2,2026-11-01,2028-11-01\n");
    f.close();
    const QString note = out(QStringLiteral("pn.pdf"));
    const auto r = manager({QStringLiteral("receive"), csv, QStringLiteral("--pdf"), note});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto o = json(r);
    const QString text = pdfText(note);
    EXPECT_TRUE(text.contains(o.value(QStringLiteral("receipt_no")).toString())) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Nước mắm Cái Rồng")));
    EXPECT_TRUE(text.contains(QStringLiteral("CR2611A")));
    EXPECT_TRUE(text.contains(QStringLiteral("Hộ Trần Thị Lan")));
    EXPECT_TRUE(text.contains(QStringLiteral("HTX Nước mắm Cái Rồng")));
    EXPECT_TRUE(isA4(note));
    // a refused file writes no note
    const QString bad = out(QStringLiteral("bad.csv"));
    QFile g(bad);
    ASSERT_TRUE(g.open(QIODevice::WriteOnly));
    g.write("code,qty,lot_code\nNM-500,abc,X1\n");
    g.close();
    EXPECT_EQ(manager({QStringLiteral("receive"), bad, QStringLiteral("--pdf"), out(QStringLiteral("bad.pdf"))}).exitCode, 3);
    EXPECT_FALSE(QFileInfo::exists(out(QStringLiteral("bad.pdf"))));
}

TEST_F(PrintCli, SettleAndSalesReportWriteA4Documents)
{
    openShift();
    sell(kSale);
    const QString st = out(QStringLiteral("settle.pdf"));
    auto r = manager({QStringLiteral("settle"), QStringLiteral("--producer"), QStringLiteral("HTX-A"), QStringLiteral("--from"),
                      QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"), QStringLiteral("--pdf"), st});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto s = json(r);
    EXPECT_FALSE(s.value(QStringLiteral("vietqr")).toString().isEmpty());
    QString text = pdfText(st);
    EXPECT_TRUE(text.contains(QStringLiteral("HTX Nước mắm Cái Rồng"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Nước mắm Cái Rồng")));
    EXPECT_TRUE(text.contains(QStringLiteral("Hộ Nguyễn Văn Hải")));
    EXPECT_TRUE(text.contains(vnd(s.value(QStringLiteral("payout")).toInteger())));
    EXPECT_TRUE(text.contains(QStringLiteral("Vietcombank")));
    EXPECT_TRUE(isA4(st));
    EXPECT_TRUE(decoded(st).contains(QStringLiteral("QR-Code:") + s.value(QStringLiteral("vietqr")).toString()))
        << "the payout VietQR is the settlement service's";
    // the cooperative may print its own, and not another's
    r = cli({QStringLiteral("settle"), QStringLiteral("--producer"), QStringLiteral("HTX-B"), QStringLiteral("--from"),
             QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"), QStringLiteral("--pdf"), out(QStringLiteral("b.pdf"))},
            {}, QStringLiteral("htxa"), QStringLiteral("3333"));
    EXPECT_EQ(r.exitCode, 6);
    EXPECT_FALSE(QFileInfo::exists(out(QStringLiteral("b.pdf"))));

    // A finalized statement is printed as frozen, again by its number.
    r = manager({QStringLiteral("settle"), QStringLiteral("--producer"), QStringLiteral("HTX-A"), QStringLiteral("--from"),
                 QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-10-31"), QStringLiteral("--finalize"),
                 QStringLiteral("--pdf"), out(QStringLiteral("final.pdf"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(pdfText(out(QStringLiteral("final.pdf"))).contains(QStringLiteral("QT-000001")));
    const QString again = out(QStringLiteral("again.pdf"));
    r = manager({QStringLiteral("settle"), QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--pdf"), again});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    text = pdfText(again);
    EXPECT_TRUE(text.contains(QStringLiteral("QT-000001"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("BẢN NHÁP")));
    EXPECT_TRUE(text.contains(QStringLiteral("Không phát sinh khoản thanh toán"))) << "nothing sold in October: no VietQR, and why";

    const QString rep = out(QStringLiteral("sales.pdf"));
    r = manager({QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                 QStringLiteral("--to"), QStringLiteral("2026-11-30"), QStringLiteral("--by"), QStringLiteral("product"),
                 QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), rep});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(json(r).value(QStringLiteral("format")).toString(), QStringLiteral("pdf"));
    EXPECT_EQ(json(r).value(QStringLiteral("rows")).toInt(), 2);
    text = pdfText(rep);
    EXPECT_TRUE(text.contains(QStringLiteral("Chả mực Hạ Long"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("379.625 ₫")) || text.contains(QStringLiteral("379.625"))) << "the net total";
    EXPECT_TRUE(isA4(rep));
    // pdf needs --out
    r = manager({QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                 QStringLiteral("--to"), QStringLiteral("2026-11-30"), QStringLiteral("--by"), QStringLiteral("day"),
                 QStringLiteral("--format"), QStringLiteral("pdf")});
    EXPECT_EQ(r.exitCode, 2);
}

TEST_F(PrintCli, LabelsForCodes)
{
    const QString file = out(QStringLiteral("labels.pdf"));
    auto r = manager({QStringLiteral("labels"), QStringLiteral("--codes"), QStringLiteral("8938505974194,CM-KG,TRA-50"),
                      QStringLiteral("--pdf"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(json(r).value(QStringLiteral("labels")).toInt(), 3);
    const QString text = pdfText(file);
    EXPECT_TRUE(text.contains(QStringLiteral("Nước mắm Cái Rồng"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Trà hoa vàng Ba Chẽ")));
    EXPECT_TRUE(text.contains(QStringLiteral("120.000 ₫")));
    EXPECT_TRUE(text.contains(QStringLiteral("450.000 ₫")));
    EXPECT_TRUE(isA4(file));
    EXPECT_EQ(pageCount(file), 1);
    const QStringList bars = decoded(file);
    EXPECT_TRUE(bars.contains(QStringLiteral("EAN-13:8938505974194"))) << bars.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(bars.contains(QStringLiteral("EAN-13:8936045000014"))) << "TRA-50 by its SKU, printed with its EAN";
    EXPECT_TRUE(bars.contains(QStringLiteral("CODE-128:CM-KG"))) << "no EAN: the SKU as Code 128";

    // an unknown code: not_found naming it, nothing written
    r = manager({QStringLiteral("labels"), QStringLiteral("--codes"), QStringLiteral("NM-500,KHONG-CO"), QStringLiteral("--pdf"),
                 out(QStringLiteral("none.pdf"))});
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_EQ(errorCode(r), QStringLiteral("not_found"));
    EXPECT_TRUE(r.err.contains("KHONG-CO")) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out(QStringLiteral("none.pdf"))));
    // manager only
    r = cli({QStringLiteral("labels"), QStringLiteral("--codes"), QStringLiteral("NM-500"), QStringLiteral("--pdf"), out(QStringLiteral("c.pdf"))});
    EXPECT_EQ(r.exitCode, 6);
    r = cli({QStringLiteral("labels"), QStringLiteral("--codes"), QStringLiteral("NM-500"), QStringLiteral("--pdf"), out(QStringLiteral("c.pdf"))},
            {}, QStringLiteral("htxa"), QStringLiteral("3333"));
    EXPECT_EQ(r.exitCode, 6);
    EXPECT_FALSE(QFileInfo::exists(out(QStringLiteral("c.pdf"))));
    // --pdf is required
    EXPECT_EQ(manager({QStringLiteral("labels"), QStringLiteral("--codes"), QStringLiteral("NM-500")}).exitCode, 2);
}
