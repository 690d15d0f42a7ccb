// The bundled Quảng Ninh demo store: big enough, realistic, valid, and only
// ever loaded into an empty database.
#include "TestSupport.h"

#include "core/Barcode.h"
#include "services/AuthService.h"
#include "services/CatalogLookup.h"
#include "services/PriceService.h"
#include "services/DemoData.h"

#include <gtest/gtest.h>

#include <set>

using namespace ocopos;
using namespace ocopos::services;
using core::Role;

namespace {

class DemoData : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_store = new test::TempStore();
        s_summary = loadDemoData(s_store->ctx());
    }
    static void TearDownTestSuite()
    {
        delete s_store;
        s_store = nullptr;
    }
    std::vector<core::Product> products() { return CatalogLookup(s_store->ctx()).listProducts(s_store->admin()); }
    std::vector<core::Producer> producers() { return CatalogLookup(s_store->ctx()).listProducers(s_store->admin()); }

    static test::TempStore* s_store;
    static DemoSummary s_summary;
};
test::TempStore* DemoData::s_store = nullptr;
DemoSummary DemoData::s_summary;

TEST_F(DemoData, HasEnoughProducersOfEveryKindAndMembersUnderTheirCooperative)
{
    const auto list = producers();
    EXPECT_GE(list.size(), 12u);
    EXPECT_EQ(s_summary.producers, static_cast<int>(list.size()));
    std::set<core::ProducerKind> kinds;
    int members = 0;
    std::map<QString, core::ProducerKind> kindOf;
    for (const auto& p : list)
        kindOf[p.code] = p.kind;
    for (const auto& p : list) {
        kinds.insert(p.kind);
        if (!p.parentCode.isEmpty()) {
            ++members;
            EXPECT_TRUE(p.kind == core::ProducerKind::Household || p.kind == core::ProducerKind::Individual) << p.code.toStdString();
            EXPECT_NE(kindOf[p.parentCode], core::ProducerKind::Household) << p.code.toStdString();
        }
    }
    EXPECT_TRUE(kinds.count(core::ProducerKind::Cooperative));
    EXPECT_TRUE(kinds.count(core::ProducerKind::CoopGroup));
    EXPECT_TRUE(kinds.count(core::ProducerKind::Enterprise));
    EXPECT_TRUE(kinds.count(core::ProducerKind::Household));
    EXPECT_GE(members, 3);
}

TEST_F(DemoData, HasFortyProductsWithValidVietnameseBarcodes)
{
    const auto list = products();
    EXPECT_GE(list.size(), 40u);
    EXPECT_EQ(s_summary.products, static_cast<int>(list.size()));
    int withEan = 0;
    for (const auto& p : list) {
        for (const auto& b : p.barcodes) {
            EXPECT_EQ(core::classifyCode(b.toStdString()), core::CodeKind::Gs1) << p.sku.toStdString() << " " << b.toStdString();
            if (b.size() == 13) {
                EXPECT_TRUE(b.startsWith(QStringLiteral("893"))) << b.toStdString();
                ++withEan;
            }
        }
        if (p.soldBy == core::SoldBy::Unit) {
            EXPECT_FALSE(p.barcodes.isEmpty()) << p.sku.toStdString() << " is sold by unit but has no barcode";
        }
        EXPECT_EQ(p.name, p.name.normalized(QString::NormalizationForm_C));
    }
    EXPECT_GE(withEan, 30);
}

TEST_F(DemoData, WeighedProductsHavePlusThatScan)
{
    CatalogLookup catalog(s_store->ctx());
    int weighed = 0;
    for (const auto& p : products()) {
        if (p.soldBy != core::SoldBy::Weight)
            continue;
        ++weighed;
        ASSERT_EQ(p.plu.size(), 5) << p.sku.toStdString();
        const auto r = catalog.resolveCode(QString::fromStdString(core::makeScaleBarcode(26, p.plu.toStdString(), 350)));
        EXPECT_EQ(r.product.sku, p.sku);
        EXPECT_EQ(r.weight->thousandths(), 350);
    }
    EXPECT_GE(weighed, 2);
}

TEST_F(DemoData, HasStarsCertificatesSupplyModesAndVatRates)
{
    const QDate today = s_store->clock().today();
    std::set<int> stars;
    std::set<std::string> vats;
    int expiringSoon = 0;
    int consignment = 0;
    int purchased = 0;
    std::set<QString> categories;
    bool liquorAt10 = false;
    for (const auto& p : products()) {
        if (p.ocopStars)
            stars.insert(*p.ocopStars);
        vats.insert(p.vat.code());
        if (p.certExpiry && *p.certExpiry >= today && *p.certExpiry <= today.addDays(90))
            ++expiringSoon;
        if (p.ocopStars) {
            EXPECT_FALSE(p.certNo.isEmpty()) << p.sku.toStdString();
        }
        (p.supply == core::Supply::Consignment ? consignment : purchased)++;
        if (!p.category.isEmpty())
            categories.insert(p.category);
        if (p.name.startsWith(QStringLiteral("Rượu"))) {
            EXPECT_EQ(p.vat.code(), "10") << p.sku.toStdString() << ": liquor stays at 10 %";
            liquorAt10 = true;
        }
    }
    EXPECT_TRUE(stars.count(3) && stars.count(4) && stars.count(5));
    EXPECT_GE(expiringSoon, 1) << "some certificates expire within 90 days of " << today.toString(Qt::ISODate).toStdString();
    EXPECT_GE(consignment, 1);
    EXPECT_GE(purchased, 1);
    EXPECT_TRUE(liquorAt10);
    EXPECT_TRUE(vats.count("KCT"));
    EXPECT_TRUE(vats.count("8"));
    EXPECT_GE(categories.size(), 4u);
}

TEST_F(DemoData, HasUsersOfEveryRoleWithTheReadmePins)
{
    AuthService auth(s_store->ctx());
    std::set<Role> roles;
    for (const auto& u : auth.listUsers(s_store->admin()))
        roles.insert(u.role);
    EXPECT_EQ(roles.size(), 4u);
    EXPECT_EQ(auth.login(QStringLiteral("thungan1"), QStringLiteral("1111")).role, Role::Cashier);
    EXPECT_EQ(auth.login(QStringLiteral("quanly"), QStringLiteral("1234")).role, Role::Manager);
    EXPECT_EQ(auth.login(QStringLiteral("admin"), QStringLiteral("000000")).role, Role::Admin);
    const Session coop = auth.login(QStringLiteral("htxcairong"), QStringLiteral("3333"));
    EXPECT_EQ(coop.role, Role::Cooperative);
    for (const auto& p : CatalogLookup(s_store->ctx()).listProducts(coop))
        EXPECT_EQ(p.ownerCode, QStringLiteral("HTX-CAIRONG"));
}

TEST_F(DemoData, SchedulesTheReturnTo10PercentVat)
{
    const auto pending = PriceService(s_store->ctx()).priceList(s_store->admin());
    int toTen = 0;
    for (const auto& c : pending)
        if (c.status == QLatin1String("pending") && c.effectiveOn == QDate(2027, 1, 1) && c.vat && c.vat->code() == "10")
            ++toTen;
    EXPECT_GE(toTen, 10);
}

TEST_F(DemoData, SearchFindsTheFishSauce)
{
    const auto found = CatalogLookup(s_store->ctx()).listProducts(s_store->admin(), QStringLiteral("nuoc mam cai"));
    ASSERT_FALSE(found.empty());
    for (const auto& p : found)
        EXPECT_TRUE(p.name.contains(QStringLiteral("Cái Rồng")) || p.ownerName.contains(QStringLiteral("Cái Rồng")));
}

TEST(DemoDataRefusal, IsRefusedOnANonEmptyDatabase)
{
    test::TempStore s;
    s.loadSmallCatalog();
    const auto users = test::countRows(s.db(), QStringLiteral("users"));
    EXPECT_THROW(loadDemoData(s.ctx()), Conflict);
    EXPECT_EQ(test::countRows(s.db(), QStringLiteral("products")), 6);
    EXPECT_EQ(test::countRows(s.db(), QStringLiteral("users")), users);
}

} // namespace

namespace {

// Known defect in DemoData.cpp (not this suite's to fix): a database with users
// or producers but no products is not refused, and the demo then commits its
// settings, producers and products before a clashing user name (here 'quanly')
// throws, leaving half a demo. Enable once loadDemoData checks every table or
// runs in one transaction.
TEST(DemoDataRefusal, LeavesNothingBehindWhenItFails)
{
    test::TempStore s;
    s.addUser(QStringLiteral("quanly"), Role::Manager);
    EXPECT_THROW(loadDemoData(s.ctx()), Conflict);
    EXPECT_EQ(test::countRows(s.db(), QStringLiteral("products")), 0);
    EXPECT_EQ(test::countRows(s.db(), QStringLiteral("producers")), 0);
}

} // namespace
