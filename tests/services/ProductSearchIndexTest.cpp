// The in-memory search index answers exactly like the SQL search: same first 20
// products in the same order, on a generated store and on the small catalogue.
#include "TestSupport.h"
#include "generator/StoreGenerator.h"

#include "services/CatalogImportService.h"
#include "services/CatalogLookup.h"
#include "services/ProductSearchIndex.h"
#include "services/VietnameseSortKeys.h"

#include <gtest/gtest.h>

#include <QCollator>
#include <QFile>
#include <QLocale>
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
    services::ProductSearchIndex index;
    index.reload(database);
    EXPECT_EQ(index.size(), 3000u);
    services::CatalogLookup sql(services::Context{database, clock}), fast(services::Context{database, clock, &index});
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

// A till is ready to scan before the index is: until the background build is
// published, the cashier's search is answered by SQL; after, by the index. No
// timing: wait() joins the build, and a product written behind the index's back
// shows which path answered.
TEST(ProductSearchIndex, IcuSortKeysOrderNamesExactlyAsQtsCollator)
{
    // The build sorts by ICU sort keys taken directly (one buffer, not one
    // QCollatorSortKey per product); the order must be QCollator's, which
    // core::compareVietnamese and the SQL path use.
    const QStringList names = {
        QStringLiteral("Nước mắm Cái Rồng"), QStringLiteral("nuoc mam"), QStringLiteral("Nước Mắm cái rồng"),
        QStringLiteral("Đường phèn"), QStringLiteral("Dưa hấu"), QStringLiteral("duong"), QStringLiteral("Dương"),
        QStringLiteral("Mật ong 10"), QStringLiteral("Mật ong 9"), QStringLiteral("Mật ong 100"), QStringLiteral("mat ong"),
        QStringLiteral("Chả mực Hạ Long"), QStringLiteral("Cha muc"), QStringLiteral("Chè Thái Nguyên"),
        QStringLiteral("Trà"), QStringLiteral("Tra"), QStringLiteral("Trả"), QStringLiteral("Trã"), QStringLiteral("Trá"),
        QStringLiteral("Trạ"), QStringLiteral("Trà"), QStringLiteral("Ơ"), QStringLiteral("Ô"), QStringLiteral("O"),
        QStringLiteral("Ư"), QStringLiteral("U"), QStringLiteral("Ngọc"), QStringLiteral("Nghệ"), QStringLiteral("Nhung"),
        QStringLiteral("Rượu ba kích - 500ml"), QStringLiteral("Rượu ba kích 500 ml"), QStringLiteral("Rượu (ba kích)"),
        QStringLiteral("A"), QStringLiteral("a"), QStringLiteral("Ă"), QStringLiteral("Â"), QString(),
        QStringLiteral("𝐀 math"), QStringLiteral("\u0041\u0301"), QStringLiteral("\u00c1")};
    QCollator qt{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    qt.setCaseSensitivity(Qt::CaseInsensitive);
    qt.setNumericMode(true);
    services::VietnameseSortKeys icu;
    for (const QString& a : names)
        for (const QString& b : names) {
            std::string ka, kb;
            icu.append(a, ka);
            icu.append(b, kb);
            const int mine = services::VietnameseSortKeys::compare(ka, kb);
            const int theirs = qt.sortKey(a).compare(qt.sortKey(b));
            EXPECT_EQ(mine < 0, theirs < 0) << a.toStdString() << " vs " << b.toStdString();
            EXPECT_EQ(mine == 0, theirs == 0) << a.toStdString() << " vs " << b.toStdString();
            EXPECT_EQ(mine < 0, qt.compare(a, b) < 0) << a.toStdString() << " vs " << b.toStdString();
        }
}

TEST(ProductSearchIndex, SqlAnswersUntilTheBackgroundBuildIsReady)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.db"));
    bench::StoreSpec spec;
    spec.products = 500;
    spec.cooperatives = 10;
    bench::generateStore(path, spec);
    db::Database database(path);
    const core::FixedClock clock(core::parseIsoTime(QStringLiteral("2026-11-28T09:00:00+07:00"), "now"));
    services::ProductSearchIndex index;
    services::Context plain{database, clock};
    services::Context till{database, clock, &index};
    services::CatalogLookup sql(plain), cashier(till);
    const auto same = [&](const char* q) {
        return ids(cashier.listProducts(admin(), QString::fromUtf8(q), QString(), 20))
            == ids(sql.listProducts(admin(), QString::fromUtf8(q), QString(), 20));
    };

    EXPECT_FALSE(index.ready());
    EXPECT_TRUE(index.search(QStringLiteral("nuoc"), 20).empty());
    EXPECT_FALSE(ids(cashier.listProducts(admin(), QStringLiteral("nuoc"), QString(), 20)).empty());
    EXPECT_TRUE(same("nuoc"));

    index.startBuild(path);
    index.wait();
    ASSERT_TRUE(index.ready());
    EXPECT_EQ(index.size(), 500u);
    for (const char* q : {"nuoc", "mat ong", "tra hoa vang", "htx", "893"})
        EXPECT_TRUE(same(q)) << q;

    // Written behind the index's back: SQL finds it, the till's search (the index) does not.
    database.execute(QStringLiteral(
        "INSERT INTO products (sku, name, name_key, unit, sold_by, price_vnd, vat, owner_id, supply, created_at, updated_at) "
        "SELECT 'ZZ-1', 'Kẹo zzqx', 'keo zzqx', 'gói', 'unit', 10000, '8', MIN(id), 'consignment', 'x', 'x' FROM producers"));
    EXPECT_EQ(sql.listProducts(admin(), QStringLiteral("zzqx"), QString(), 20).size(), 1u);
    EXPECT_TRUE(cashier.listProducts(admin(), QStringLiteral("zzqx"), QString(), 20).empty());

    // An import through the till's service rebuilds in the background; whichever
    // path answers meanwhile is right, and the rebuilt index has both products.
    services::CatalogImportService(till).importProducts(admin(), "sku,name,unit,sold_by,price,vat,owner_code,supply\n"
                                                                 "XYZ-1,Bánh qzxv Ninh Giang,hộp,unit,50000,8,HTX-0001,consignment\n");
    EXPECT_EQ(cashier.listProducts(admin(), QStringLiteral("qzxv"), QString(), 20).size(), 1u);
    index.wait();
    ASSERT_TRUE(index.ready());
    EXPECT_EQ(index.size(), 502u);
    EXPECT_EQ(cashier.listProducts(admin(), QStringLiteral("zzqx"), QString(), 20).size(), 1u);
    EXPECT_TRUE(same("qzxv"));
}

// A till keeps its built index beside the store and, at the next start, reads it
// back instead of building — only while the catalogue is as it was (its token,
// migration 0011). Anything else about the file means a build: a change to a
// product, a barcode or a producer, however it was written; a damaged, short or
// foreign file. Every index, read or built, answers as SQL does.
TEST(ProductSearchIndex, SavedIndexIsReadBackOnlyWhileTheCatalogueIsUnchanged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.db"));
    bench::StoreSpec spec;
    spec.products = 800;
    spec.cooperatives = 12;
    bench::generateStore(path, spec);
    const QString saved = services::ProductSearchIndex::savedPathFor(path);
    EXPECT_EQ(saved, path + QStringLiteral(".search"));
    db::Database database(path);
    const core::FixedClock clock(core::parseIsoTime(QStringLiteral("2026-11-28T09:00:00+07:00"), "now"));
    services::CatalogLookup sql(services::Context{database, clock});
    // A till started on the store: whether it read the file, and whether it answers as SQL.
    const auto start = [&](bool* read) {
        services::ProductSearchIndex index;
        index.startBuild(path, saved);
        index.wait();
        EXPECT_TRUE(index.ready());
        *read = index.loadedFromFile();
        services::CatalogLookup cashier(services::Context{database, clock, &index});
        for (const char* q : kQueries) {
            const QString query = QString::fromUtf8(q);
            EXPECT_EQ(ids(cashier.listProducts(admin(), query, QString(), 20)),
                      ids(sql.listProducts(admin(), query, QString(), 20)))
                << q;
            EXPECT_EQ(ids(cashier.listProducts(admin(), query, QStringLiteral("HTX-0003"), 20)),
                      ids(sql.listProducts(admin(), query, QStringLiteral("HTX-0003"), 20)))
                << q;
        }
        return index.size();
    };
    bool read = true;
    EXPECT_EQ(start(&read), 800u);
    EXPECT_FALSE(read) << "no file yet: built";
    ASSERT_TRUE(QFile::exists(saved));
    EXPECT_EQ(start(&read), 800u);
    EXPECT_TRUE(read) << "the catalogue is unchanged: read back";

    // Each change to what the index holds, written as any program would (SQL,
    // not our services), makes the next start build; the one after reads again.
    const char* changes[] = {
        "UPDATE products SET name = 'Kẹo zzqx', name_key = 'keo zzqx' WHERE id = (SELECT MIN(id) FROM products)",
        "INSERT INTO barcodes (code, product_id) SELECT '8939999999996', MAX(id) FROM products",
        "UPDATE barcodes SET code = '8939999999989' WHERE code = '8939999999996'",
        "DELETE FROM barcodes WHERE code = '8939999999989'",
        "UPDATE producers SET name_key = 'htx qzzv' WHERE code = 'HTX-0003'",
        "UPDATE products SET owner_id = (SELECT id FROM producers WHERE code = 'HTX-0003') "
        "WHERE id = (SELECT MAX(id) FROM products)",
        "INSERT INTO products (sku, name, name_key, unit, sold_by, price_vnd, vat, owner_id, supply, created_at, "
        "updated_at) SELECT 'ZZ-1', 'Bánh qzxv', 'banh qzxv', 'gói', 'unit', 10000, '8', MIN(id), 'consignment', 'x', "
        "'x' FROM producers",
    };
    for (const char* change : changes) {
        database.execute(QString::fromUtf8(change));
        start(&read);
        EXPECT_FALSE(read) << change;
        start(&read);
        EXPECT_TRUE(read) << change;
    }
    // A price is not in the index: the saved copy stays good.
    database.execute(QStringLiteral("UPDATE products SET price_vnd = price_vnd + 1000"));
    start(&read);
    EXPECT_TRUE(read) << "a price change";

    // A damaged file is built over, never trusted: a flipped byte in the middle,
    // a short file, another program's file, an empty one.
    QFile f(saved);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray good = f.readAll();
    f.close();
    QByteArray flipped = good;
    flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x10);
    for (const QByteArray& bad : {flipped, good.left(good.size() - 9), good.left(100), QByteArray("SQLite format 3"),
                                  QByteArray()}) {
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bad);
        f.close();
        EXPECT_EQ(start(&read), 801u);
        EXPECT_FALSE(read) << bad.size() << " bytes";
    }
    start(&read);
    EXPECT_TRUE(read) << "rewritten by the build before";

    // Where the file cannot be written (a read-only folder, a full disk), the
    // till keeps its built index and works on; only the next start builds again.
    services::ProductSearchIndex nowhere;
    const QString unwritable = dir.filePath(QStringLiteral("no-such-folder/store.db.search"));
    nowhere.startBuild(path, unwritable);
    nowhere.wait();
    EXPECT_TRUE(nowhere.ready());
    EXPECT_FALSE(nowhere.loadedFromFile());
    EXPECT_EQ(nowhere.size(), 801u);
    EXPECT_FALSE(QFile::exists(unwritable));
}

TEST(ProductSearchIndex, SmallCatalogueMatchesSqlAndFollowsImports)
{
    test::TempStore store;
    store.loadSmallCatalog();
    services::ProductSearchIndex index;
    index.reload(store.db());
    services::Context indexed = store.ctx();
    indexed.searchIndex = &index;
    services::CatalogLookup sql(store.ctx()), fast(indexed);
    for (const char* q : kQueries) {
        const QString query = QString::fromUtf8(q);
        EXPECT_EQ(ids(fast.listProducts(store.admin(), query, QString(), 20)),
                  ids(sql.listProducts(store.admin(), query, QString(), 20)))
            << q;
    }
    // An import through the indexed service is searchable at once.
    services::CatalogImportService(indexed).importProducts(
        store.admin(), "sku,name,unit,sold_by,price,vat,owner_code,supply,barcodes\n"
                       "XYZ-1,Bánh gai Ninh Giang,hộp,unit,50000,8,HTX-A,consignment,8930000000019\n");
    const auto found = fast.listProducts(store.admin(), QStringLiteral("banh gai"), QString(), 20);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].sku, QStringLiteral("XYZ-1"));
    EXPECT_EQ(ids(fast.listProducts(store.admin(), QStringLiteral("893000"), QString(), 20)),
              ids(sql.listProducts(store.admin(), QStringLiteral("893000"), QString(), 20)));
}

} // namespace
