// SettingsService: defaults, every key's validation, unknown keys, roles, audit.
#include "TestSupport.h"

#include "services/Paths.h"
#include "services/SettingsService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ocopos;
using namespace ocopos::services;
using core::Role;

namespace {

class Settings : public ::testing::Test {
protected:
    test::TempStore s;
    SettingsService settings{s.ctx()};

    void expectRefused(const char* key, const char* value)
    {
        const auto p = test::problemsOf([&] { settings.set(s.admin(), QString::fromUtf8(key), QString::fromUtf8(value)); });
        EXPECT_TRUE(test::hasProblem(p, 0, key)) << key << " = '" << value << "': " << test::describeAll(p);
    }
    void expectStored(const char* key, const char* value, const char* stored = nullptr)
    {
        EXPECT_NO_THROW(settings.set(s.admin(), QString::fromUtf8(key), QString::fromUtf8(value))) << key << " = " << value;
        EXPECT_EQ(settings.get(QString::fromUtf8(key)), QString::fromUtf8(stored ? stored : value));
    }
};

TEST_F(Settings, EveryCliKeyExistsWithItsDefault)
{
    for (const char* key : {"store_name", "store_address", "store_tax_code", "till", "bank_bin", "bank_account",
                            "bank_account_name", "default_commission_pct", "discount_override_pct", "expiry_warning_days"})
        EXPECT_NO_THROW(settings.get(QString::fromLatin1(key))) << key;
    EXPECT_EQ(settings.get(QStringLiteral("till")), QStringLiteral("Q01"));
    EXPECT_EQ(settings.get(QStringLiteral("default_commission_pct")), QStringLiteral("20"));
    EXPECT_EQ(settings.get(QStringLiteral("discount_override_pct")), QStringLiteral("10"));
    EXPECT_EQ(settings.get(QStringLiteral("expiry_warning_days")), QStringLiteral("30"));
    EXPECT_EQ(settings.get(QStringLiteral("bank_bin")), QString());
    EXPECT_EQ(settings.till(), QStringLiteral("Q01"));
    EXPECT_EQ(settings.defaultCommission().bp, 2000);
    EXPECT_EQ(settings.discountOverrideThreshold().bp, 1000);
    EXPECT_EQ(settings.expiryWarningDays(), 30);
    EXPECT_EQ(settings.scaleConfig().serialize(), core::ScaleConfig().serialize());
    EXPECT_EQ(settings.all().size(), SettingsService::keys().size());
}

TEST_F(Settings, UnknownKeysAreNotFound)
{
    EXPECT_THROW(settings.get(QStringLiteral("colour")), NotFound);
    EXPECT_THROW(settings.set(s.admin(), QStringLiteral("colour"), QStringLiteral("red")), NotFound);
    EXPECT_THROW(SettingsService::defaultValue(QStringLiteral("Till")), NotFound);
    EXPECT_EQ(test::countRows(s.db(), QStringLiteral("settings")), 0);
}

TEST_F(Settings, OnlyAnAdminChangesSettings)
{
    const auto manager = s.addUser(QStringLiteral("quanly"), Role::Manager);
    EXPECT_THROW(settings.set(manager, QStringLiteral("till"), QStringLiteral("Q02")), AuthError);
    EXPECT_EQ(settings.till(), QStringLiteral("Q01"));
}

TEST_F(Settings, ValuesAreValidatedPerKey)
{
    expectStored("till", "Q02");
    expectStored("till", "TILL0001");
    expectRefused("till", "q02");
    expectRefused("till", "");
    expectRefused("till", "TILL00001");
    expectRefused("till", "Q-1");

    expectStored("bank_bin", "970436");
    expectStored("bank_bin", "");
    expectRefused("bank_bin", "97043");
    expectRefused("bank_bin", "9704360");
    expectRefused("bank_bin", "97043A");

    expectStored("bank_account", "0141000765432");
    expectRefused("bank_account", "01234567890123456789");  // 20
    expectRefused("bank_account", "0141-000");

    expectStored("store_tax_code", "5701662152");
    expectStored("store_tax_code", "5701662152-001");
    expectRefused("store_tax_code", "570166215");
    expectRefused("store_tax_code", "5701662152-01");

    expectStored("default_commission_pct", "12.5");
    expectStored("default_commission_pct", "0");
    expectRefused("default_commission_pct", "100.01");
    expectRefused("default_commission_pct", "12.345");
    expectRefused("default_commission_pct", "-5");
    expectRefused("default_commission_pct", "abc");
    expectStored("discount_override_pct", "15");
    expectRefused("discount_override_pct", "101");

    expectStored("expiry_warning_days", "0");
    expectStored("expiry_warning_days", "45");
    expectRefused("expiry_warning_days", "-1");
    expectRefused("expiry_warning_days", "3651");
    expectRefused("expiry_warning_days", "1.5");
    expectRefused("expiry_warning_days", "ten");

    expectStored("receipt_width_mm", "58");
    expectRefused("receipt_width_mm", "70");
    expectStored("language", "en");
    expectRefused("language", "fr");
    expectStored("scale_layouts", "21=price:5:5");
    expectRefused("scale_layouts", "19=price:5:5");
    expectRefused("scale_layouts", "21=volume:5:5");

    expectStored("store_name", "  Cửa hàng OCOP Hạ Long ", "Cửa hàng OCOP Hạ Long");
    expectRefused("store_name", "   ");
    expectStored("bank_account_name", "TRUNG TAM OCOP");
    // A secret's mask, as `settings list` shows it, is not a secret to store.
    for (const char* secret : {"centre_token", "einvoice_password", "einvoice_account_password"})
        expectRefused(secret, "***");
    expectStored("einvoice_password", "****a-real-one");
    expectStored("centre_token", "0123456789abcdef_-AB");
    expectStored("store_address", "Số 1 đường Hạ Long");

    EXPECT_EQ(settings.defaultCommission().bp, 0);
    EXPECT_EQ(settings.discountOverrideThreshold().bp, 1500);
    EXPECT_EQ(settings.expiryWarningDays(), 45);
    EXPECT_EQ(settings.scaleConfig().layout(21).value, core::ScaleLayout::Value::PriceDong);
    EXPECT_EQ(settings.scaleConfig().layout(20).value, core::ScaleLayout::Value::WeightGrams);
}

TEST_F(Settings, TextIsStoredInNfcAndChangesAreAudited)
{
    // "Hạ" typed decomposed: a + combining dot below.
    settings.set(s.admin(), QStringLiteral("store_name"), QString::fromUtf8("Ha\xCC\xA3 Long"));
    EXPECT_EQ(settings.get(QStringLiteral("store_name")), QStringLiteral("Hạ Long"));
    settings.set(s.admin(), QStringLiteral("till"), QStringLiteral("Q05"));
    db::Query q(s.db(), QStringLiteral("SELECT detail FROM audit_log WHERE action = 'setting' ORDER BY id DESC"));
    EXPECT_EQ(q.scalar()->toString(), QStringLiteral("till: 'Q01' -> 'Q05'"));
    // A refused value changes nothing.
    EXPECT_THROW(settings.set(s.admin(), QStringLiteral("till"), QStringLiteral("bad till")), ValidationError);
    EXPECT_EQ(settings.till(), QStringLiteral("Q05"));
}

} // namespace

// Each PC of a shared store: $OCOPOS_DB / $OCOPOS_TILL, else its connection
// file, else the defaults; a till code is checked like the `till` setting.
TEST(ConnectionFile, NamesTheStoreAndTheTillWhenTheEnvironmentDoesNot)
{
    QTemporaryDir config;
    ASSERT_TRUE(config.isValid());
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    qunsetenv("OCOPOS_DB");
    qunsetenv("OCOPOS_TILL");
    EXPECT_TRUE(services::tillFromEnvironment().isEmpty());
    EXPECT_TRUE(services::databasePathFromEnvironment().endsWith(QStringLiteral("ocopos.db")));
    ASSERT_TRUE(services::connectionFile().startsWith(config.path()));
    QDir().mkpath(QFileInfo(services::connectionFile()).path());
    QFile f(services::connectionFile());
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("[connection]\ndatabase=postgresql://till2@192.168.1.10:5432/ocop\ntill=Q02\n");
    f.close();
    EXPECT_EQ(services::databasePathFromEnvironment(), QStringLiteral("postgresql://till2@192.168.1.10:5432/ocop"));
    EXPECT_EQ(services::tillFromEnvironment(), QStringLiteral("Q02"));
    qputenv("OCOPOS_DB", "other.db");
    qputenv("OCOPOS_TILL", "Q09");
    EXPECT_EQ(services::databasePathFromEnvironment(), QStringLiteral("other.db"));
    EXPECT_EQ(services::tillFromEnvironment(), QStringLiteral("Q09"));
    qunsetenv("OCOPOS_DB");
    qunsetenv("OCOPOS_TILL");
    qputenv("XDG_CONFIG_HOME", oldConfig);
    EXPECT_EQ(services::SettingsService::checkedTill(QStringLiteral(" Q02 ")), QStringLiteral("Q02"));
    EXPECT_THROW(services::SettingsService::checkedTill(QStringLiteral("q-2")), ValidationError);
}
