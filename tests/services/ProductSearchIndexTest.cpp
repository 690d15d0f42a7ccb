// The in-memory search index answers exactly like the SQL search: same first 20
// products in the same order, on a generated store and on the small catalogue.
#include "TestSupport.h"
#include "generator/StoreGenerator.h"

#include "services/CatalogService.h"
#include "services/ProductSearchIndex.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace ocopos;

namespace {

std::vector<qint64> ids(const std::vector<core::Product>& list)
{
    std::vector<qint64> out;
    for (const auto& p : list)
        out.push_back(p.id);
    return out;
}

services::Session admin()
{
    services::Session s;
    s.userId = 1;
    s.username = QStringLiteral("admin");
    s.role = core::Role::Admin;
    return s;
}

const char* kQueries[] = {"", "nuo", "nuoc mam", "Nước mắm Phú", "mat ong rung", "tra hoa vang", "cha muc ha long",
                          "a", "o n", "ca", "phu quoc", "sp0001", "SP00012", "893100", "htx-0001", "htx", "ho nguyen",
                          "nguyen van", "đặc biệt", "dac", "500ml", "1 lit", "zzq", "mam%", "m_m", "  gao   st25 ",
                          "rang muoi", "quoc cay", "hop qua", "ca com phu"};

class GeneratedStore : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new QTemporaryDir;
        path = dir->filePath(QStringLiteral("store.db"));
        bench::StoreSpec spec;
        spec.products = 3000;
        spec.cooperatives = 40;
        bench::generateStore(path, spec);
    }
    static void TearDownTestSuite() { delete dir; }
    static inline QTemporaryDir* dir = nullptr;
    static inline QString path;
};

TEST_F(GeneratedStore, IndexReturnsTheSameFirst20AsSql)
{
    db::Database database(path);
    const core::FixedClock clock(core::parseIsoTime(QStringLiteral("2026-11-28T09:00:00+07:00"), "now"));
    services::Context ctx{database, clock};
    services::ProductSearchIndex index;
    index.reload(database);
    EXPECT_EQ(index.size(), 3000u);
    services::CatalogService sql(ctx), fast(ctx, &index);
    for (const char* q : kQueries) {
        const QString query = QString::fromUtf8(q);
        for (int limit : {1, 20, 200}) {
            const auto expected = ids(sql.listProducts(admin(), query, QString(), limit));
            EXPECT_EQ(ids(fast.listProducts(admin(), query, QString(), limit)), expected) << q << " limit " << limit;
        }
        for (const char* owner : {"HTX-0003", "HO-0007-2"}) {
            const auto expected = ids(sql.listProducts(admin(), query, QString::fromLatin1(owner), 20));
            EXPECT_EQ(ids(fast.listProducts(admin(), query, QString::fromLatin1(owner), 20)), expected) << q << " " << owner;
        }
    }
}

TEST(ProductSearchIndex, SmallCatalogueMatchesSqlAndFollowsImports)
{
    test::TempStore store;
    store.loadSmallCatalog();
    services::ProductSearchIndex index;
    index.reload(store.db());
    services::CatalogService sql(store.ctx()), fast(store.ctx(), &index);
    for (const char* q : kQueries) {
        const QString query = QString::fromUtf8(q);
        EXPECT_EQ(ids(fast.listProducts(store.admin(), query, QString(), 20)),
                  ids(sql.listProducts(store.admin(), query, QString(), 20)))
            << q;
    }
    // An import through the indexed service is searchable at once.
    fast.importProducts(store.admin(), "sku,name,unit,sold_by,price,vat,owner_code,supply,barcodes\n"
                                       "XYZ-1,Bánh gai Ninh Giang,hộp,unit,50000,8,HTX-A,consignment,8930000000019\n");
    const auto found = fast.listProducts(store.admin(), QStringLiteral("banh gai"), QString(), 20);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].sku, QStringLiteral("XYZ-1"));
    EXPECT_EQ(ids(fast.listProducts(store.admin(), QStringLiteral("893000"), QString(), 20)),
              ids(sql.listProducts(store.admin(), QStringLiteral("893000"), QString(), 20)));
}

} // namespace
