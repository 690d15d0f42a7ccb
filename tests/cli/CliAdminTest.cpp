// ocopos-cli init --demo, settings and user commands.
#include "CliTestSupport.h"

using namespace ocopos;
using namespace ocopos::test;

namespace {

class CliAdmin : public CliFixture {};

QStringList words(std::initializer_list<const char*> w)
{
    QStringList out;
    for (const char* s : w)
        out << QString::fromUtf8(s);
    return out;
}

TEST_F(CliAdmin, InitDemoLoadsTheQuangNinhStore)
{
    const auto o = ok(run({QStringLiteral("--db"), dbPath(), QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--demo")}));
    const auto demo = o.value(QStringLiteral("demo")).toObject();
    EXPECT_GE(demo.value(QStringLiteral("producers")).toInt(), 12);
    EXPECT_GE(demo.value(QStringLiteral("products")).toInt(), 40);
    EXPECT_GE(demo.value(QStringLiteral("users")).toInt(), 4);
    const auto products = ok(as("thungan1", "1111", words({"product", "list", "--query", "nuoc mam cai"})))
                              .value(QStringLiteral("products")).toArray();
    ASSERT_FALSE(products.isEmpty());
    bool found = false;
    for (const auto& p : products)
        found = found || p.toObject().value(QStringLiteral("name")).toString().startsWith(QStringLiteral("Nước mắm Cái Rồng"));
    EXPECT_TRUE(found);
    // The co-op user sees only its own products.
    for (const auto& p : ok(as("htxcairong", "3333", words({"product", "list"}))).value(QStringLiteral("products")).toArray())
        EXPECT_EQ(p.toObject().value(QStringLiteral("owner_code")).toString(), QStringLiteral("HTX-CAIRONG"));
    expectError(as("htxcairong", "3333", words({"product", "list", "--producer", "HTX-BACHE"})), 6, "auth");
    // Never twice.
    expectError(run({QStringLiteral("--db"), dbPath(), QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--demo")}), 5,
                "conflict");
}

TEST_F(CliAdmin, SettingsSetAndGet)
{
    init();
    auto o = ok(admin(words({"settings", "set", "till", "Q02"})));
    EXPECT_EQ(o.value(QStringLiteral("till")).toString(), QStringLiteral("Q02"));
    o = ok(admin(words({"settings", "set", "store_name", "Trung tâm OCOP Hạ Long"})));
    o = ok(admin(words({"settings", "get", "till"})));
    EXPECT_EQ(o, (QJsonObject{{QStringLiteral("till"), QStringLiteral("Q02")}}));
    o = ok(admin(words({"settings", "get"})));
    for (const char* key : {"store_name", "store_address", "store_tax_code", "till", "bank_bin", "bank_account",
                            "bank_account_name", "default_commission_pct", "discount_override_pct", "expiry_warning_days"})
        EXPECT_TRUE(o.contains(QString::fromLatin1(key))) << key;
    EXPECT_EQ(o.value(QStringLiteral("store_name")).toString(), QStringLiteral("Trung tâm OCOP Hạ Long"));
    EXPECT_EQ(o.value(QStringLiteral("default_commission_pct")).toString(), QStringLiteral("20"));
    const QString m = expectError(admin(words({"settings", "set", "default_commission_pct", "120"})), 3, "invalid");
    EXPECT_TRUE(m.contains(QStringLiteral("default_commission_pct"))) << m.toStdString();
    expectError(admin(words({"settings", "set", "colour", "red"})), 4, "not_found");
    expectError(admin(words({"settings", "set", "till"})), 2, "usage");
    addUser("quanly", core::Role::Manager, "1234");
    expectError(as("quanly", "1234", words({"settings", "set", "till", "Q03"})), 6, "auth");
    expectError(as("quanly", "1234", words({"settings", "get"})), 6, "auth");
    EXPECT_EQ(ok(admin(words({"settings", "get", "till"}))).value(QStringLiteral("till")).toString(), QStringLiteral("Q02"));
}

TEST_F(CliAdmin, UsersAreAddedListedAndDeactivated)
{
    initWithCatalog();
    addUser("thungan", core::Role::Cashier, "1111");  // logs in often: a cheap hash
    auto o = ok(admin(words({"user", "add", "htx", "--name", "HTX Cái Rồng", "--role", "cooperative", "--producer", "HTX-CR",
                             "--new-pin", "3333"})));
    EXPECT_EQ(o.value(QStringLiteral("username")).toString(), QStringLiteral("htx"));
    EXPECT_EQ(o.value(QStringLiteral("role")).toString(), QStringLiteral("cooperative"));
    // A cooperative user needs --producer, and only it may have one.
    QString m = expectError(admin(words({"user", "add", "htx2", "--name", "HTX", "--role", "cooperative", "--new-pin", "3333"})),
                            3, "invalid");
    EXPECT_TRUE(m.contains(QStringLiteral("field producer"))) << m.toStdString();
    expectError(admin(words({"user", "add", "htx2", "--name", "HTX", "--role", "cooperative", "--producer", "HTX-NONE",
                             "--new-pin", "3333"})),
                4, "not_found");
    m = expectError(admin(words({"user", "add", "x", "--name", "X", "--role", "cashier", "--new-pin", "12"})), 3, "invalid");
    EXPECT_TRUE(m.contains(QStringLiteral("pin"))) << m.toStdString();
    expectError(admin(words({"user", "add", "x", "--name", "X", "--role", "cashier"})), 2, "usage");
    // A cashier can't add users or list them.
    expectError(as("thungan", "1111", words({"user", "add", "y", "--name", "Y", "--role", "cashier", "--new-pin", "1234"})), 6, "auth");
    expectError(as("thungan", "1111", words({"user", "list"})), 6, "auth");

    const auto users = ok(admin(words({"user", "list"}))).value(QStringLiteral("users")).toArray();
    ASSERT_EQ(users.size(), 3);
    const auto htx = users[1].toObject();
    EXPECT_EQ(htx.value(QStringLiteral("username")).toString(), QStringLiteral("htx"));
    EXPECT_EQ(htx.value(QStringLiteral("role")).toString(), QStringLiteral("cooperative"));
    EXPECT_EQ(htx.value(QStringLiteral("producer")).toString(), QStringLiteral("HTX-CR"));
    EXPECT_EQ(htx.value(QStringLiteral("active")).toBool(), true);
    EXPECT_EQ(users[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("HTX Cái Rồng"));
    EXPECT_EQ(users[2].toObject().value(QStringLiteral("username")).toString(), QStringLiteral("thungan"));

    // Anyone sets their own PIN; not someone else's.
    ok(as("thungan", "1111", words({"user", "set-pin", "thungan", "--new-pin", "2468"})));
    expectError(as("thungan", "1111", words({"product", "list"})), 6, "auth");
    ok(as("thungan", "2468", words({"product", "list"})));
    expectError(as("thungan", "2468", words({"user", "set-pin", "admin", "--new-pin", "1357"})), 6, "auth");
    ok(admin(words({"user", "set-pin", "thungan", "--new-pin", "1111"})));

    o = ok(admin(words({"user", "deactivate", "thungan"})));
    EXPECT_EQ(o.value(QStringLiteral("active")).toBool(true), false);
    expectError(as("thungan", "1111", words({"product", "list"})), 6, "auth");
    expectError(admin(words({"user", "deactivate", "admin"})), 5, "conflict");
}

TEST_F(CliAdmin, FiveWrongPinsLockTheUser)
{
    init();
    for (int i = 0; i < 5; ++i)
        expectError(as("admin", "111111", words({"user", "list"})), 6, "auth");
    const QString m = expectError(admin(words({"user", "list"})), 6, "auth");
    EXPECT_TRUE(m.contains(QStringLiteral("locked"))) << m.toStdString();
    ok(admin(words({"user", "list"}), {{QStringLiteral("OCOPOS_NOW"), QStringLiteral("2026-11-28T09:05:01+07:00")}}));
}

} // namespace
