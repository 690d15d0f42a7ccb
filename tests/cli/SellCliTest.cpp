// `ocopos-cli sell`, `void`, `return`, `shift`, `check` through the real binary:
// every exit code of `sell`, the JSON shapes of cli.md, nothing written on failure.
#include "SaleFixtures.h"

#include "core/VietQr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace ocopos;
using namespace ocopos::test;

namespace {

class SellCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        store.loadSmallCatalog();
        store.addUser(QStringLiteral("thu"), core::Role::Cashier, QString(), QStringLiteral("1111"));
        store.addUser(QStringLiteral("ql"), core::Role::Manager, QString(), QStringLiteral("2222"));
        addLot(store, QStringLiteral("NM-500"), QStringLiteral("L2405"), QStringLiteral("HO-A1"), QStringLiteral("3"), QDate(2027, 5, 1));
        addLot(store, QStringLiteral("CM-KG"), QStringLiteral("C1"), QStringLiteral("HO-A2"), QStringLiteral("2.000"), QDate(2026, 12, 30));
        env.insert(QStringLiteral("OCOPOS_DB"), store.path());
        env.insert(QStringLiteral("OCOPOS_NOW"), QStringLiteral("2026-11-28T10:15:00+07:00"));
    }

    CliResult cli(const QStringList& args, const QByteArray& input = QByteArray(), const QString& user = QStringLiteral("thu"),
                  const QString& pin = QStringLiteral("1111"))
    {
        QStringList all{QStringLiteral("--json")};
        QProcessEnvironment withPin = env;
        if (!user.isEmpty()) {
            all << QStringLiteral("--user") << user;
            withPin.insert(QStringLiteral("OCOPOS_PIN"), pin);
        }
        return runCli(all + args, withPin, input);
    }

    static QJsonObject json(const CliResult& r) { return QJsonDocument::fromJson(r.out).object(); }
    static QString errorCode(const CliResult& r)
    {
        return json(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
    std::int64_t sales()
    {
        db::Query q(store.db(), QStringLiteral("SELECT COUNT(*) FROM sales"));
        return q.scalar()->toLongLong();
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

TEST_F(SellCli, SellsAndPrintsTheContractJson)
{
    store.db().execute(QStringLiteral("INSERT INTO settings (key, value) VALUES ('bank_bin', '970436'), ('bank_account', '1023456789')"));
    ASSERT_EQ(cli({QStringLiteral("shift"), QStringLiteral("open"), QStringLiteral("--float"), QStringLiteral("500000")}).exitCode, 0);
    const auto r = cli({QStringLiteral("sell")}, kSale);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto o = json(r);
    EXPECT_EQ(o.value(QStringLiteral("receipt_no")).toString(), QStringLiteral("Q01-000001"));
    EXPECT_EQ(o.value(QStringLiteral("till")).toString(), QStringLiteral("Q01"));
    EXPECT_EQ(o.value(QStringLiteral("cashier")).toString(), QStringLiteral("thu"));
    EXPECT_EQ(o.value(QStringLiteral("time")).toString(), QStringLiteral("2026-11-28T10:15:00+07:00"));
    const auto lines = o.value(QStringLiteral("lines")).toArray();
    ASSERT_EQ(lines.size(), 2);
    const auto l0 = lines[0].toObject();
    EXPECT_EQ(l0.value(QStringLiteral("sku")).toString(), QStringLiteral("NM-500"));
    EXPECT_EQ(l0.value(QStringLiteral("qty")).toString(), QStringLiteral("2"));
    EXPECT_EQ(l0.value(QStringLiteral("unit_price")).toInteger(), 120000);
    EXPECT_EQ(l0.value(QStringLiteral("gross")).toInteger(), 240000);
    EXPECT_EQ(l0.value(QStringLiteral("vat_rate")).toString(), QStringLiteral("8"));
    EXPECT_EQ(l0.value(QStringLiteral("owner")).toString(), QStringLiteral("HTX-A"));
    EXPECT_EQ(l0.value(QStringLiteral("supply")).toString(), QStringLiteral("consignment"));
    EXPECT_EQ(l0.value(QStringLiteral("commission_pct")).toString(), QStringLiteral("20"));
    const auto lot = l0.value(QStringLiteral("lots")).toArray()[0].toObject();
    EXPECT_EQ(lot.value(QStringLiteral("lot")).toString(), QStringLiteral("L2405"));
    EXPECT_EQ(lot.value(QStringLiteral("producer")).toString(), QStringLiteral("HO-A1"));
    const auto l1 = lines[1].toObject();
    EXPECT_EQ(l1.value(QStringLiteral("qty")).toString(), QStringLiteral("0.350"));
    EXPECT_EQ(l1.value(QStringLiteral("gross")).toInteger(), 157500);
    EXPECT_EQ(l1.value(QStringLiteral("discount")).toInteger(), 7875);
    // Σ nets = total; Σ sale discount shares = 10.000
    std::int64_t nets = 0, shares = 0;
    for (const auto& v : lines) {
        nets += v.toObject().value(QStringLiteral("net")).toInteger();
        shares += v.toObject().value(QStringLiteral("sale_discount")).toInteger();
    }
    EXPECT_EQ(shares, 10000);
    EXPECT_EQ(nets, o.value(QStringLiteral("total")).toInteger());
    EXPECT_EQ(o.value(QStringLiteral("total")).toInteger(), 240000 + 149625 - 10000);
    EXPECT_EQ(o.value(QStringLiteral("paid")).toInteger(), 700000);
    EXPECT_EQ(o.value(QStringLiteral("change")).toInteger(), 700000 - 379625);
    const auto qr = core::parseVietQr(o.value(QStringLiteral("vietqr")).toString().toStdString());
    EXPECT_EQ(qr.amount->dong(), 200000);
    EXPECT_EQ(o.value(QStringLiteral("journal_hash")).toString().size(), 64);
    EXPECT_EQ(o.value(QStringLiteral("vat")).toArray()[0].toObject().value(QStringLiteral("rate")).toString(), QStringLiteral("8"));

    // check passes; X report; close with variance
    EXPECT_EQ(cli({QStringLiteral("check")}, {}, QStringLiteral("admin"), QStringLiteral("000000")).exitCode, 0);
    const auto z = cli({QStringLiteral("shift"), QStringLiteral("close"), QStringLiteral("--counted"), QStringLiteral("679000")});
    ASSERT_EQ(z.exitCode, 0) << z.err.toStdString();
    EXPECT_EQ(json(z).value(QStringLiteral("expected")).toInteger(), 500000 + 500000 - 320375);
    EXPECT_EQ(json(z).value(QStringLiteral("counted")).toInteger(), 679000);
    EXPECT_EQ(json(z).value(QStringLiteral("variance")).toInteger(), 679000 - 679625);
}

TEST_F(SellCli, ExitCodes)
{
    // 5: no open shift
    auto r = cli({QStringLiteral("sell")}, kSale);
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_EQ(errorCode(r), QStringLiteral("conflict"));
    EXPECT_TRUE(r.err.startsWith("error: "));
    ASSERT_EQ(cli({QStringLiteral("shift"), QStringLiteral("open"), QStringLiteral("--float"), QStringLiteral("0")}).exitCode, 0);
    // 6: no user, wrong PIN, a cooperative, a discount over the threshold without override
    EXPECT_EQ(cli({QStringLiteral("sell")}, kSale, QString()).exitCode, 6);
    EXPECT_EQ(cli({QStringLiteral("sell")}, kSale, QStringLiteral("thu"), QStringLiteral("9999")).exitCode, 6);
    const QByteArray bigDiscount = R"({"lines":[{"code":"NM-500","discount":{"percent":"15"}}],"payments":[{"method":"cash","amount":102000}]})";
    r = cli({QStringLiteral("sell")}, bigDiscount);
    EXPECT_EQ(r.exitCode, 6);
    EXPECT_EQ(errorCode(r), QStringLiteral("auth"));
    // 2: bad arguments
    EXPECT_EQ(cli({QStringLiteral("sell"), QStringLiteral("--bogus")}, kSale).exitCode, 2);
    EXPECT_EQ(errorCode(cli({QStringLiteral("sell"), QStringLiteral("--file")})), QStringLiteral("usage"));
    // 3: bad JSON, bad field, bad check digit
    EXPECT_EQ(cli({QStringLiteral("sell")}, "{not json").exitCode, 3);
    r = cli({QStringLiteral("sell")}, R"({"lines":[{"code":"NM-500","qty":"1.5"}],"payments":[{"method":"cash","amount":200000}]})");
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_NE(json(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().indexOf(QStringLiteral("lines[1].qty")), -1);
    EXPECT_EQ(cli({QStringLiteral("sell")}, R"({"lines":[{"code":"8938505974195"}],"payments":[{"method":"cash","amount":200000}]})").exitCode, 3);
    EXPECT_EQ(cli({QStringLiteral("sell")}, R"({"lines":[{"code":"NM-500"}],"payments":[{"method":"cheque","amount":200000}]})").exitCode, 3);
    EXPECT_EQ(cli({QStringLiteral("sell")}, R"({"lines":[{"code":"NM-500"}],"payments":[{"method":"card","amount":200000}]})").exitCode, 3);
    // 4: unknown product
    r = cli({QStringLiteral("sell")}, R"({"lines":[{"code":"8934567890120"}],"payments":[{"method":"cash","amount":1}]})");
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_EQ(errorCode(r), QStringLiteral("not_found"));
    // 5: short stock, payment short
    EXPECT_EQ(cli({QStringLiteral("sell")}, R"({"lines":[{"code":"NM-500","qty":"4"}],"payments":[{"method":"cash","amount":480000}]})").exitCode, 5);
    EXPECT_EQ(cli({QStringLiteral("sell")}, R"({"lines":[{"code":"NM-500"}],"payments":[{"method":"cash","amount":100}]})").exitCode, 5);
    EXPECT_EQ(sales(), 0);
    // 0, with the override from the file
    const QByteArray withOverride = R"({"lines":[{"code":"NM-500","discount":{"percent":"15"}}],"payments":[{"method":"cash","amount":102000}],"override":{"user":"ql","pin":"2222"}})";
    EXPECT_EQ(cli({QStringLiteral("sell")}, withOverride).exitCode, 0);
    EXPECT_EQ(sales(), 1);
}

TEST_F(SellCli, VoidReturnAndCheckFindTampering)
{
    ASSERT_EQ(cli({QStringLiteral("shift"), QStringLiteral("open"), QStringLiteral("--float"), QStringLiteral("0")}).exitCode, 0);
    const QByteArray two = R"({"lines":[{"code":"NM-500","qty":"2"}],"payments":[{"method":"cash","amount":240000}]})";
    ASSERT_EQ(cli({QStringLiteral("sell")}, two).exitCode, 0);
    EXPECT_EQ(cli({QStringLiteral("void"), QStringLiteral("Q01-000001")}).exitCode, 6);  // a cashier can't void
    auto v = cli({QStringLiteral("void"), QStringLiteral("Q01-000001")}, {}, QStringLiteral("ql"), QStringLiteral("2222"));
    EXPECT_EQ(v.exitCode, 0) << v.err.toStdString();
    EXPECT_EQ(json(v).value(QStringLiteral("status")).toString(), QStringLiteral("voided"));
    EXPECT_EQ(cli({QStringLiteral("void"), QStringLiteral("Q01-000009")}, {}, QStringLiteral("ql"), QStringLiteral("2222")).exitCode, 4);
    ASSERT_EQ(cli({QStringLiteral("sell")}, two).exitCode, 0);
    auto r = cli({QStringLiteral("return"), QStringLiteral("Q01-000002"), QStringLiteral("--lines"), QStringLiteral("NM-500:1")}, {},
                 QStringLiteral("ql"), QStringLiteral("2222"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(json(r).value(QStringLiteral("refund")).toInteger(), 120000);
    EXPECT_EQ(json(r).value(QStringLiteral("receipt_no")).toString(), QStringLiteral("Q01-000002"));
    EXPECT_EQ(json(r).value(QStringLiteral("lines")).toArray().size(), 1);
    EXPECT_EQ(cli({QStringLiteral("return"), QStringLiteral("Q01-000002"), QStringLiteral("--lines"), QStringLiteral("NM-500:2")}, {},
                  QStringLiteral("ql"), QStringLiteral("2222")).exitCode, 5);
    EXPECT_EQ(cli({QStringLiteral("return"), QStringLiteral("Q01-000002"), QStringLiteral("--lines"), QStringLiteral("NM-500")}, {},
                  QStringLiteral("ql"), QStringLiteral("2222")).exitCode, 2);
    auto ok = cli({QStringLiteral("check")}, {}, QStringLiteral("admin"), QStringLiteral("000000"));
    EXPECT_EQ(ok.exitCode, 0);
    EXPECT_TRUE(json(ok).value(QStringLiteral("ok")).toBool());
    EXPECT_TRUE(json(ok).value(QStringLiteral("first_bad")).isNull());
    store.db().execute(QStringLiteral("UPDATE payments SET amount_vnd = 1 WHERE sale_id = 2"));
    auto bad = cli({QStringLiteral("check")}, {}, QStringLiteral("admin"), QStringLiteral("000000"));
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_FALSE(json(bad).value(QStringLiteral("ok")).toBool());
    EXPECT_EQ(json(bad).value(QStringLiteral("first_bad")).toObject().value(QStringLiteral("ref")).toString(), QStringLiteral("Q01-000002"));
}
