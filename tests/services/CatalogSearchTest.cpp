// Catalogue reading (CatalogLookup): Vietnamese order, accent-free search, cooperative
// scoping, scanning codes, commission.
#include "CatalogTestSupport.h"

#include "core/VietText.h"
#include "services/SettingsService.h"

using namespace ocopos;
using namespace ocopos::test;
using core::Role;

namespace {

class CatalogSearch : public CatalogFixture {
protected:
    QStringList search(const char* query, int limit = -1)
    {
        return skus(lookup.listProducts(store.admin(), QString::fromUtf8(query), QString(), limit));
    }
    QStringList names(const std::vector<core::Product>& list)
    {
        QStringList out;
        for (const auto& p : list)
            out << p.name;
        return out;
    }
};

TEST_F(CatalogSearch, ListsAreInVietnameseOrder)
{
    ASSERT_TRUE(importProducts(productHeader() + productRow({{"sku", "V1"}, {"name", "Đường phèn"}})
                               + productRow({{"sku", "V2"}, {"name", "Dừa sáp"}})
                               + productRow({{"sku", "V3"}, {"name", "Ăn liền"}})
                               + productRow({{"sku", "V4"}, {"name", "Ẩm thực"}})
                               + productRow({{"sku", "V5"}, {"name", "Anh đào"}})
                               + productRow({{"sku", "V6"}, {"name", "Bưởi"}})
                               + productRow({{"sku", "V7"}, {"name", "Bánh"}})
                               + productRow({{"sku", "V8"}, {"name", "Ô mai"}})
                               + productRow({{"sku", "V9"}, {"name", "Ơt"}})
                               + productRow({{"sku", "V10"}, {"name", "Ong"}}))
                    .empty());
    const QStringList got = names(lookup.listProducts(store.admin(), QString(), QStringLiteral("HTX-A")));
    const QStringList want = {QStringLiteral("Anh đào"), QStringLiteral("Ăn liền"), QStringLiteral("Ẩm thực"),
                              QStringLiteral("Bánh"), QStringLiteral("Bưởi"), QStringLiteral("Chả mực Hạ Long"),
                              QStringLiteral("Dừa sáp"), QStringLiteral("Đường phèn"), QStringLiteral("Nước mắm Cái Rồng"),
                              QStringLiteral("Ong"), QStringLiteral("Ô mai"), QStringLiteral("Ơt")};
    EXPECT_EQ(got, want);
    // Producers too.
    QStringList producers;
    for (const auto& p : lookup.listProducers(store.admin()))
        producers << p.name;
    EXPECT_EQ(producers.front(), QStringLiteral("Công ty Nước khoáng Quang Hanh"));
    QStringList sorted = producers;
    core::sortVietnamese(sorted);
    EXPECT_EQ(producers, sorted);
    EXPECT_EQ(producers.size(), 6);
}

TEST_F(CatalogSearch, SearchIgnoresAccentsAndCase)
{
    // Chả mực comes too: its owner is "HTX Nước mắm Cái Rồng" (producer names are searched).
    const QStringList both{QStringLiteral("CM-KG"), QStringLiteral("NM-500")};
    EXPECT_EQ(search("nuoc mam cai"), both);
    EXPECT_EQ(search("NƯỚC MẮM"), both);
    EXPECT_EQ(search("  mắm   cái  "), both);
    EXPECT_EQ(search("rong cai"), both);  // words in any order
    EXPECT_EQ(search("ga tien"), QStringList{QStringLiteral("GA-KG")});
    EXPECT_EQ(search("nuoc mam cai 500"), QStringList{QStringLiteral("NM-500")});
    EXPECT_TRUE(search("nuoc mam xyz").isEmpty());
    // Decomposed input (some input methods) folds the same.
    EXPECT_EQ(search("nu\xCC\x9Bo\xCC\x9B\xCC\x81""c ma\xCC\x86\xCC\x81m"), both);
}

TEST_F(CatalogSearch, DMatchesDStroke)
{
    ASSERT_TRUE(importProducts(productHeader() + productRow({{"sku", "D-1"}, {"name", "Đường phèn Đông Triều"}})).empty());
    EXPECT_EQ(search("duong"), QStringList{QStringLiteral("D-1")});
    EXPECT_EQ(search("đường"), QStringList{QStringLiteral("D-1")});
    EXPECT_EQ(search("DONG TRIEU"), QStringList{QStringLiteral("D-1")});
    EXPECT_EQ(search("Ðông"), QStringList{QStringLiteral("D-1")});  // U+00D0 look-alike
}

TEST_F(CatalogSearch, SearchFindsSkuBarcodeAndProducer)
{
    EXPECT_EQ(search("nm-500"), QStringList{QStringLiteral("NM-500")});
    EXPECT_EQ(search("CM-KG"), QStringList{QStringLiteral("CM-KG")});
    EXPECT_EQ(search("8938505974194"), QStringList{QStringLiteral("NM-500")});
    EXPECT_EQ(search("89360450"), QStringList{QStringLiteral("TRA-50")});
    // Producer name: HTX Trà hoa vàng Ba Chẽ owns the tea, the liquor and the chicken.
    EXPECT_EQ(search("tra hoa vang"), (QStringList{QStringLiteral("GA-KG"), QStringLiteral("RUOU-500"), QStringLiteral("TRA-50")}));
    EXPECT_EQ(search("quang hanh"), QStringList{QStringLiteral("NK-500")});
}

TEST_F(CatalogSearch, SearchTextIsLiteralNotAPattern)
{
    ASSERT_TRUE(importProducts(productHeader() + productRow({{"sku", "TRA_100"}, {"name", "Trà túi lọc"}})
                               + productRow({{"sku", "KM-50"}, {"name", "Hộp quà giảm 50%"}}))
                    .empty());
    EXPECT_EQ(search("tra_100"), QStringList{QStringLiteral("TRA_100")});
    EXPECT_EQ(search("TRA_"), QStringList{QStringLiteral("TRA_100")});
    EXPECT_EQ(search("50%"), QStringList{QStringLiteral("KM-50")});
    EXPECT_TRUE(search("%").size() == 1);
    EXPECT_TRUE(search("\\").isEmpty());
}

TEST_F(CatalogSearch, ResultsAreSortedByNameAndALimitKeepsNamePrefixesFirst)
{
    // "nuoc" is in two product names and in HTX-A's name (owner of Chả mực).
    EXPECT_EQ(search("nuoc"), (QStringList{QStringLiteral("CM-KG"), QStringLiteral("NK-500"), QStringLiteral("NM-500")}));
    EXPECT_EQ(search("nuoc", 2), (QStringList{QStringLiteral("NK-500"), QStringLiteral("NM-500")}));
    EXPECT_EQ(search("", 2), (QStringList{QStringLiteral("CM-KG"), QStringLiteral("GA-KG")}));
}

TEST_F(CatalogSearch, FilterByProducer)
{
    EXPECT_EQ(skus(lookup.listProducts(store.admin(), QString(), QStringLiteral("HTX-A"))),
              (QStringList{QStringLiteral("CM-KG"), QStringLiteral("NM-500")}));
    EXPECT_EQ(skus(lookup.listProducts(store.admin(), QStringLiteral("cha"), QStringLiteral("HTX-A"))),
              QStringList{QStringLiteral("CM-KG")});
    EXPECT_THROW(lookup.listProducts(store.admin(), QString(), QStringLiteral("HTX-NONE")), NotFound);
}

TEST_F(CatalogSearch, ACooperativeSeesOnlyItsOwn)
{
    const auto coop = store.addUser(QStringLiteral("htxa"), Role::Cooperative, QStringLiteral("HTX-A"));
    EXPECT_EQ(skus(lookup.listProducts(coop)), (QStringList{QStringLiteral("CM-KG"), QStringLiteral("NM-500")}));
    EXPECT_TRUE(skus(lookup.listProducts(coop, QStringLiteral("tra"))).isEmpty());
    EXPECT_EQ(skus(lookup.listProducts(coop, QString(), QStringLiteral("HTX-A"))).size(), 2);
    EXPECT_THROW(lookup.listProducts(coop, QString(), QStringLiteral("HTX-B")), AuthError);
    EXPECT_EQ(lookup.showProduct(coop, QStringLiteral("NM-500")).sku, QStringLiteral("NM-500"));
    EXPECT_THROW(lookup.showProduct(coop, QStringLiteral("TRA-50")), AuthError);
    EXPECT_THROW(lookup.showProduct(coop, QStringLiteral("8936045000014")), AuthError);  // TRA-50's barcode
    QStringList producers;
    for (const auto& p : lookup.listProducers(coop))
        producers << p.code;
    producers.sort();
    EXPECT_EQ(producers, (QStringList{QStringLiteral("HO-A1"), QStringLiteral("HO-A2"), QStringLiteral("HTX-A")}));
    EXPECT_THROW(prices.priceList(coop), AuthError);
}

TEST_F(CatalogSearch, ACooperativeSessionWithoutAProducerSeesNothing)
{
    services::Session broken;  // as a careless caller might build one
    broken.username = QStringLiteral("htx");
    broken.role = Role::Cooperative;
    EXPECT_THROW(lookup.listProducts(broken), AuthError);
    EXPECT_THROW(lookup.listProducers(broken), AuthError);
    EXPECT_THROW(lookup.showProduct(broken, QStringLiteral("NM-500")), AuthError);
}

TEST_F(CatalogSearch, WhoMayListWhat)
{
    const auto cashier = store.addUser(QStringLiteral("thungan"), Role::Cashier);
    EXPECT_EQ(lookup.listProducts(cashier).size(), 6u);
    EXPECT_EQ(lookup.showProduct(cashier, QStringLiteral("NM-500")).sku, QStringLiteral("NM-500"));
    EXPECT_THROW(lookup.listProducers(cashier), AuthError);
}

TEST_F(CatalogSearch, ShowFindsBySkuOrBarcode)
{
    const auto p = lookup.showProduct(store.admin(), QStringLiteral("8938505974194"));
    EXPECT_EQ(p.sku, QStringLiteral("NM-500"));
    EXPECT_EQ(p.name, QStringLiteral("Nước mắm Cái Rồng"));
    EXPECT_EQ(p.ownerCode, QStringLiteral("HTX-A"));
    EXPECT_EQ(p.ownerName, QStringLiteral("HTX Nước mắm Cái Rồng"));
    EXPECT_EQ(p.price.dong(), 120000);
    EXPECT_EQ(p.vat.percentValue(), 8);
    EXPECT_EQ(*p.ocopStars, 4);
    EXPECT_EQ(p.reorderPoint->thousandths(), 5000);
    EXPECT_THROW(lookup.showProduct(store.admin(), QStringLiteral("NOPE")), NotFound);
}

// --- scanning -------------------------------------------------------------------

TEST_F(CatalogSearch, ResolvesGs1Codes)
{
    ASSERT_TRUE(importProducts(productHeader() + productRow({{"sku", "E8"}, {"barcodes", "96385074"}})
                               + productRow({{"sku", "UPC"}, {"barcodes", "036000291452"}}))
                    .empty());
    EXPECT_EQ(lookup.resolveCode(QStringLiteral("8938505974194")).product.sku, QStringLiteral("NM-500"));
    EXPECT_EQ(lookup.resolveCode(QStringLiteral(" 8938505974194\n")).product.sku, QStringLiteral("NM-500"));
    EXPECT_EQ(lookup.resolveCode(QStringLiteral("96385074")).product.sku, QStringLiteral("E8"));
    EXPECT_EQ(lookup.resolveCode(QStringLiteral("036000291452")).product.sku, QStringLiteral("UPC"));
    EXPECT_EQ(lookup.resolveCode(QStringLiteral("0036000291452")).product.sku, QStringLiteral("UPC"));
    EXPECT_FALSE(lookup.resolveCode(QStringLiteral("96385074")).weight);
    // A UPC-A stored as 12 digits by an older import is found from either spelling.
    store.db().execute(QStringLiteral("INSERT INTO barcodes (code, product_id) SELECT '042100005264', id FROM products WHERE sku = 'E8'"));
    EXPECT_EQ(lookup.resolveCode(QStringLiteral("042100005264")).product.sku, QStringLiteral("E8"));
    EXPECT_EQ(lookup.resolveCode(QStringLiteral("0042100005264")).product.sku, QStringLiteral("E8"));
}

TEST_F(CatalogSearch, ACartsCodesReadTogetherResolveExactlyAsOneByOne)
{
    // A sale reads its codes' products in one statement (prefetch); every answer
    // and every refusal must be what resolveCode alone gives.
    ASSERT_TRUE(importProducts(productHeader() + productRow({{"sku", "E8"}, {"barcodes", "96385074"}})
                               + productRow({{"sku", "UPC"}, {"barcodes", "036000291452"}})
                               + productRow({{"sku", "Mixed-Case"}})
                               + productRow({{"sku", "BAR-SKU"}, {"barcodes", "12345670"}}))
                    .empty());
    store.db().execute(QStringLiteral("INSERT INTO barcodes (code, product_id) SELECT '042100005264', id FROM products WHERE sku = 'E8'"));
    const std::vector<QString> codes = {
        QStringLiteral("8938505974194"), QStringLiteral(" 8938505974194\n"), QStringLiteral("96385074"),
        QStringLiteral("036000291452"), QStringLiteral("0036000291452"), QStringLiteral("042100005264"),
        QStringLiteral("0042100005264"), QStringLiteral("nm-500"), QStringLiteral("NM-500"), QStringLiteral("Mixed-Case"),
        QStringLiteral("mixed-case"), QStringLiteral("12345670"), QStringLiteral("bar-sku"),
        QString::fromStdString(core::makeScaleBarcode(20, "10001", 350)), QStringLiteral("NOPE"),
        QStringLiteral("8938505974195"), QStringLiteral("4006381333931"), QString()};
    const auto outcome = [](services::CatalogLookup& l, const QString& code) {
        try {
            const auto r = l.resolveCode(code);
            return r.product.sku + QLatin1Char('|') + QString::number(r.product.id) + QLatin1Char('|')
                + r.product.barcodes.join(QLatin1Char(',')) + QLatin1Char('|') + QString::number(r.commission.bp)
                + QLatin1Char('|') + (r.weight ? QString::number(r.weight->thousandths()) : QString());
        } catch (const std::exception& e) {
            return QStringLiteral("error: ") + QString::fromUtf8(e.what());
        }
    };
    services::CatalogLookup together(store.ctx());
    together.prefetch(codes);
    for (const QString& code : codes) {
        services::CatalogLookup alone(store.ctx());
        EXPECT_EQ(outcome(together, code), outcome(alone, code)) << code.toStdString();
    }
    EXPECT_EQ(outcome(together, QStringLiteral("nm-500")).section(QLatin1Char('|'), 0, 0), QStringLiteral("NM-500"));
}

TEST_F(CatalogSearch, ResolvesScaleBarcodesWithTheirWeight)
{
    for (int prefix : {20, 26, 29}) {
        const auto r = lookup.resolveCode(QString::fromStdString(core::makeScaleBarcode(prefix, "10001", 350)));
        EXPECT_EQ(r.product.sku, QStringLiteral("CM-KG")) << prefix;
        ASSERT_TRUE(r.weight) << prefix;
        EXPECT_EQ(r.weight->thousandths(), 350);
        EXPECT_FALSE(r.price);
    }
    const auto ga = lookup.resolveCode(QStringLiteral("2610003012345").left(12) + QString::number(core::gs1CheckDigit("261000301234")));
    EXPECT_EQ(ga.product.sku, QStringLiteral("GA-KG"));
    EXPECT_EQ(ga.weight->thousandths(), 1234);
    // docs/DOMAIN.md's example: item 10001, 500 g.
    EXPECT_EQ(lookup.resolveCode(QStringLiteral("2610001005003")).weight->thousandths(), 500);
    EXPECT_THROW(lookup.resolveCode(QString::fromStdString(core::makeScaleBarcode(20, "99999", 500))), NotFound);
    EXPECT_THROW(lookup.resolveCode(QString::fromStdString(core::makeScaleBarcode(20, "10001", 0))), ValidationError);
    // A weight on a product sold by unit is refused, never rung up as units.
    ASSERT_TRUE(importProducts(productHeader() + productRow({{"sku", "U-PLU"}, {"plu", "10009"}})).empty());
    EXPECT_THROW(lookup.resolveCode(QString::fromStdString(core::makeScaleBarcode(21, "10009", 500))), ValidationError);
}

TEST_F(CatalogSearch, ResolvesPriceEmbeddedLayoutsFromSettings)
{
    services::SettingsService(store.ctx()).set(store.admin(), QStringLiteral("scale_layouts"), QStringLiteral("22=price:5:5"));
    const std::string body = "22" "10001" "45000";
    const auto r = lookup.resolveCode(QString::fromStdString(gs1(body)));
    EXPECT_EQ(r.product.sku, QStringLiteral("CM-KG"));
    ASSERT_TRUE(r.price);
    EXPECT_EQ(r.price->dong(), 45000);
    EXPECT_FALSE(r.weight);
    // Other prefixes keep the default weight layout.
    EXPECT_TRUE(lookup.resolveCode(QString::fromStdString(core::makeScaleBarcode(23, "10001", 450))).weight);
}

TEST_F(CatalogSearch, BadAndUnknownCodes)
{
    EXPECT_THROW(lookup.resolveCode(QStringLiteral("8938505974195")), ValidationError);  // check digit
    EXPECT_THROW(lookup.resolveCode(QStringLiteral("2610001005004")), ValidationError);  // scale, check digit
    EXPECT_THROW(lookup.resolveCode(QStringLiteral("96385075")), ValidationError);
    EXPECT_THROW(lookup.resolveCode(QStringLiteral("")), ValidationError);
    EXPECT_THROW(lookup.resolveCode(QString::fromStdString(gs1("893999999999"))), NotFound);
    EXPECT_THROW(lookup.resolveCode(QStringLiteral("NO-SUCH-SKU")), NotFound);
    EXPECT_THROW(lookup.resolveCode(QStringLiteral("12345")), NotFound);
    try {
        lookup.resolveCode(QStringLiteral("8938505974195"));
    } catch (const ValidationError& e) {
        EXPECT_NE(std::string(e.what()).find("check digit"), std::string::npos) << e.what();
    }
}

TEST_F(CatalogSearch, ResolvesSkus)
{
    EXPECT_EQ(lookup.resolveCode(QStringLiteral("NM-500")).product.sku, QStringLiteral("NM-500"));
    EXPECT_EQ(lookup.resolveCode(QStringLiteral("nm-500")).product.sku, QStringLiteral("NM-500"));
    EXPECT_EQ(lookup.resolveCode(QStringLiteral("CM-KG")).product.sku, QStringLiteral("CM-KG"));
}

TEST_F(CatalogSearch, CommissionComesFromProductThenOwnerThenStore)
{
    EXPECT_EQ(lookup.commissionFor(product("CM-KG")).bp, 2500);   // product override
    EXPECT_EQ(lookup.commissionFor(product("NM-500")).bp, 2000);  // HTX-A's 20 %
    EXPECT_EQ(lookup.commissionFor(product("NK-500")).bp, 1000);  // DN-C's 10 %
    EXPECT_EQ(lookup.commissionFor(product("TRA-50")).bp, 2000);  // store default 20 %
    services::SettingsService(store.ctx()).set(store.admin(), QStringLiteral("default_commission_pct"), QStringLiteral("15.5"));
    EXPECT_EQ(lookup.commissionFor(product("TRA-50")).bp, 1550);
}

} // namespace
