// The catalogue's repositories over the small catalogue: rows come back as named
// fields (no positions outside the repository), a scan is one statement with
// what the till needs, scheduled prices replace their day, and the search index
// source streams every product and barcode.
#include "TestSupport.h"

#include "db/CatalogRepository.h"
#include "db/PriceRepository.h"
#include "db/SearchIndexRepository.h"

#include <gtest/gtest.h>

using namespace ocopos;
using namespace ocopos::db;

namespace {

class CatalogRepositories : public ::testing::Test {
protected:
    void SetUp() override { store.loadSmallCatalog(); }
    qint64 id(const char* sku) { return CatalogRepository(store.db()).productBySku(QString::fromLatin1(sku))->id; }

    test::TempStore store;
};

TEST_F(CatalogRepositories, AScanBringsTheBarcodesAndBothCommissions)
{
    CatalogRepository repo(store.db());
    const auto byBarcode = repo.scan(CatalogRepository::ScanKey::Barcode, QStringLiteral("8938505974194"));
    ASSERT_TRUE(byBarcode);
    EXPECT_EQ(byBarcode->product.sku, QStringLiteral("NM-500"));
    EXPECT_EQ(byBarcode->product.ownerCode, QStringLiteral("HTX-A"));
    EXPECT_EQ(byBarcode->product.barcodes, QStringList{QStringLiteral("8938505974194")});
    EXPECT_EQ(byBarcode->ownerCommission, core::BasisPoints{2000});
    EXPECT_FALSE(byBarcode->defaultCommissionPct);  // never stored: the service uses its default

    const auto byPlu = repo.scan(CatalogRepository::ScanKey::Plu, QStringLiteral("10001"));
    ASSERT_TRUE(byPlu);
    EXPECT_EQ(byPlu->product.sku, QStringLiteral("CM-KG"));
    EXPECT_EQ(byPlu->product.soldBy, core::SoldBy::Weight);
    EXPECT_EQ(byPlu->product.commission, core::BasisPoints{2500});
    EXPECT_TRUE(byPlu->product.barcodes.isEmpty());
    EXPECT_FALSE(repo.scan(CatalogRepository::ScanKey::Sku, QStringLiteral("NOPE")));
}

TEST_F(CatalogRepositories, ProducersComeBackWithTheirParentsCode)
{
    CatalogRepository repo(store.db());
    const auto household = repo.producerByCode(QStringLiteral("HO-A1"));
    ASSERT_TRUE(household);
    EXPECT_EQ(household->kind, core::ProducerKind::Household);
    EXPECT_EQ(household->parentCode, QStringLiteral("HTX-A"));
    EXPECT_EQ(repo.memberIds(*household->parentId).size(), 2u);
    EXPECT_FALSE(repo.memberWithMembers());
    repo.setProducerParent(repo.producerByCode(QStringLiteral("HTX-B"))->id, household->parentId);
    EXPECT_EQ(repo.memberWithMembers(), QStringLiteral("HTX-B"));
}

TEST_F(CatalogRepositories, AScheduledChangeReplacesThePendingOneOfItsDay)
{
    PriceRepository prices(store.db());
    const qint64 nm = id("NM-500");
    const QDate day(2027, 1, 1);
    prices.schedule(nm, day, core::Money(1000), std::nullopt, QStringLiteral("2026-11-28T09:00:00+07:00"), 1);
    prices.schedule(nm, day, std::nullopt, core::VatRate::percent(10), QStringLiteral("2026-11-28T09:01:00+07:00"), 1);
    const auto pending = prices.pending(nm);
    ASSERT_EQ(pending.size(), 1u);
    EXPECT_EQ(pending[0].sku, QStringLiteral("NM-500"));
    EXPECT_EQ(pending[0].effectiveOn, day);
    EXPECT_FALSE(pending[0].price);
    EXPECT_EQ(pending[0].vat, core::VatRate::percent(10));
    EXPECT_EQ(pending[0].username, QStringLiteral("admin"));

    EXPECT_FALSE(prices.anyDue(QDate(2026, 12, 31)));
    ASSERT_TRUE(prices.anyDue(day));
    const auto due = prices.due(day);
    ASSERT_EQ(due.size(), 1u);
    EXPECT_EQ(due[0].productId, nm);
    EXPECT_EQ(due[0].userId, 1);
    prices.markApplied(due[0].id, QStringLiteral("2027-01-01T00:00:00+07:00"));
    EXPECT_FALSE(prices.anyDue(day));
    EXPECT_TRUE(prices.pending(nm).empty());
}

TEST_F(CatalogRepositories, HistoryIsNewestFirstWithOldAndNewValues)
{
    PriceRepository prices(store.db());
    const qint64 tra = id("TRA-50");
    prices.addHistory(tra, QStringLiteral("2026-11-28T10:00:00+07:00"), std::nullopt, QStringLiteral("edit"),
                      core::Money(650000), core::Money(700000), core::VatRate::percent(8), core::VatRate::kct());
    const auto history = prices.history(tra);
    ASSERT_EQ(history.size(), 2u);  // the import, then this edit
    EXPECT_EQ(history[0].source, QStringLiteral("edit"));
    EXPECT_EQ(history[0].oldPrice, core::Money(650000));
    EXPECT_EQ(history[0].newPrice, core::Money(700000));
    EXPECT_EQ(history[0].oldVat, core::VatRate::percent(8));
    EXPECT_TRUE(history[0].newVat.isKct());
    EXPECT_TRUE(history[0].username.isEmpty());
    EXPECT_EQ(history[1].source, QStringLiteral("import"));
    EXPECT_FALSE(history[1].oldPrice);
}

TEST_F(CatalogRepositories, TheSearchIndexSourceStreamsEveryProductAndBarcode)
{
    SearchIndexRepository repo(store.db());
    EXPECT_EQ(repo.owners().size(), CatalogRepository(store.db()).producers().size());
    std::vector<SearchIndexRepository::Product> products;
    repo.forEachProduct([&](SearchIndexRepository::Product&& p) { products.push_back(std::move(p)); });
    EXPECT_EQ(static_cast<qint64>(products.size()), repo.productCount());
    const auto nm = std::find_if(products.begin(), products.end(), [](const auto& p) { return p.sku == QStringLiteral("NM-500"); });
    ASSERT_NE(nm, products.end());
    EXPECT_EQ(nm->nameKey, QStringLiteral("nuoc mam cai rong"));
    QStringList codes;
    repo.forEachBarcode([&](qint64 productId, const QString& code) {
        if (productId == nm->id)
            codes << code;
    });
    EXPECT_EQ(codes, QStringList{QStringLiteral("8938505974194")});
}

} // namespace

namespace {

// The catalogue token (migration 0011) that a saved search index is checked
// against: replaced by every write to what the index holds, on SQLite and on
// PostgreSQL (where the migration's triggers are translated), and left alone by
// what it does not hold, such as prices.
TEST_F(CatalogRepositories, TheCatalogueTokenChangesWithWhatTheIndexHolds)
{
    SearchIndexRepository repo(store.db());
    QString token = repo.catalogToken();
    ASSERT_EQ(token.size(), 32) << token.toStdString();
    const auto changed = [&] {
        const QString now = repo.catalogToken();
        const bool different = now != token;
        token = now;
        return different;
    };
    store.db().execute(QStringLiteral("UPDATE products SET price_vnd = price_vnd + 1000, vat = '8'"));
    EXPECT_FALSE(changed()) << "a price is not in the index";
    store.db().execute(QStringLiteral("UPDATE products SET name = name || ' mới' WHERE sku = 'NM-500'"));
    EXPECT_TRUE(changed()) << "a product's name";
    store.db().execute(QStringLiteral("INSERT INTO barcodes (code, product_id) VALUES ('8930000000019', %1)")
                           .arg(id("NM-500")));
    EXPECT_TRUE(changed()) << "a barcode added";
    store.db().execute(QStringLiteral("DELETE FROM barcodes WHERE code = '8930000000019'"));
    EXPECT_TRUE(changed()) << "a barcode removed";
    store.db().execute(QStringLiteral("UPDATE producers SET code = 'HTX-AA' WHERE code = 'HTX-A'"));
    EXPECT_TRUE(changed()) << "a producer's code";
    store.db().execute(QStringLiteral("UPDATE producers SET phone = '0912345678' WHERE code = 'HTX-AA'"));
    EXPECT_FALSE(changed()) << "a producer's phone is not in the index";
}

} // namespace
