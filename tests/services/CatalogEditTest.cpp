// One product saved from the inventory editor, and one scheduled change: the
// same checks as the importers, problems named by field without a file line.
#include "CatalogTestSupport.h"

#include "db/Database.h"

using namespace ocopos;
using namespace ocopos::test;

namespace {

class CatalogEdit : public CatalogFixture { };

TEST_F(CatalogEdit, SavesAnEditedProductWithItsBarcodesAndPriceHistory)
{
    core::Product p = product("NM-500");
    p.name = QStringLiteral("Nước mắm Cái Rồng đặc biệt");
    p.price = core::Money(125000);
    p.barcodes = QStringList { QString::fromStdString(gs1("893850597420")) };
    p.certNo = QStringLiteral("OCOP-QN-1");
    p.certExpiry = QDate(2027, 3, 1);
    const core::Product saved = editor.saveProduct(store.admin(), p);
    EXPECT_EQ(saved.name, p.name);
    EXPECT_EQ(saved.price, core::Money(125000));
    EXPECT_EQ(saved.barcodes, p.barcodes);
    EXPECT_EQ(saved.certExpiry, QDate(2027, 3, 1));
    const auto history = prices.priceList(store.admin(), QStringLiteral("NM-500"));
    ASSERT_FALSE(history.empty());
    EXPECT_EQ(history.front().price, core::Money(125000));
}

TEST_F(CatalogEdit, AddsANewProduct)
{
    core::Product p;
    p.sku = QStringLiteral("MOI-1");
    p.name = QStringLiteral("Mật ong rừng");
    p.unit = QStringLiteral("chai 500ml");
    p.price = core::Money(180000);
    p.vat = core::VatRate::percent(8);
    p.ownerCode = QStringLiteral("HTX-B");
    p.ocopStars = 3;
    const auto saved = editor.saveProduct(store.admin(), p);
    EXPECT_GT(saved.id, 0);
    EXPECT_EQ(saved.ownerCode, QStringLiteral("HTX-B"));
    EXPECT_EQ(saved.ocopStars, 3);
}

TEST_F(CatalogEdit, ProblemsComeBackByFieldWithoutALineAndNothingIsSaved)
{
    core::Product p = product("NM-500");
    p.name.clear();
    p.barcodes = QStringList { QStringLiteral("8938505974195") };
    const auto problems = problemsOf([&] { editor.saveProduct(store.admin(), p); });
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].line, 0);
    EXPECT_EQ(problems[0].field, "name");
    EXPECT_EQ(problems[1].field, "barcodes");
    EXPECT_EQ(product("NM-500").name, QStringLiteral("Nước mắm Cái Rồng"));
}

TEST_F(CatalogEdit, SchedulesAVatChange)
{
    prices.scheduleChange(
        store.admin(), QStringLiteral("NM-500"), QDate(2027, 1, 1), std::nullopt, core::VatRate::percent(10));
    const auto list = prices.priceList(store.admin(), QStringLiteral("NM-500"));
    ASSERT_FALSE(list.empty());
    EXPECT_EQ(list.front().status, QStringLiteral("pending"));
    EXPECT_EQ(list.front().vat->percentValue(), 10);
    const auto problems = problemsOf([&] {
        prices.scheduleChange(
            store.admin(), QStringLiteral("NM-500"), QDate(2020, 1, 1), core::Money(1), std::nullopt);
    });
    ASSERT_FALSE(problems.empty());
    EXPECT_EQ(problems[0].line, 0);
}

// The editor sends the whole product: what it leaves empty is cleared, where a
// file's empty cell would keep the stored value.
class CatalogEditClears : public CatalogFixture {
protected:
    qint64 countRows(const char* sql, qint64 id = 0)
    {
        db::Query q(store.db(), QString::fromLatin1(sql));
        if (id)
            q.bind(QStringLiteral(":id"), id);
        return q.scalar()->toLongLong();
    }
    qint64 priceHistory(const core::Product& p)
    {
        return countRows("SELECT COUNT(*) FROM price_history WHERE product_id = :id", p.id);
    }
    /// NM-500 with every optional field the editor shows set.
    core::Product filledIn()
    {
        core::Product p = product("NM-500");
        p.certNo = QStringLiteral("OCOP-QN-1");
        p.certExpiry = QDate(2027, 3, 1);
        p.commission = core::BasisPoints { 1500 };
        return editor.saveProduct(store.admin(), p);
    }
};

TEST_F(CatalogEditClears, EmptiedFieldsAreClearedAndAnUnchangedPriceAddsNoHistory)
{
    core::Product p = filledIn();
    ASSERT_EQ(p.category, QStringLiteral("Thực phẩm"));
    ASSERT_EQ(p.ocopStars, 4);
    ASSERT_TRUE(p.reorderPoint);
    ASSERT_EQ(p.commission->bp, 1500);
    const qint64 history = priceHistory(p);
    const qint64 edits = countRows("SELECT COUNT(*) FROM audit_log WHERE action = 'product_edit'");
    p.category.clear();
    p.ocopStars.reset();
    p.certNo.clear();
    p.certExpiry.reset();
    p.reorderPoint.reset();
    p.commission.reset();
    const auto saved = editor.saveProduct(store.admin(), p);
    EXPECT_TRUE(saved.category.isEmpty());
    EXPECT_FALSE(saved.ocopStars);
    EXPECT_TRUE(saved.certNo.isEmpty());
    EXPECT_FALSE(saved.certExpiry);
    EXPECT_FALSE(saved.reorderPoint);
    EXPECT_FALSE(saved.commission);
    EXPECT_EQ(saved.barcodes, product("NM-500").barcodes);
    EXPECT_EQ(priceHistory(saved), history);
    EXPECT_EQ(countRows("SELECT COUNT(*) FROM audit_log WHERE action = 'product_edit'"), edits + 1);
}

TEST_F(CatalogEditClears, APriceChangeIsHistoryMarkedAsAnEdit)
{
    core::Product p = product("NM-500");
    p.price = core::Money(130000);
    editor.saveProduct(store.admin(), p);
    const auto history = prices.priceList(store.admin(), QStringLiteral("NM-500"));
    ASSERT_FALSE(history.empty());
    EXPECT_EQ(history.front().status, QStringLiteral("edit"));
    EXPECT_EQ(history.front().oldPrice, core::Money(120000));
}

TEST_F(CatalogEditClears, ThePluOfAWeighedProductCanBeCleared)
{
    core::Product p = product("CM-KG");
    ASSERT_EQ(p.plu, QStringLiteral("10001"));
    p.plu.clear();
    EXPECT_TRUE(editor.saveProduct(store.admin(), p).plu.isEmpty());
}

TEST_F(CatalogEditClears, BarcodesAreReplacedAsAWholeSet)
{
    core::Product p = product("NM-500");
    const QString old = p.barcodes.value(0);
    const QString a = QString::fromStdString(gs1("893850597420"));
    const QString b = QString::fromStdString(gs1("8938505"));
    p.barcodes = QStringList { a, b };
    auto saved = editor.saveProduct(store.admin(), p);
    QStringList expected { a, b };
    expected.sort();
    EXPECT_EQ(saved.barcodes, expected);
    EXPECT_THROW(lookup.resolveCode(old), NotFound);
    EXPECT_EQ(lookup.resolveCode(b).product.sku, QStringLiteral("NM-500"));

    saved.barcodes = QStringList { b };
    EXPECT_EQ(editor.saveProduct(store.admin(), saved).barcodes, QStringList { b });
    EXPECT_THROW(lookup.resolveCode(a), NotFound);
}

TEST_F(CatalogEditClears, RemovingEveryBarcodeLeavesTheProductSellableBySku)
{
    core::Product p = product("NM-500");
    const QString old = p.barcodes.value(0);
    p.barcodes.clear();
    EXPECT_TRUE(editor.saveProduct(store.admin(), p).barcodes.isEmpty());
    EXPECT_TRUE(product("NM-500").barcodes.isEmpty());
    EXPECT_THROW(lookup.resolveCode(old), NotFound);
    EXPECT_EQ(lookup.resolveCode(QStringLiteral("NM-500")).product.sku, QStringLiteral("NM-500"));
    // The freed code may go to another product.
    core::Product tra = product("TRA-50");
    tra.barcodes << old;
    EXPECT_TRUE(editor.saveProduct(store.admin(), tra).barcodes.contains(old));
}

TEST_F(CatalogEditClears, ABarcodeOfAnotherProductIsRefusedNamingItAndNothingIsWritten)
{
    core::Product p = product("NM-500");
    const QStringList before = p.barcodes;
    const qint64 audits = countRows("SELECT COUNT(*) FROM audit_log");
    p.name = QStringLiteral("Nước mắm mới");
    p.category.clear();
    p.barcodes = QStringList { QStringLiteral("8936045000014") }; // TRA-50's
    const auto problems = problemsOf([&] { editor.saveProduct(store.admin(), p); });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].line, 0);
    EXPECT_EQ(problems[0].field, "barcodes");
    EXPECT_NE(problems[0].why.find("TRA-50"), std::string::npos) << problems[0].why;
    const auto stored = product("NM-500");
    EXPECT_EQ(stored.name, QStringLiteral("Nước mắm Cái Rồng"));
    EXPECT_EQ(stored.category, QStringLiteral("Thực phẩm"));
    EXPECT_EQ(stored.barcodes, before);
    EXPECT_EQ(lookup.resolveCode(QStringLiteral("8936045000014")).product.sku, QStringLiteral("TRA-50"));
    EXPECT_EQ(countRows("SELECT COUNT(*) FROM audit_log"), audits);
}

TEST_F(CatalogEditClears, TheImportersChecksStillHold)
{
    core::Product p = product("NM-500");
    p.ocopStars = 2;
    p.barcodes = QStringList { QStringLiteral("8938505974195"), QString::fromStdString(gs1("201234500000")) };
    const auto problems = problemsOf([&] { editor.saveProduct(store.admin(), p); });
    ASSERT_EQ(problems.size(), 3u);
    EXPECT_EQ(problems[0].field, "barcodes"); // wrong check digit
    EXPECT_EQ(problems[1].field, "barcodes"); // a scale label's prefix
    EXPECT_EQ(problems[2].field, "ocop_stars");
    EXPECT_EQ(product("NM-500").ocopStars, 4);
}

// The editor's product is checked as a typed record, not as CSV text: an invalid
// date was once written as an empty cell, which the editor's import read as "clear".
TEST_F(CatalogEditClears, AnInvalidCertificateExpiryIsRefusedNotCleared)
{
    core::Product p = filledIn();
    p.certExpiry = QDate();
    const auto problems = problemsOf([&] { editor.saveProduct(store.admin(), p); });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].line, 0);
    EXPECT_EQ(problems[0].field, "ocop_cert_expiry");
    EXPECT_EQ(product("NM-500").certExpiry, QDate(2027, 3, 1));
}

TEST_F(CatalogEditClears, TypedValuesOutOfRangeAreRefusedAsTheFileWouldBe)
{
    core::Product p = product("NM-500");
    p.commission = core::BasisPoints{15000};
    p.reorderPoint = core::Quantity::fromThousandths(-1000);
    p.ocopStars = 6;
    const auto problems = problemsOf([&] { editor.saveProduct(store.admin(), p); });
    ASSERT_EQ(problems.size(), 3u);
    EXPECT_EQ(problems[0].field, "ocop_stars");
    EXPECT_EQ(problems[1].field, "commission_pct");
    EXPECT_EQ(problems[2].field, "reorder_point");
    // The same stars from a file: the same words.
    const auto fromFile = importProducts(productHeader() + productRow({{"sku", "NM-500"}, {"ocop_stars", "6"}}));
    ASSERT_EQ(fromFile.size(), 1u);
    EXPECT_EQ(fromFile[0].why, problems[0].why);
}

TEST_F(CatalogEditClears, AFilesEmptyCellStillKeepsTheStoredValue)
{
    filledIn();
    EXPECT_TRUE(importProducts(productHeader()
        + productRow({ { "sku", "NM-500" }, { "name", "Nước mắm Cái Rồng" }, { "price", "120000" } }))
                    .empty());
    const auto p = product("NM-500");
    EXPECT_EQ(p.category, QStringLiteral("Thực phẩm"));
    EXPECT_EQ(p.ocopStars, 4);
    EXPECT_EQ(p.certNo, QStringLiteral("OCOP-QN-1"));
    EXPECT_EQ(p.certExpiry, QDate(2027, 3, 1));
    EXPECT_EQ(p.commission->bp, 1500);
    EXPECT_TRUE(p.reorderPoint);
    EXPECT_EQ(p.barcodes, QStringList { QStringLiteral("8938505974194") });
    EXPECT_EQ(prices.priceList(store.admin(), QStringLiteral("NM-500")).front().status, QStringLiteral("import"));
}

} // namespace
