// ocopos-cli receive, count, stock, stock write-off, alerts: the real binary
// against a temporary database — JSON shapes and exit codes of cli.md.
#include "../services/StockFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ocopos;
using namespace ocopos::test;

namespace {
QJsonObject json(const CliResult& r)
{
    QJsonParseError err{};
    const auto doc = QJsonDocument::fromJson(r.out, &err);
    EXPECT_EQ(err.error, QJsonParseError::NoError) << r.out.toStdString() << r.err.toStdString();
    return doc.object();
}
} // namespace

class StockCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        loadStockCatalog(store);
        store.addUser(QStringLiteral("quanly"), core::Role::Manager, QString(), QStringLiteral("1234"));
        store.addUser(QStringLiteral("thungan"), core::Role::Cashier, QString(), QStringLiteral("1111"));
        store.addUser(QStringLiteral("htxa"), core::Role::Cooperative, QStringLiteral("HTX-A"), QStringLiteral("3333"));
        env.insert(QStringLiteral("OCOPOS_NOW"), QStringLiteral("2026-11-28T09:00:00+07:00"));
    }

    QString file(const QString& name, const QByteArray& content)
    {
        const QString path = store.dir() + QLatin1Char('/') + name;
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    }

    CliResult run(const QStringList& args, const QString& user = QStringLiteral("quanly"),
                  const QString& pin = QStringLiteral("1234"))
    {
        QStringList all{QStringLiteral("--db"), store.path(), QStringLiteral("--json")};
        QProcessEnvironment withPin = env;
        if (!user.isEmpty()) {
            all << QStringLiteral("--user") << user;
            withPin.insert(QStringLiteral("OCOPOS_PIN"), pin);
        }
        return runCli(all + args, withPin);
    }
    CliResult asCashier(const QStringList& args) { return run(args, QStringLiteral("thungan"), QStringLiteral("1111")); }
    CliResult asCoop(const QStringList& args) { return run(args, QStringLiteral("htxa"), QStringLiteral("3333")); }

    QString goodReceipt()
    {
        return file(QStringLiteral("receive.csv"), "code,qty,lot_code,producer_code,produced_on,expires_on\n"
                                                   "NM-500,24,L2411,HO-A1,2026-11-01,2027-11-01\n"
                                                   "CM-KG,4.350,CM-01,,2026-11-26,2026-12-02\n");
    }

    TempStore store;
    QProcessEnvironment env;
};

TEST_F(StockCli, ReceiveStockAndAlerts)
{
    auto r = run({QStringLiteral("receive"), goodReceipt()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    auto o = json(r);
    EXPECT_EQ(o[QStringLiteral("receipt_no")].toString(), QStringLiteral("PN-000001"));
    EXPECT_EQ(o[QStringLiteral("supplier")].toString(), QStringLiteral("HTX-A"));
    const auto lines = o[QStringLiteral("lines")].toArray();
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0].toObject()[QStringLiteral("qty")].toString(), QStringLiteral("24"));
    EXPECT_EQ(lines[0].toObject()[QStringLiteral("producer")].toString(), QStringLiteral("HO-A1"));
    EXPECT_EQ(lines[1].toObject()[QStringLiteral("qty")].toString(), QStringLiteral("4.350"));
    EXPECT_EQ(lines[1].toObject()[QStringLiteral("expires_on")].toString(), QStringLiteral("2026-12-02"));
    EXPECT_TRUE(o[QStringLiteral("warnings")].toArray().isEmpty());
    EXPECT_TRUE(r.err.isEmpty());

    r = run({QStringLiteral("stock")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto products = json(r)[QStringLiteral("products")].toArray();
    ASSERT_EQ(products.size(), 6);  // every product, by Vietnamese name: Chả mực first
    const auto cm = products[0].toObject();
    EXPECT_EQ(cm[QStringLiteral("sku")].toString(), QStringLiteral("CM-KG"));
    EXPECT_EQ(cm[QStringLiteral("name")].toString(), QStringLiteral("Chả mực Hạ Long"));
    EXPECT_EQ(cm[QStringLiteral("on_hand")].toString(), QStringLiteral("4.350"));
    const auto lot = cm[QStringLiteral("lots")].toArray()[0].toObject();
    EXPECT_EQ(lot[QStringLiteral("lot")].toString(), QStringLiteral("CM-01"));
    EXPECT_EQ(lot[QStringLiteral("producer")].toString(), QStringLiteral("HTX-A"));
    EXPECT_EQ(lot[QStringLiteral("expires_on")].toString(), QStringLiteral("2026-12-02"));
    EXPECT_EQ(lot[QStringLiteral("qty")].toString(), QStringLiteral("4.350"));
    EXPECT_EQ(products[1].toObject()[QStringLiteral("on_hand")].toString(), QStringLiteral("0"));

    r = run({QStringLiteral("stock"), QStringLiteral("--expiring"), QStringLiteral("4")});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_EQ(json(r)[QStringLiteral("products")].toArray().size(), 1);
    r = run({QStringLiteral("stock"), QStringLiteral("--low")});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_EQ(json(r)[QStringLiteral("products")].toArray().size(), 1);  // NK-500: 0 ≤ 24

    r = run({QStringLiteral("alerts")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    o = json(r);
    ASSERT_TRUE(o[QStringLiteral("low_stock")].isArray());
    ASSERT_TRUE(o[QStringLiteral("expiring_lots")].isArray());
    ASSERT_TRUE(o[QStringLiteral("certificates")].isArray());
    EXPECT_EQ(o[QStringLiteral("low_stock")].toArray()[0].toObject()[QStringLiteral("sku")].toString(), QStringLiteral("NK-500"));
    const auto exp = o[QStringLiteral("expiring_lots")].toArray();
    ASSERT_EQ(exp.size(), 1);
    EXPECT_EQ(exp[0].toObject()[QStringLiteral("lot")].toString(), QStringLiteral("CM-01"));
    EXPECT_EQ(exp[0].toObject()[QStringLiteral("days_left")].toInt(), 4);
    EXPECT_EQ(exp[0].toObject()[QStringLiteral("qty")].toString(), QStringLiteral("4.350"));
    EXPECT_EQ(o[QStringLiteral("certificates")].toArray()[0].toObject()[QStringLiteral("sku")].toString(), QStringLiteral("CM-KG"));
}

TEST_F(StockCli, ReceiveWarnsAboutALotExpiredOnArrival)
{
    const auto r = run({QStringLiteral("receive"),
                        file(QStringLiteral("old.csv"), "code,qty,lot_code,expires_on\nNM-500,3,OLD,2026-11-27\n")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.startsWith("warning: line 2, field expires_on: lot OLD of NM-500 expired on 2026-11-27")) << r.err.toStdString();
    const auto w = json(r)[QStringLiteral("warnings")].toArray();
    ASSERT_EQ(w.size(), 1);
    EXPECT_EQ(w[0].toObject()[QStringLiteral("line")].toInt(), 2);
    EXPECT_EQ(w[0].toObject()[QStringLiteral("field")].toString(), QStringLiteral("expires_on"));
}

TEST_F(StockCli, ReceiveExitCodes)
{
    const QString bad = file(QStringLiteral("bad.csv"), "code,qty,lot_code\nNOPE,1,A\nNM-500,1.5,B\n");
    auto r = run({QStringLiteral("receive"), bad});
    EXPECT_EQ(r.exitCode, 3);
    auto err = json(r)[QStringLiteral("error")].toObject();
    EXPECT_EQ(err[QStringLiteral("code")].toString(), QStringLiteral("invalid"));
    EXPECT_EQ(err[QStringLiteral("line")].toInt(), 2);
    EXPECT_EQ(err[QStringLiteral("problems")].toArray().size(), 2);
    EXPECT_TRUE(r.err.startsWith("error: line 2, field code: no product")) << r.err.toStdString();

    r = run({QStringLiteral("receive"), goodReceipt(), QStringLiteral("--producer"), QStringLiteral("NOBODY")});
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_EQ(json(r)[QStringLiteral("error")].toObject()[QStringLiteral("code")].toString(), QStringLiteral("not_found"));
    r = run({QStringLiteral("receive"), goodReceipt(), QStringLiteral("--producer"), QStringLiteral("HTX-B")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(asCashier({QStringLiteral("receive"), goodReceipt()}).exitCode, 6);
    EXPECT_EQ(asCashier({QStringLiteral("receive"), bad}).exitCode, 6);  // the role before the file
    EXPECT_EQ(asCoop({QStringLiteral("receive"), goodReceipt()}).exitCode, 6);
    EXPECT_EQ(run({QStringLiteral("receive"), goodReceipt()}, QString()).exitCode, 6);
    // A goods-receipt note that cannot be written refuses the receipt (--pdf itself is tested in PrintCliTest).
    EXPECT_EQ(run({QStringLiteral("receive"), goodReceipt(), QStringLiteral("--pdf"), store.dir() + QStringLiteral("/no/such/x.pdf")}).exitCode, 3);
    EXPECT_EQ(run({QStringLiteral("receive")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("receive"), store.dir() + QStringLiteral("/missing.csv")}).exitCode, 3);

    // Nothing of any of that was written.
    db::Query q(store.db(), QStringLiteral("SELECT COUNT(*) FROM lots"));
    EXPECT_EQ(q.scalar()->toLongLong(), 0);
    // With a household as supplier it goes through.
    r = run({QStringLiteral("receive"), goodReceipt(), QStringLiteral("--producer"), QStringLiteral("HO-A2")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(json(r)[QStringLiteral("lines")].toArray()[1].toObject()[QStringLiteral("producer")].toString(),
              QStringLiteral("HO-A2"));
}

TEST_F(StockCli, CountAndItsExitCodes)
{
    ASSERT_EQ(run({QStringLiteral("receive"), goodReceipt()}).exitCode, 0);
    const QString counted = file(QStringLiteral("count.csv"), "code,lot_code,counted_qty\nNM-500,L2411,22\nCM-KG,,4.400\n");
    EXPECT_EQ(asCashier({QStringLiteral("count"), counted}).exitCode, 6);
    auto r = run({QStringLiteral("count"), counted});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto o = json(r);
    const auto lots = o[QStringLiteral("lots")].toArray();
    ASSERT_EQ(lots.size(), 2);
    EXPECT_EQ(lots[0].toObject()[QStringLiteral("expected")].toString(), QStringLiteral("24"));
    EXPECT_EQ(lots[0].toObject()[QStringLiteral("counted")].toString(), QStringLiteral("22"));
    EXPECT_EQ(lots[0].toObject()[QStringLiteral("variance")].toString(), QStringLiteral("-2"));
    EXPECT_EQ(lots[0].toObject()[QStringLiteral("by")].toString(), QStringLiteral("lot"));
    EXPECT_EQ(lots[1].toObject()[QStringLiteral("variance")].toString(), QStringLiteral("0.050"));
    EXPECT_EQ(lots[1].toObject()[QStringLiteral("by")].toString(), QStringLiteral("product"));
    EXPECT_EQ(o[QStringLiteral("shrinkage")].toString(), QStringLiteral("2"));
    EXPECT_EQ(o[QStringLiteral("surplus")].toString(), QStringLiteral("0.050"));

    r = run({QStringLiteral("count"), file(QStringLiteral("bad.csv"), "code,lot_code,counted_qty\nNM-500,NOLOT,1\nCM-KG,,-1\n")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(json(r)[QStringLiteral("error")].toObject()[QStringLiteral("problems")].toArray().size(), 2);
    EXPECT_EQ(run({QStringLiteral("count")}).exitCode, 2);
}

TEST_F(StockCli, StockRolesAndErrors)
{
    ASSERT_EQ(run({QStringLiteral("receive"), goodReceipt()}).exitCode, 0);
    ASSERT_EQ(run({QStringLiteral("receive"), file(QStringLiteral("b.csv"), "code,qty,lot_code\nTRA-50,3,T1\n")}).exitCode, 0);

    auto r = asCoop({QStringLiteral("stock")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto mine = json(r)[QStringLiteral("products")].toArray();
    ASSERT_EQ(mine.size(), 2);  // HTX-A's CM-KG and NM-500 only
    EXPECT_EQ(mine[0].toObject()[QStringLiteral("sku")].toString(), QStringLiteral("CM-KG"));
    EXPECT_EQ(mine[1].toObject()[QStringLiteral("sku")].toString(), QStringLiteral("NM-500"));
    EXPECT_EQ(asCoop({QStringLiteral("stock"), QStringLiteral("--product"), QStringLiteral("TRA-50")}).exitCode, 6);

    r = asCashier({QStringLiteral("stock"), QStringLiteral("--product"), QStringLiteral("8936045000014")});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_EQ(json(r)[QStringLiteral("products")].toArray()[0].toObject()[QStringLiteral("on_hand")].toString(), QStringLiteral("3"));
    EXPECT_EQ(asCashier({QStringLiteral("stock"), QStringLiteral("--product"), QStringLiteral("NOPE")}).exitCode, 4);
    EXPECT_EQ(asCashier({QStringLiteral("stock"), QStringLiteral("--expiring"), QStringLiteral("abc")}).exitCode, 2);
    EXPECT_EQ(asCashier({QStringLiteral("stock"), QStringLiteral("--colour")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("stock")}, QString()).exitCode, 6);
    EXPECT_EQ(asCashier({QStringLiteral("alerts")}).exitCode, 6);
    EXPECT_EQ(asCoop({QStringLiteral("alerts")}).exitCode, 6);
}

TEST_F(StockCli, WriteOff)
{
    ASSERT_EQ(run({QStringLiteral("receive"), goodReceipt()}).exitCode, 0);
    auto r = run({QStringLiteral("stock"), QStringLiteral("write-off"), QStringLiteral("NM-500"), QStringLiteral("L2411"),
                  QStringLiteral("--qty"), QStringLiteral("2"), QStringLiteral("--reason"), QStringLiteral("chai vỡ")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto w = json(r)[QStringLiteral("written_off")].toArray()[0].toObject();
    EXPECT_EQ(w[QStringLiteral("qty")].toString(), QStringLiteral("2"));
    EXPECT_EQ(w[QStringLiteral("left")].toString(), QStringLiteral("22"));
    EXPECT_EQ(run({QStringLiteral("stock"), QStringLiteral("write-off"), QStringLiteral("NM-500"), QStringLiteral("L2411"),
                   QStringLiteral("--qty"), QStringLiteral("30"), QStringLiteral("--reason"), QStringLiteral("x")})
                  .exitCode,
              5);
    EXPECT_EQ(run({QStringLiteral("stock"), QStringLiteral("write-off"), QStringLiteral("NM-500"), QStringLiteral("L2411")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("stock"), QStringLiteral("write-off"), QStringLiteral("NM-500"), QStringLiteral("L2411"),
                   QStringLiteral("--qty"), QStringLiteral("1.5"), QStringLiteral("--reason"), QStringLiteral("x")})
                  .exitCode,
              3);
    EXPECT_EQ(asCashier({QStringLiteral("stock"), QStringLiteral("write-off"), QStringLiteral("--expired")}).exitCode, 6);
    r = run({QStringLiteral("stock"), QStringLiteral("write-off"), QStringLiteral("--expired")});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_TRUE(json(r)[QStringLiteral("written_off")].toArray().isEmpty());
}

TEST_F(StockCli, DemoDatabaseShowsLotsWithProducersAndExpiry)
{
    const QString db = store.dir() + QStringLiteral("/demo.db");
    auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--demo")}, env);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(json(r)[QStringLiteral("demo")].toObject()[QStringLiteral("lots")].toInt(), 49);
    r = runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("thungan1"),
                QStringLiteral("--pin"), QStringLiteral("1111"), QStringLiteral("stock")},
               env);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    int lots = 0, dated = 0, households = 0;
    for (const auto& p : json(r)[QStringLiteral("products")].toArray())
        for (const auto& l : p.toObject()[QStringLiteral("lots")].toArray()) {
            ++lots;
            dated += l.toObject()[QStringLiteral("expires_on")].isString() ? 1 : 0;
            households += l.toObject()[QStringLiteral("producer")].toString().startsWith(QStringLiteral("HO-")) ? 1 : 0;
        }
    EXPECT_EQ(lots, 49);
    EXPECT_GT(dated, 40);
    EXPECT_GT(households, 20);

    // The table, as a person reads it.
    r = runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("thungan1"), QStringLiteral("--pin"),
                QStringLiteral("1111"), QStringLiteral("stock"), QStringLiteral("--product"), QStringLiteral("NMCR-500")},
               env);
    ASSERT_EQ(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    EXPECT_TRUE(text.contains(QStringLiteral("HO-NVHAI"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("HO-TTLAN")));
    EXPECT_TRUE(text.contains(QStringLiteral("2028-")));
}
