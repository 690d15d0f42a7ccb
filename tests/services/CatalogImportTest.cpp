// Catalogue imports (CatalogImportService): every CSV error kind as `line N, field F: why`, all
// rows reported together, nothing written on any error; upserts and history.
#include "CatalogTestSupport.h"

using namespace ocopos;
using namespace ocopos::test;

namespace {

class CatalogImport : public CatalogFixture {
protected:
    /// Everything an import may write, to prove a refused file wrote nothing.
    std::vector<qint64> snapshot()
    {
        std::vector<qint64> out;
        for (const char* t : {"producers", "products", "barcodes", "price_history", "audit_log"})
            out.push_back(rows(t));
        // Every row's fields, read in id order and hashed (portable SQL: no group_concat).
        const auto hashRows = [&](const QString& sql) {
            db::Query q(store.db(), sql);
            q.exec();
            QStringList all;
            while (q.next())
                all << q.value(0).toString();
            return static_cast<qint64>(qHash(all.join(QLatin1Char('|'))));
        };
        out.push_back(hashRows(QStringLiteral("SELECT code || ':' || name || ':' || COALESCE(CAST(parent_id AS TEXT), '') "
                                              "|| ':' || COALESCE(tax_code, '') FROM producers ORDER BY id")));
        out.push_back(hashRows(QStringLiteral("SELECT sku || ':' || name || ':' || CAST(price_vnd AS TEXT) || ':' || vat "
                                              "FROM products ORDER BY id")));
        return out;
    }
    /// One row with one bad cell: refused at line 2 naming `field`, nothing written.
    void expectProductRefused(const std::map<std::string, std::string>& over, const char* field, const char* why = "")
    {
        const auto before = snapshot();
        const auto p = importProducts(productHeader() + productRow(over));
        EXPECT_TRUE(hasProblem(p, 2, field, why)) << "expected line 2, field " << field << " (" << why << "), got:\n"
                                                  << describeAll(p);
        EXPECT_EQ(snapshot(), before);
    }
    void expectProductAccepted(const std::map<std::string, std::string>& over)
    {
        const auto p = importProducts(productHeader() + productRow(over));
        EXPECT_TRUE(p.empty()) << describeAll(p);
    }
    void expectProducerRefused(const std::map<std::string, std::string>& over, const char* field, const char* why = "")
    {
        const auto before = snapshot();
        const auto p = importProducers(producerHeader() + producerRow(over));
        EXPECT_TRUE(hasProblem(p, 2, field, why)) << "expected line 2, field " << field << " (" << why << "), got:\n"
                                                  << describeAll(p);
        EXPECT_EQ(snapshot(), before);
    }
};

// --- the file itself ----------------------------------------------------------

TEST_F(CatalogImport, HeaderProblemsNameLineOneAndTheColumn)
{
    auto p = importProducts("sku,name,unit,sold_by,price,vat,owner_code,supply,colour\nT-1,x,chai,unit,1,8,HTX-A,purchased,red\n");
    EXPECT_TRUE(hasProblem(p, 1, "colour", "unknown column")) << describeAll(p);
    p = importProducts("sku,name,unit,sold_by,vat,owner_code,supply\nT-1,x,chai,unit,8,HTX-A,purchased\n");
    EXPECT_TRUE(hasProblem(p, 1, "price", "required column missing")) << describeAll(p);
    p = importProducts("sku,name,unit,sold_by,price,vat,owner_code,supply,sku\nT-1,x,chai,unit,1,8,HTX-A,purchased,T-2\n");
    EXPECT_TRUE(hasProblem(p, 1, "sku", "repeated")) << describeAll(p);
    p = importProducers("code,kind\nX,household\n");
    EXPECT_TRUE(hasProblem(p, 1, "name", "required column missing")) << describeAll(p);
    p = importProducts("");
    EXPECT_TRUE(hasProblem(p, 1, "file", "empty")) << describeAll(p);
    EXPECT_EQ(rows("products"), 6);
}

TEST_F(CatalogImport, ColumnsComeInAnyOrder)
{
    const auto p = importProducts("supply,owner_code,vat,price,sold_by,unit,name,sku\n"
                                  "purchased,DN-C,10,15000,unit,lon,Bia Hạ Long,BIA-1\n");
    EXPECT_TRUE(p.empty()) << describeAll(p);
    EXPECT_EQ(product("BIA-1").price.dong(), 15000);
}

TEST_F(CatalogImport, WrongCellCountsAreReportedPerRow)
{
    const auto p = importProducts(productHeader() + productRow({{"sku", "T-1"}}) + "T-2,too,few\n"
                                  + productRow({{"sku", "T-3"}}) + productRow({{"sku", "T-4"}}).insert(0, "extra,"));
    EXPECT_TRUE(hasProblem(p, 3, "row", "has 3 cells, the header has 16")) << describeAll(p);
    EXPECT_TRUE(hasProblem(p, 5, "row", "has 17 cells")) << describeAll(p);
    EXPECT_EQ(p.size(), 2u) << describeAll(p);
    EXPECT_EQ(p[0].describe(), "line 3, field row: has 3 cells, the header has 16");
    EXPECT_EQ(rows("products"), 6);
}

TEST_F(CatalogImport, BadQuotingNamesTheLineAndColumn)
{
    auto p = importProducts(productHeader() + productRow({{"name", "Nước \"mắm\""}}));
    EXPECT_TRUE(hasProblem(p, 2, "name", "quote")) << describeAll(p);
    p = importProducts(productHeader() + productRow({{"name", "\"Nước mắm\" Cái Rồng"}}));
    EXPECT_TRUE(hasProblem(p, 2, "name", "after a closing quote")) << describeAll(p);
    p = importProducts(productHeader() + productRow({{"sku", "T-1"}}) + productRow({{"sku", "T-2"}, {"unit", "\"chai"}}));
    EXPECT_TRUE(hasProblem(p, 3, "unit", "never closed")) << describeAll(p);
    EXPECT_EQ(rows("products"), 6);
}

TEST_F(CatalogImport, NonUtf8IsRefusedWithItsLine)
{
    // "Nước" in Windows-1258-ish bytes on line 3.
    const auto p = importProducts(productHeader() + productRow({{"sku", "T-1"}}) + productRow({{"sku", "T-2"}, {"name", "N\xF0\xE6\xF5""c"}}));
    EXPECT_TRUE(hasProblem(p, 3, "file", "UTF-8")) << describeAll(p);
    EXPECT_EQ(rows("products"), 6);
}

TEST_F(CatalogImport, QuotedMultiLineCellsKeepLineNumbersRight)
{
    const auto p = importProducts(productHeader()
                                  + productRow({{"sku", "T-1"}, {"name", "\"Hộp quà\nNước mắm, \"\"Cái Rồng\"\"\n(2 chai)\""}})
                                  + productRow({{"sku", "T-2"}})
                                  + productRow({{"sku", "T-3"}, {"price", "abc"}}));
    // T-1 spans lines 2-4, T-2 is line 5, T-3 is line 6.
    EXPECT_TRUE(hasProblem(p, 6, "price")) << describeAll(p);
    EXPECT_EQ(p.size(), 1u) << describeAll(p);
    EXPECT_EQ(rows("products"), 6);
    EXPECT_TRUE(importProducts(productHeader()
                               + productRow({{"sku", "T-1"}, {"name", "\"Hộp quà\nNước mắm, \"\"Cái Rồng\"\"\n(2 chai)\""}}))
                    .empty());
    EXPECT_EQ(product("T-1").name, QStringLiteral("Hộp quà\nNước mắm, \"Cái Rồng\"\n(2 chai)"));
}

TEST_F(CatalogImport, EveryBadRowIsReportedTogetherAndNothingIsWritten)
{
    const auto before = snapshot();
    const auto p = importProducts(productHeader() + productRow({{"sku", "OK-1"}})
                                  + productRow({{"sku", "BAD-1"}, {"price", "0"}, {"vat", "7"}})
                                  + productRow({{"sku", "OK-2"}})
                                  + productRow({{"sku", "BAD-2"}, {"owner_code", "HTX-NONE"}})
                                  + productRow({{"sku", "NM-500"}, {"name", "Nước mắm mới"}, {"price", "1"}}));
    EXPECT_TRUE(hasProblem(p, 3, "price")) << describeAll(p);
    EXPECT_TRUE(hasProblem(p, 3, "vat"));
    EXPECT_TRUE(hasProblem(p, 5, "owner_code", "HTX-NONE"));
    EXPECT_EQ(p.size(), 3u) << describeAll(p);
    EXPECT_EQ(snapshot(), before);
    EXPECT_THROW(product("OK-1"), NotFound);
    EXPECT_EQ(product("NM-500").price.dong(), 120000);
}

TEST_F(CatalogImport, ProblemsComeInFileOrder)
{
    // The parent check runs after the field checks, yet line 2 comes first.
    const auto p = importProducers(producerHeader() + producerRow({{"parent_code", "HTX-NONE"}})
                                   + producerRow({{"code", "HO-2"}, {"commission_pct", "150"}}));
    ASSERT_EQ(p.size(), 2u) << describeAll(p);
    EXPECT_EQ(p[0].line, 2);
    EXPECT_EQ(p[1].line, 3);
}

TEST_F(CatalogImport, TheMessageReadsLineFieldWhy)
{
    try {
        imports.importProducts(store.admin(), QByteArray::fromStdString(productHeader() + productRow({{"price", "0.350"}})));
        FAIL();
    } catch (const ValidationError& e) {
        EXPECT_EQ(e.line(), 2);
        EXPECT_EQ(std::string(e.what()).rfind("line 2, field price: ", 0), 0u) << e.what();
    }
}

// --- producers ------------------------------------------------------------------

TEST_F(CatalogImport, ProducerFieldsAreValidated)
{
    expectProducerRefused({{"kind", "hợp tác xã"}}, "kind");
    expectProducerRefused({{"kind", ""}}, "kind", "required");
    expectProducerRefused({{"code", "HO NEW"}}, "code");
    expectProducerRefused({{"code", "-HO"}}, "code");
    expectProducerRefused({{"code", std::string(41, 'A')}}, "code");
    expectProducerRefused({{"code", ""}}, "code", "required");
    expectProducerRefused({{"name", ""}}, "name", "required");
    expectProducerRefused({{"tax_code", "57019"}}, "tax_code");
    expectProducerRefused({{"tax_code", "5701923456-1"}}, "tax_code");
    expectProducerRefused({{"phone", "call me"}}, "phone");
    expectProducerRefused({{"bank_bin", "970436"}}, "bank_account", "together");
    expectProducerRefused({{"bank_account", "0141000765432"}}, "bank_bin", "together");
    expectProducerRefused({{"bank_bin", "97043"}, {"bank_account", "0141000765432"}}, "bank_bin");
    expectProducerRefused({{"bank_bin", "970436"}, {"bank_account", "0141-000"}}, "bank_account");
    expectProducerRefused({{"commission_pct", "100.5"}}, "commission_pct", "above");
    expectProducerRefused({{"commission_pct", "12.345"}}, "commission_pct", "decimal");
    expectProducerRefused({{"commission_pct", "-1"}}, "commission_pct");
    expectProducerRefused({{"commission_pct", "20%"}}, "commission_pct");
}

TEST_F(CatalogImport, ProducerParentsAreChecked)
{
    expectProducerRefused({{"parent_code", "HTX-NONE"}}, "parent_code", "no producer");
    expectProducerRefused({{"parent_code", "HO-NEW"}}, "parent_code", "own parent");
    expectProducerRefused({{"parent_code", "HO-A1"}}, "parent_code", "is a household");  // a household has no members
    expectProducerRefused({{"kind", "cooperative"}, {"parent_code", "HTX-A"}}, "parent_code", "only a household");
    expectProducerRefused({{"code", "HO-A1"}, {"kind", "cooperative"}}, "parent_code", "only a household");  // keeps HTX-A
    // A cooperative that becomes a household while it still has members.
    expectProducerRefused({{"code", "HTX-B"}, {"kind", "household"}, {"name", "HTX B"}}, "kind", "has members");
    // A parent later in the same file is fine; so is moving a household.
    const auto p = importProducers(producerHeader() + producerRow({{"code", "HO-C1"}, {"parent_code", "HTX-NEW"}})
                                   + producerRow({{"code", "HTX-NEW"}, {"kind", "coop_group"}, {"name", "Tổ hợp tác mới"}})
                                   + producerRow({{"code", "HO-B1"}, {"parent_code", "DN-C"}, {"name", "Hộ Triệu Thị Mai"}}));
    EXPECT_TRUE(p.empty()) << describeAll(p);
    db::CatalogRepository repo(store.db());
    EXPECT_EQ(repo.producerByCode(QStringLiteral("HO-C1"))->parentCode, QStringLiteral("HTX-NEW"));
    EXPECT_EQ(repo.producerByCode(QStringLiteral("HO-B1"))->parentCode, QStringLiteral("DN-C"));
    // HTX-B has no members now: it may become a household of HTX-A.
    EXPECT_TRUE(importProducers(producerHeader() + producerRow({{"code", "HTX-B"}, {"kind", "household"}, {"parent_code", "HTX-A"}})).empty());
}

TEST_F(CatalogImport, ProducerCodesAreUniqueInAFile)
{
    const auto p = importProducers(producerHeader() + producerRow() + producerRow({{"name", "Hộ mới 2"}}));
    EXPECT_TRUE(hasProblem(p, 3, "code", "first on line 2")) << describeAll(p);
}

TEST_F(CatalogImport, ProducerUpsertKeepsWhatIsNotGiven)
{
    const auto p = importProducers("code,kind,name,tax_code,parent_code,bank_bin,bank_account,commission_pct\n"
                                   "HTX-A,cooperative,HTX Nước mắm Cái Rồng Vân Đồn,5701934567,,,,\n"
                                   "HO-A1,household,Hộ Nguyễn Văn Hải (Vân Đồn),,,,,\n");
    EXPECT_TRUE(p.empty()) << describeAll(p);
    db::CatalogRepository repo(store.db());
    const auto a = repo.producerByCode(QStringLiteral("HTX-A"));
    EXPECT_EQ(a->name, QStringLiteral("HTX Nước mắm Cái Rồng Vân Đồn"));
    EXPECT_EQ(a->taxCode, QStringLiteral("5701934567"));
    EXPECT_EQ(a->bankBin, QStringLiteral("970436"));
    EXPECT_EQ(a->bankAccount, QStringLiteral("0141000765432"));
    ASSERT_TRUE(a->commission);
    EXPECT_EQ(a->commission->bp, 2000);
    EXPECT_EQ(repo.producerByCode(QStringLiteral("HO-A1"))->parentCode, QStringLiteral("HTX-A"));
    const auto r = imports.importProducers(store.admin(), "code,kind,name,commission_pct\nHTX-A,cooperative,HTX A,12.5\nHO-Z,individual,Ông Z,\n");
    EXPECT_EQ(r.updated, 1);
    EXPECT_EQ(r.inserted, 1);
    EXPECT_EQ(repo.producerByCode(QStringLiteral("HTX-A"))->commission->bp, 1250);
    EXPECT_EQ(repo.producerByCode(QStringLiteral("HTX-A"))->taxCode, QStringLiteral("5701934567"));
}

TEST_F(CatalogImport, OnlyAManagerImports)
{
    const auto cashier = store.addUser(QStringLiteral("thungan"), core::Role::Cashier);
    EXPECT_THROW(imports.importProducts(cashier, QByteArray::fromStdString(productHeader() + productRow())), AuthError);
    EXPECT_THROW(imports.importProducers(cashier, QByteArray::fromStdString(producerHeader() + producerRow())), AuthError);
    const auto manager = store.addUser(QStringLiteral("quanly"), core::Role::Manager);
    EXPECT_NO_THROW(imports.importProducts(manager, QByteArray::fromStdString(productHeader() + productRow())));
}

// --- products -------------------------------------------------------------------

TEST_F(CatalogImport, RequiredProductFieldsMustHaveValues)
{
    for (const char* f : {"sku", "name", "unit", "sold_by", "price", "vat", "owner_code", "supply"})
        expectProductRefused({{f, ""}}, f);
}

TEST_F(CatalogImport, SkuAndSoldByAndSupplyAreChecked)
{
    expectProductRefused({{"sku", "T 1"}}, "sku");
    expectProductRefused({{"sku", "Sản-phẩm"}}, "sku");
    expectProductRefused({{"sold_by", "kg"}}, "sold_by");
    expectProductRefused({{"sold_by", "Unit"}}, "sold_by");
    expectProductRefused({{"supply", "ky_gui"}}, "supply");
    expectProductRefused({{"owner_code", "HTX-NONE"}}, "owner_code", "no producer");
    const auto p = importProducts(productHeader() + productRow() + productRow({{"name", "again"}}));
    EXPECT_TRUE(hasProblem(p, 3, "sku", "first on line 2")) << describeAll(p);
}

TEST_F(CatalogImport, PricesAreWholePositiveDong)
{
    expectProductRefused({{"price", "0"}}, "price", "more than 0");
    expectProductRefused({{"price", "-5000"}}, "price");
    expectProductRefused({{"price", "0.350"}}, "price");
    expectProductRefused({{"price", "45000.5"}}, "price");
    expectProductRefused({{"price", "12.5"}}, "price");
    expectProductRefused({{"price", "1e5"}}, "price");
    expectProductRefused({{"price", "\"45,000\""}}, "price");
    expectProductRefused({{"price", "99999999999999999999"}}, "price", "too large");
    expectProductAccepted({{"sku", "P-1"}, {"price", "45.000"}});
    EXPECT_EQ(product("P-1").price.dong(), 45000);
}

TEST_F(CatalogImport, VatIsOneOfTheRates)
{
    for (const char* bad : {"7", "8%", "0.08", "10.0", "none"})
        expectProductRefused({{"vat", bad}}, "vat");
    int n = 0;
    for (const char* ok : {"0", "5", "8", "10", "KCT"})
        expectProductAccepted({{"sku", "V-" + std::to_string(++n)}, {"vat", ok}});
    EXPECT_TRUE(product("V-5").vat.isKct());
    EXPECT_EQ(product("V-4").vat.percentValue(), 10);
}

TEST_F(CatalogImport, BarcodesAreChecked)
{
    expectProductRefused({{"barcodes", "8938505974195"}}, "barcodes", "check digit");
    expectProductRefused({{"barcodes", gs1("201234500350")}}, "barcodes", "starts with 2");
    expectProductRefused({{"barcodes", gs1("290000100500")}}, "barcodes", "starts with 2");
    expectProductRefused({{"barcodes", "12345"}}, "barcodes", "8, 12 or 13");
    expectProductRefused({{"barcodes", "89385059741940"}}, "barcodes", "8, 12 or 13");
    expectProductRefused({{"barcodes", gs1("893604500099") + "||" + gs1("893604500098")}}, "barcodes", "empty");
    expectProductRefused({{"barcodes", "8938505974194"}}, "barcodes", "NM-500");  // held by another product
    expectProductRefused({{"barcodes", "mã vạch"}}, "barcodes");
    // The same code twice in one file.
    const auto p = importProducts(productHeader() + productRow({{"barcodes", gs1("893604500099")}})
                                  + productRow({{"sku", "T-2"}, {"barcodes", gs1("893604500099")}}));
    EXPECT_TRUE(hasProblem(p, 3, "barcodes", "also on line 2")) << describeAll(p);
    expectProductAccepted({{"barcodes", gs1("893604500099") + "|96385074|" + gs1("03600029145")}});
    EXPECT_EQ(product("T-1").barcodes.size(), 3);
}

TEST_F(CatalogImport, UpcAIsStoredAsEan13SoItCannotBeHeldTwice)
{
    expectProductAccepted({{"barcodes", "036000291452"}});
    EXPECT_EQ(product("T-1").barcodes, QStringList{QStringLiteral("0036000291452")});
    expectProductRefused({{"sku", "T-2"}, {"barcodes", "0036000291452"}}, "barcodes", "T-1");
    expectProductRefused({{"sku", "T-2"}, {"barcodes", "036000291452"}}, "barcodes", "T-1");
}

TEST_F(CatalogImport, StarsDatesAndPercentsAreChecked)
{
    for (const char* bad : {"2", "6", "3.5", "★★★", "0"})
        expectProductRefused({{"ocop_stars", bad}}, "ocop_stars");
    for (const char* bad : {"2027-02-30", "30/06/2027", "2027-6-30", "2027-06-30T00:00", "tomorrow"})
        expectProductRefused({{"ocop_cert_expiry", bad}}, "ocop_cert_expiry");
    expectProductRefused({{"commission_pct", "101"}}, "commission_pct", "above");
    expectProductRefused({{"commission_pct", "10.125"}}, "commission_pct");
    expectProductAccepted({{"ocop_stars", "5"}, {"ocop_cert_expiry", "2028-02-29"}, {"commission_pct", "12.25"}});
    const auto t = product("T-1");
    EXPECT_EQ(*t.ocopStars, 5);
    EXPECT_EQ(*t.certExpiry, QDate(2028, 2, 29));
    EXPECT_EQ(t.commission->bp, 1225);
}

TEST_F(CatalogImport, ReorderPointsAreWholeForUnitProducts)
{
    expectProductRefused({{"reorder_point", "1.5"}}, "reorder_point", "whole");
    expectProductRefused({{"reorder_point", "-1"}}, "reorder_point");
    expectProductRefused({{"reorder_point", "0.0001"}}, "reorder_point");
    expectProductAccepted({{"sku", "W-1"}, {"sold_by", "weight"}, {"reorder_point", "0.5"}});
    EXPECT_EQ(product("W-1").reorderPoint->thousandths(), 500);
    // A kept fractional reorder point can't follow the product to sale by unit.
    expectProductRefused({{"sku", "W-1"}, {"sold_by", "unit"}}, "reorder_point", "whole");
}

TEST_F(CatalogImport, PlusAreFiveDigitsAndUnique)
{
    for (const char* bad : {"1234", "123456", "abcde", "1234a"})
        expectProductRefused({{"sold_by", "weight"}, {"plu", bad}}, "plu");
    expectProductRefused({{"sold_by", "weight"}, {"plu", "10001"}}, "plu", "another product");  // CM-KG's
    const auto p = importProducts(productHeader() + productRow({{"sold_by", "weight"}, {"plu", "20001"}})
                                  + productRow({{"sku", "T-2"}, {"sold_by", "weight"}, {"plu", "20001"}}));
    EXPECT_TRUE(hasProblem(p, 3, "plu", "also on line 2")) << describeAll(p);
    // A product keeps its own PLU on re-import.
    EXPECT_TRUE(importProducts(productHeader() + productRow({{"sku", "CM-KG"}, {"name", "Chả mực Hạ Long"}, {"sold_by", "weight"},
                                                              {"price", "460000"}, {"plu", "10001"}}))
                    .empty());
}

TEST_F(CatalogImport, UpsertUpdatesKeepsOptionalFieldsAndRecordsPriceHistory)
{
    const auto manager = store.addUser(QStringLiteral("quanly"), core::Role::Manager);
    const auto before = product("NM-500");
    ASSERT_EQ(before.category, QStringLiteral("Thực phẩm"));
    store.clock().advanceSecs(3600);
    const auto r = imports.importProducts(
        manager, QByteArray::fromStdString("sku,name,unit,sold_by,price,vat,owner_code,supply,category,barcodes\n"
                                           "NM-500,Nước mắm Cái Rồng 35 độ đạm,chai 500ml,unit,125000,10,HTX-A,consignment,,\n"
                                           "NEW-1,Sản phẩm thử,chai,unit,10000,8,HTX-A,consignment,,\n"));
    EXPECT_EQ(r.updated, 1);
    EXPECT_EQ(r.inserted, 1);
    const auto after = product("NM-500");
    EXPECT_EQ(after.name, QStringLiteral("Nước mắm Cái Rồng 35 độ đạm"));
    EXPECT_EQ(after.price.dong(), 125000);
    EXPECT_EQ(after.vat.percentValue(), 10);
    EXPECT_EQ(after.category, QStringLiteral("Thực phẩm"));     // empty cell: kept
    EXPECT_EQ(after.barcodes, before.barcodes);                  // empty cell: kept
    EXPECT_EQ(after.ocopStars, before.ocopStars);                 // absent column: kept
    EXPECT_EQ(after.reorderPoint, before.reorderPoint);
    EXPECT_EQ(after.id, before.id);

    db::Query h(store.db(), QStringLiteral("SELECT h.source, h.old_price_vnd, h.new_price_vnd, h.old_vat, h.new_vat, u.username, "
                                           "h.changed_at FROM price_history h JOIN users u ON u.id = h.user_id "
                                           "WHERE h.product_id = :p ORDER BY h.id DESC"));
    h.bind(QStringLiteral(":p"), after.id).exec();
    ASSERT_TRUE(h.next());
    EXPECT_EQ(h.value(0).toString(), QStringLiteral("import"));
    EXPECT_EQ(h.value(1).toLongLong(), 120000);
    EXPECT_EQ(h.value(2).toLongLong(), 125000);
    EXPECT_EQ(h.value(3).toString(), QStringLiteral("8"));
    EXPECT_EQ(h.value(4).toString(), QStringLiteral("10"));
    EXPECT_EQ(h.value(5).toString(), QStringLiteral("quanly"));
    EXPECT_EQ(h.value(6).toString(), QStringLiteral("2026-11-28T10:00:00+07:00"));
    // The new product's first price is history too, with no old price.
    db::Query n(store.db(), QStringLiteral("SELECT old_price_vnd IS NULL, new_price_vnd, user_id FROM price_history "
                                           "WHERE product_id = (SELECT id FROM products WHERE sku = 'NEW-1')"));
    n.exec();
    ASSERT_TRUE(n.next());
    EXPECT_TRUE(n.value(0).toBool());
    EXPECT_EQ(n.value(1).toLongLong(), 10000);
    EXPECT_EQ(n.value(2).toLongLong(), manager.userId);
    // An unchanged price adds no history.
    const auto count = rows("price_history");
    imports.importProducts(manager, QByteArray::fromStdString(productHeader() + productRow({{"sku", "NEW-1"}, {"name", "Đổi tên"}})));
    EXPECT_EQ(rows("price_history"), count);
    EXPECT_EQ(product("NEW-1").name, QStringLiteral("Đổi tên"));
}

TEST_F(CatalogImport, ABarcodeMovesBetweenTwoProductsInOneFile)
{
    const std::string nk = "8936167000015";  // NK-500's
    const std::string fresh = gs1("893616700002");
    auto p = importProducts("sku,name,unit,sold_by,price,vat,owner_code,supply,barcodes\n"
                            "TRA-50,Trà hoa vàng Ba Chẽ,hộp 50g,unit,650000,8,HTX-B,consignment,8936045000014|" + nk + "\n"
                            "NK-500,Nước khoáng Quang Hanh,chai 500ml,unit,8000,8,DN-C,purchased," + fresh + "\n");
    EXPECT_TRUE(p.empty()) << describeAll(p);
    EXPECT_EQ(product("TRA-50").barcodes.size(), 2);
    EXPECT_EQ(lookup.showProduct(store.admin(), QString::fromStdString(nk)).sku, QStringLiteral("TRA-50"));
    EXPECT_EQ(lookup.showProduct(store.admin(), QString::fromStdString(fresh)).sku, QStringLiteral("NK-500"));
    // Swapping two products' codes in one file works too.
    p = importProducts("sku,name,unit,sold_by,price,vat,owner_code,supply,barcodes\n"
                       "NM-500,Nước mắm Cái Rồng,chai 500ml,unit,120000,8,HTX-A,consignment," + fresh + "\n"
                       "NK-500,Nước khoáng Quang Hanh,chai 500ml,unit,8000,8,DN-C,purchased,8938505974194\n");
    EXPECT_TRUE(p.empty()) << describeAll(p);
    EXPECT_EQ(product("NM-500").barcodes, QStringList{QString::fromStdString(fresh)});
    EXPECT_EQ(product("NK-500").barcodes, QStringList{QStringLiteral("8938505974194")});
    // But not when the holder keeps it, or is not in the file.
    p = importProducts("sku,name,unit,sold_by,price,vat,owner_code,supply,barcodes\n"
                       "NM-500,Nước mắm Cái Rồng,chai 500ml,unit,120000,8,HTX-A,consignment,8938505974194\n");
    EXPECT_TRUE(hasProblem(p, 2, "barcodes", "belongs to product NK-500")) << describeAll(p);
}

} // namespace
