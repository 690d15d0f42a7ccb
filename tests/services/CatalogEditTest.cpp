// One product saved from the inventory editor, and one scheduled change: the
// same checks as the importers, problems named by field without a file line.
#include "CatalogTestSupport.h"

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
    const core::Product saved = catalog.saveProduct(store.admin(), p);
    EXPECT_EQ(saved.name, p.name);
    EXPECT_EQ(saved.price, core::Money(125000));
    EXPECT_EQ(saved.barcodes, p.barcodes);
    EXPECT_EQ(saved.certExpiry, QDate(2027, 3, 1));
    const auto history = catalog.priceList(store.admin(), QStringLiteral("NM-500"));
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
    const auto saved = catalog.saveProduct(store.admin(), p);
    EXPECT_GT(saved.id, 0);
    EXPECT_EQ(saved.ownerCode, QStringLiteral("HTX-B"));
    EXPECT_EQ(saved.ocopStars, 3);
}

TEST_F(CatalogEdit, ProblemsComeBackByFieldWithoutALineAndNothingIsSaved)
{
    core::Product p = product("NM-500");
    p.name.clear();
    p.barcodes = QStringList { QStringLiteral("8938505974195") };
    const auto problems = problemsOf([&] { catalog.saveProduct(store.admin(), p); });
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].line, 0);
    EXPECT_EQ(problems[0].field, "name");
    EXPECT_EQ(problems[1].field, "barcodes");
    EXPECT_EQ(product("NM-500").name, QStringLiteral("Nước mắm Cái Rồng"));
}

TEST_F(CatalogEdit, SchedulesAVatChange)
{
    catalog.scheduleChange(
        store.admin(), QStringLiteral("NM-500"), QDate(2027, 1, 1), std::nullopt, core::VatRate::percent(10));
    const auto list = catalog.priceList(store.admin(), QStringLiteral("NM-500"));
    ASSERT_FALSE(list.empty());
    EXPECT_EQ(list.front().status, QStringLiteral("pending"));
    EXPECT_EQ(list.front().vat->percentValue(), 10);
    const auto problems = problemsOf([&] {
        catalog.scheduleChange(
            store.admin(), QStringLiteral("NM-500"), QDate(2020, 1, 1), core::Money(1), std::nullopt);
    });
    ASSERT_FALSE(problems.empty());
    EXPECT_EQ(problems[0].line, 0);
}

} // namespace
