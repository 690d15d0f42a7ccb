// ocopos-cli producer, product and price commands.
#include "CliTestSupport.h"

#include "core/VietText.h"
#include "services/ProductSearchIndex.h"

#include <QFile>

using namespace ocopos;
using namespace ocopos::test;

namespace {

class CliCatalog : public CliFixture {
protected:
    QJsonArray products(const QStringList& extra = {})
    {
        return ok(admin(QStringList{QStringLiteral("product"), QStringLiteral("list")} + extra)).value(QStringLiteral("products")).toArray();
    }
};

QStringList field(const QJsonArray& a, const char* name)
{
    QStringList out;
    for (const auto& v : a)
        out << v.toObject().value(QString::fromLatin1(name)).toString();
    return out;
}

TEST_F(CliCatalog, ProducerImportAndList)
{
    init();
    const auto r = ok(admin({QStringLiteral("producer"), QStringLiteral("import"), testData(QStringLiteral("producers.csv"))}));
    EXPECT_EQ(r.value(QStringLiteral("inserted")).toInt(), 4);
    EXPECT_EQ(r.value(QStringLiteral("updated")).toInt(), 0);
    const auto list = ok(admin({QStringLiteral("producer"), QStringLiteral("list")})).value(QStringLiteral("producers")).toArray();
    ASSERT_EQ(list.size(), 4);
    QStringList names = field(list, "name");
    QStringList sorted = names;
    core::sortVietnamese(sorted);
    EXPECT_EQ(names, sorted);
    EXPECT_EQ(names.front(), QStringLiteral("Công ty CP Nước khoáng Quang Hanh"));
    QJsonObject ho;
    for (const auto& v : list)
        if (v.toObject().value(QStringLiteral("code")).toString() == QLatin1String("HO-CR1"))
            ho = v.toObject();
    EXPECT_EQ(ho.value(QStringLiteral("kind")).toString(), QStringLiteral("household"));
    EXPECT_EQ(ho.value(QStringLiteral("parent_code")).toString(), QStringLiteral("HTX-CR"));
    EXPECT_EQ(ho.value(QStringLiteral("address")).toString(), QStringLiteral("Thôn Đông Hải, Vân Đồn"));
    for (const char* key : {"code", "kind", "name", "parent_code", "tax_code", "address", "district", "province", "phone",
                            "bank_bin", "bank_account", "commission_pct"})
        EXPECT_TRUE(ho.contains(QString::fromLatin1(key))) << key;
    QJsonObject bc;
    for (const auto& v : list)
        if (v.toObject().value(QStringLiteral("code")).toString() == QLatin1String("HTX-BC"))
            bc = v.toObject();
    EXPECT_EQ(bc.value(QStringLiteral("commission_pct")).toString(), QStringLiteral("18.5"));
    EXPECT_EQ(bc.value(QStringLiteral("bank_bin")).toString(), QStringLiteral("970415"));
    // Re-import: all updated.
    EXPECT_EQ(ok(admin({QStringLiteral("producer"), QStringLiteral("import"), testData(QStringLiteral("producers.csv"))}))
                  .value(QStringLiteral("updated")).toInt(),
              4);
}

TEST_F(CliCatalog, ProductImportListAndShow)
{
    initWithCatalog();
    const auto list = products();
    ASSERT_EQ(list.size(), 6);
    QStringList names = field(list, "name");
    QStringList sorted = names;
    core::sortVietnamese(sorted);
    EXPECT_EQ(names, sorted);
    const auto tra = ok(admin({QStringLiteral("product"), QStringLiteral("show"), QStringLiteral("8936045000014")}));
    EXPECT_EQ(tra.value(QStringLiteral("sku")).toString(), QStringLiteral("TRA-50"));
    EXPECT_EQ(tra.value(QStringLiteral("name")).toString(), QStringLiteral("Trà hoa vàng Ba Chẽ"));
    EXPECT_EQ(tra.value(QStringLiteral("price")).toInteger(), 650000);
    EXPECT_TRUE(tra.value(QStringLiteral("price")).isDouble());  // a JSON number, not "650.000 ₫"
    EXPECT_EQ(tra.value(QStringLiteral("vat")).toString(), QStringLiteral("8"));
    EXPECT_EQ(tra.value(QStringLiteral("owner_code")).toString(), QStringLiteral("HTX-BC"));
    EXPECT_EQ(tra.value(QStringLiteral("supply")).toString(), QStringLiteral("consignment"));
    EXPECT_EQ(tra.value(QStringLiteral("sold_by")).toString(), QStringLiteral("unit"));
    EXPECT_EQ(tra.value(QStringLiteral("barcodes")).toArray(),
              (QJsonArray{QStringLiteral("0036000291452"), QStringLiteral("8936045000014")}));
    EXPECT_EQ(tra.value(QStringLiteral("ocop_stars")).toInt(), 5);
    EXPECT_EQ(tra.value(QStringLiteral("ocop_cert_expiry")).toString(), QStringLiteral("2026-12-31"));
    EXPECT_EQ(tra.value(QStringLiteral("category")).toString(), QStringLiteral("Dược liệu"));
    const auto cm = ok(admin({QStringLiteral("product"), QStringLiteral("show"), QStringLiteral("CMHL-1KG")}));
    EXPECT_EQ(cm.value(QStringLiteral("reorder_point")).toString(), QStringLiteral("2.500"));
    EXPECT_EQ(cm.value(QStringLiteral("commission_pct")).toString(), QStringLiteral("25"));
    EXPECT_EQ(cm.value(QStringLiteral("plu")).toString(), QStringLiteral("10001"));
    EXPECT_EQ(cm.value(QStringLiteral("sold_by")).toString(), QStringLiteral("weight"));
    EXPECT_TRUE(cm.value(QStringLiteral("barcodes")).toArray().isEmpty());
    EXPECT_EQ(ok(admin({QStringLiteral("product"), QStringLiteral("show"), QStringLiteral("NMCR-500")}))
                  .value(QStringLiteral("reorder_point")).toString(),
              QStringLiteral("20"));
    for (const char* key : {"sku", "name", "unit", "sold_by", "price", "vat", "owner_code", "supply", "barcodes", "category",
                            "ocop_stars", "ocop_cert_no", "ocop_cert_expiry", "commission_pct", "reorder_point", "plu"})
        EXPECT_TRUE(cm.contains(QString::fromLatin1(key))) << key;
    // Anyone may list and show: a cashier too.
    addUser("thungan", core::Role::Cashier, "1111");
    EXPECT_EQ(ok(as("thungan", "1111", {QStringLiteral("product"), QStringLiteral("show"), QStringLiteral("GA-KG")}))
                  .value(QStringLiteral("vat")).toString(),
              QStringLiteral("KCT"));
    expectError(as("thungan", "1111", {QStringLiteral("product"), QStringLiteral("import"), testData(QStringLiteral("products.csv"))}),
                6, "auth");
    expectError(as("thungan", "1111", {QStringLiteral("producer"), QStringLiteral("list")}), 6, "auth");
}

TEST_F(CliCatalog, ProductListSearchesWithoutAccentsAndFilters)
{
    initWithCatalog();
    EXPECT_EQ(field(products({QStringLiteral("--query"), QStringLiteral("nuoc mam cai")}), "sku"),
              (QStringList{QStringLiteral("CMHL-1KG"), QStringLiteral("NMCR-500")}));  // Chả mực: by its owner's name
    EXPECT_EQ(field(products({QStringLiteral("--query"), QStringLiteral("NƯỚC KHOÁNG")}), "sku"), QStringList{QStringLiteral("NK-500")});
    EXPECT_EQ(field(products({QStringLiteral("--query"), QStringLiteral("ruou")}), "sku"), QStringList{QStringLiteral("RUOU-500")});
    EXPECT_EQ(field(products({QStringLiteral("--query"), QStringLiteral("8936289")}), "sku"), QStringList{QStringLiteral("RUOU-500")});
    EXPECT_EQ(field(products({QStringLiteral("--query"), QStringLiteral("tra-50")}), "sku"), QStringList{QStringLiteral("TRA-50")});
    EXPECT_EQ(field(products({QStringLiteral("--producer"), QStringLiteral("HTX-BC")}), "sku"),
              (QStringList{QStringLiteral("GA-KG"), QStringLiteral("RUOU-500"), QStringLiteral("TRA-50")}));
    EXPECT_EQ(field(products({QStringLiteral("--producer"), QStringLiteral("HTX-BC"), QStringLiteral("--query"), QStringLiteral("ga")}),
                    "sku"),
              QStringList{QStringLiteral("GA-KG")});
    // "nuoc": three matches, listed by name, not by how well they match.
    EXPECT_EQ(field(products({QStringLiteral("--query"), QStringLiteral("nuoc")}), "name"),
              (QStringList{QStringLiteral("Chả mực Hạ Long"), QStringLiteral("Nước khoáng Quang Hanh"),
                           QStringLiteral("Nước mắm Cái Rồng 35 độ đạm")}));
    expectError(admin({QStringLiteral("product"), QStringLiteral("list"), QStringLiteral("--producer"), QStringLiteral("HTX-NONE")}), 4,
                "not_found");
    EXPECT_TRUE(products({QStringLiteral("--query"), QStringLiteral("khong co")}).isEmpty());
}

// An import makes the till's saved search index stale, so `ocopos-cli` saves a
// fresh one: the till's next start reads it instead of building (seconds and the
// build's memory peak at a large store; docs/PERFORMANCE.md). A refused import
// changes nothing, the file included.
TEST_F(CliCatalog, AnImportSavesTheTillsSearchIndexForItsNextStart)
{
    initWithCatalog();
    const QString saved = services::ProductSearchIndex::savedPathFor(dbPath());
    ASSERT_TRUE(QFile::exists(saved));
    const auto nextStart = [&] {
        services::ProductSearchIndex index;
        index.startBuild(dbPath(), saved);
        index.wait();
        EXPECT_EQ(static_cast<qsizetype>(index.size()), products().size());
        return index.loadedFromFile();
    };
    EXPECT_TRUE(nextStart());
    const QByteArray before = [&] {
        QFile f(saved);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    expectError(admin({QStringLiteral("product"), QStringLiteral("import"), testData(QStringLiteral("products-bad.csv"))}),
                3, "invalid", 4);
    QFile f(saved);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);
    EXPECT_TRUE(nextStart());
}

TEST_F(CliCatalog, AnInvalidFileIsRefusedWholeWithEveryLine)
{
    initWithCatalog();
    const auto before = products();
    const auto r = admin({QStringLiteral("product"), QStringLiteral("import"), testData(QStringLiteral("products-bad.csv"))});
    const QString m = expectError(r, 3, "invalid", 4);  // OK-1's quoted name spans lines 2-3
    EXPECT_TRUE(m.contains(QStringLiteral("line 4, field price:"))) << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("line 6, field vat:")));
    EXPECT_TRUE(m.contains(QStringLiteral("line 6, field owner_code:")));
    EXPECT_TRUE(m.contains(QStringLiteral("line 6, field barcodes:")));
    EXPECT_FALSE(m.contains(QStringLiteral("line 2,")));
    EXPECT_FALSE(m.contains(QStringLiteral("line 5,")));
    EXPECT_EQ(products(), before);
    expectError(admin({QStringLiteral("product"), QStringLiteral("show"), QStringLiteral("OK-1")}), 4, "not_found");
    // The producers file too.
    QFile f(path(QStringLiteral("producers-bad.csv")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("code,kind,name,parent_code,commission_pct\nHO-X,household,Hộ X,HTX-NONE,\nHTX-Y,cooperative,HTX Y,,150\n");
    f.close();
    const QString pm = expectError(admin({QStringLiteral("producer"), QStringLiteral("import"), f.fileName()}), 3, "invalid", 2);
    EXPECT_TRUE(pm.contains(QStringLiteral("line 2, field parent_code:"))) << pm.toStdString();
    EXPECT_TRUE(pm.contains(QStringLiteral("line 3, field commission_pct:")));
    EXPECT_EQ(ok(admin({QStringLiteral("producer"), QStringLiteral("list")})).value(QStringLiteral("producers")).toArray().size(), 4);
}

TEST_F(CliCatalog, PricesAreScheduledListedAndApplied)
{
    initWithCatalog();
    addUser("quanly", core::Role::Manager, "1234");
    const auto r = ok(as("quanly", "1234", {QStringLiteral("price"), QStringLiteral("schedule"), testData(QStringLiteral("prices-2027.csv"))}));
    EXPECT_EQ(r.value(QStringLiteral("scheduled")).toInt(), 3);
    auto o = ok(as("quanly", "1234", {QStringLiteral("price"), QStringLiteral("list")}));
    const auto pending = o.value(QStringLiteral("pending")).toArray();
    ASSERT_EQ(pending.size(), 3);
    for (const auto& p : pending) {
        EXPECT_EQ(p.toObject().value(QStringLiteral("effective_on")).toString(), QStringLiteral("2027-01-01"));
        EXPECT_EQ(p.toObject().value(QStringLiteral("user")).toString(), QStringLiteral("quanly"));
    }
    EXPECT_EQ(o.value(QStringLiteral("history")).toArray().size(), 6);  // the imports
    // The past is refused, naming line and field.
    const QString m = expectError(as("quanly", "1234", {QStringLiteral("price"), QStringLiteral("schedule"),
                                                        testData(QStringLiteral("prices-past.csv"))}),
                                  3, "invalid", 2);
    EXPECT_TRUE(m.contains(QStringLiteral("line 2, field effective_on:"))) << m.toStdString();
    // A cashier may not.
    addUser("thungan", core::Role::Cashier, "1111");
    expectError(as("thungan", "1111", {QStringLiteral("price"), QStringLiteral("list")}), 6, "auth");
    expectError(as("thungan", "1111", {QStringLiteral("price"), QStringLiteral("schedule"), testData(QStringLiteral("prices-2027.csv"))}),
                6, "auth");
    // New Year's Day: applied by themselves, in the history with source "schedule".
    const std::map<QString, QString> newYear{{QStringLiteral("OCOPOS_NOW"), QStringLiteral("2027-01-01T08:00:00+07:00")}};
    o = ok(as("quanly", "1234", {QStringLiteral("price"), QStringLiteral("list"), QStringLiteral("--code"), QStringLiteral("TRA-50")},
              newYear));
    EXPECT_TRUE(o.value(QStringLiteral("pending")).toArray().isEmpty());
    const auto h = o.value(QStringLiteral("history")).toArray();
    ASSERT_EQ(h.size(), 2);
    EXPECT_EQ(h[0].toObject().value(QStringLiteral("source")).toString(), QStringLiteral("schedule"));
    EXPECT_EQ(h[0].toObject().value(QStringLiteral("price")).toInteger(), 700000);
    EXPECT_EQ(h[0].toObject().value(QStringLiteral("old_price")).toInteger(), 650000);
    EXPECT_EQ(h[0].toObject().value(QStringLiteral("vat")).toString(), QStringLiteral("10"));
    EXPECT_EQ(h[0].toObject().value(QStringLiteral("old_vat")).toString(), QStringLiteral("8"));
    EXPECT_EQ(h[0].toObject().value(QStringLiteral("user")).toString(), QStringLiteral("quanly"));
    EXPECT_EQ(h[1].toObject().value(QStringLiteral("source")).toString(), QStringLiteral("import"));
    const auto nk = ok(admin({QStringLiteral("product"), QStringLiteral("show"), QStringLiteral("NK-500")}, newYear));
    EXPECT_EQ(nk.value(QStringLiteral("price")).toInteger(), 9000);
    EXPECT_EQ(nk.value(QStringLiteral("vat")).toString(), QStringLiteral("8"));
}

} // namespace
