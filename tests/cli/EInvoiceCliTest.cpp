// `ocopos-cli einvoice …` and the invoice in `sell`, `receipt` and `shift`,
// through the real binary (issue 17).
#include "SaleFixtures.h"
#include "services/SettingsService.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <gtest/gtest.h>

using namespace ocopos;
using namespace ocopos::test;

namespace {

class EInvoiceCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        store.loadSmallCatalog();
        store.addUser(QStringLiteral("thu"), core::Role::Cashier, QString(), QStringLiteral("1111"));
        store.addUser(QStringLiteral("ql"), core::Role::Manager, QString(), QStringLiteral("2222"));
        addLot(store, QStringLiteral("NM-500"), QStringLiteral("L1"), QStringLiteral("HO-A1"), QStringLiteral("20"),
            QDate(2027, 5, 1));
        services::SettingsService s(store.ctx());
        const auto set
            = [&](const char* k, const char* v) { s.set(store.admin(), QLatin1String(k), QString::fromUtf8(v)); };
        set("store_address", "Hạ Long, Quảng Ninh");
        set("einvoice_seller_tax_code", "0100109106");
        set("einvoice_series", "C26MAA");
        set("einvoice_url", "http://127.0.0.1:1"); // nothing listens there
        set("einvoice_lookup_url", "https://tracuu.example.vn/");
        set("einvoice_enabled", "1");
        env.insert(QStringLiteral("OCOPOS_DB"), store.path());
        env.insert(QStringLiteral("OCOPOS_NOW"), QStringLiteral("2026-11-28T10:15:00+07:00"));
    }

    CliResult cli(const QStringList& args, const QByteArray& input = QByteArray(),
        const QString& user = QStringLiteral("thu"), const QString& pin = QStringLiteral("1111"))
    {
        QStringList all { QStringLiteral("--json") };
        QProcessEnvironment withPin = env;
        if (!user.isEmpty()) {
            all << QStringLiteral("--user") << user;
            withPin.insert(QStringLiteral("OCOPOS_PIN"), pin);
        }
        return runCli(all + args, withPin, input);
    }
    static QJsonObject json(const CliResult& r) { return QJsonDocument::fromJson(r.out).object(); }
    static QString reason(const CliResult& r)
    {
        return json(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("reason")).toString();
    }

    TempStore store;
    QProcessEnvironment env;
};

} // namespace

TEST_F(EInvoiceCli, SellWithABadBuyerTaxCodeIsRefusedNamingTheField)
{
    ASSERT_EQ(cli({ QStringLiteral("shift"), QStringLiteral("open"), QStringLiteral("--float"), QStringLiteral("0") })
                  .exitCode,
        0);
    const QByteArray bad = R"({"lines":[{"code":"NM-500"}],"payments":[{"method":"cash","amount":200000}],
        "buyer":{"name":"Công ty A","tax_code":"0100109107","address":"Hạ Long"}})";
    const auto r = cli({ QStringLiteral("sell") }, bad);
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    EXPECT_EQ(reason(r), QStringLiteral("einvoice.tax_code"));
    EXPECT_TRUE(r.err.contains("buyer.tax_code")) << r.err.toStdString();
    EXPECT_EQ(countRows(store.db(), QStringLiteral("sales")), 0);

    QByteArray good = bad;
    good.replace("0100109107", "0100109106");
    const auto ok = cli({ QStringLiteral("sell") }, good);
    ASSERT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    const QJsonObject inv = json(ok).value(QStringLiteral("einvoice")).toObject();
    EXPECT_EQ(inv.value(QStringLiteral("series")).toString(), QStringLiteral("C26MAA"));
    EXPECT_EQ(inv.value(QStringLiteral("number")).toInteger(), 1);
    EXPECT_EQ(inv.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
}

TEST_F(EInvoiceCli, ListSendExportAndTheReceipt)
{
    ASSERT_EQ(cli({ QStringLiteral("shift"), QStringLiteral("open"), QStringLiteral("--float"), QStringLiteral("0") })
                  .exitCode,
        0);
    const QByteArray sale = R"({"lines":[{"code":"NM-500","qty":"2"}],"payments":[{"method":"cash","amount":300000}]})";
    ASSERT_EQ(cli({ QStringLiteral("sell") }, sale).exitCode, 0);
    ASSERT_EQ(cli({ QStringLiteral("sell") }, sale).exitCode, 0);

    // The provider does not answer: exit 1, both still waiting, with the error recorded.
    const auto send = cli({ QStringLiteral("einvoice"), QStringLiteral("send") }, {}, QString());
    EXPECT_EQ(send.exitCode, 1) << send.err.toStdString();
    EXPECT_EQ(reason(send), QStringLiteral("einvoice.provider_unreachable"));

    const auto list = cli(
        { QStringLiteral("einvoice"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("pending") },
        {}, QStringLiteral("ql"), QStringLiteral("2222"));
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QJsonArray items = json(list).value(QStringLiteral("einvoices")).toArray();
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[1].toObject().value(QStringLiteral("number")).toInteger(), 2);
    EXPECT_EQ(items[0].toObject().value(QStringLiteral("attempts")).toInteger(), 1);
    EXPECT_FALSE(items[0].toObject().value(QStringLiteral("last_error")).isNull());
    EXPECT_EQ(
        cli({ QStringLiteral("einvoice"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("sold") },
            {}, QStringLiteral("ql"), QStringLiteral("2222"))
            .exitCode,
        2);
    EXPECT_EQ(cli({ QStringLiteral("einvoice"), QStringLiteral("list") }).exitCode, 6); // a cashier may not

    const QString dir = store.dir() + QStringLiteral("/hoadon");
    const auto exp = cli(
        { QStringLiteral("einvoice"), QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("2026-11-28"),
            QStringLiteral("--to"), QStringLiteral("2026-11-28"), QStringLiteral("--out"), dir },
        {}, QStringLiteral("ql"), QStringLiteral("2222"));
    ASSERT_EQ(exp.exitCode, 0) << exp.err.toStdString();
    EXPECT_EQ(json(exp).value(QStringLiteral("files")).toArray().size(), 2);
    EXPECT_TRUE(QFile::exists(dir + QStringLiteral("/C26MAA-00000002.xml")));

    // The receipt says where to look the invoice up until it is accepted.
    const QString pdf = store.dir() + QStringLiteral("/r.pdf");
    ASSERT_EQ(
        cli({ QStringLiteral("receipt"), QStringLiteral("Q01-000001"), QStringLiteral("--pdf"), pdf }).exitCode, 0);
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    ASSERT_TRUE(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("Ký hiệu C26MAA"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("C26MAA-1"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("tracuu.example.vn"))) << text.toStdString();

    // The X report counts them.
    const auto x = cli({ QStringLiteral("shift"), QStringLiteral("x") });
    ASSERT_EQ(x.exitCode, 0) << x.err.toStdString();
    EXPECT_EQ(json(x).value(QStringLiteral("einvoices")).toObject().value(QStringLiteral("pending")).toInteger(), 2);
}
