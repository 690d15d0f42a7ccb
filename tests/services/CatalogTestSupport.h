#pragma once
// Shared by the catalogue tests: a store with the small catalogue and CSV row builders.

#include "TestSupport.h"

#include "core/Barcode.h"
#include "db/CatalogRepository.h"
#include "services/CatalogImportService.h"
#include "services/CatalogLookup.h"
#include "services/PriceService.h"
#include "services/ProductEditService.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace ocopos::test {

inline const std::vector<std::string> kProductColumns = {
    "sku", "name", "unit", "sold_by", "price", "vat", "owner_code", "supply", "barcodes", "category",
    "ocop_stars", "ocop_cert_no", "ocop_cert_expiry", "commission_pct", "reorder_point", "plu"};
inline const std::vector<std::string> kProducerColumns = {
    "code", "kind", "name", "parent_code", "tax_code", "address", "district", "province", "phone",
    "bank_bin", "bank_account", "commission_pct"};

inline std::string join(const std::vector<std::string>& v)
{
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i)
        out += (i ? "," : "") + v[i];
    return out;
}

/// A CSV row in `columns` order: valid defaults, with `over` replacing some cells.
inline std::string csvRow(const std::vector<std::string>& columns, std::map<std::string, std::string> values,
                          const std::map<std::string, std::string>& over)
{
    for (const auto& [k, v] : over)
        values[k] = v;
    std::vector<std::string> cells;
    for (const auto& c : columns)
        cells.push_back(values.count(c) ? values[c] : "");
    return join(cells) + "\n";
}

inline std::string productRow(const std::map<std::string, std::string>& over = {})
{
    return csvRow(kProductColumns,
                  {{"sku", "T-1"}, {"name", "Sản phẩm thử"}, {"unit", "chai"}, {"sold_by", "unit"}, {"price", "10000"},
                   {"vat", "8"}, {"owner_code", "HTX-A"}, {"supply", "consignment"}},
                  over);
}

inline std::string producerRow(const std::map<std::string, std::string>& over = {})
{
    return csvRow(kProducerColumns, {{"code", "HO-NEW"}, {"kind", "household"}, {"name", "Hộ mới"}}, over);
}

inline std::string productHeader() { return join(kProductColumns) + "\n"; }
inline std::string producerHeader() { return join(kProducerColumns) + "\n"; }

/// A valid EAN-13/EAN-8/UPC-A from its body (the check digit added).
inline std::string gs1(const std::string& body) { return body + std::to_string(core::gs1CheckDigit(body)); }

/// The small catalogue of TempStore::loadSmallCatalog and the catalogue services over it.
class CatalogFixture : public ::testing::Test {
protected:
    void SetUp() override { store.loadSmallCatalog(); }

    std::vector<Problem> importProducts(const std::string& csv)
    {
        return problemsOf([&] { imports.importProducts(store.admin(), QByteArray::fromStdString(csv)); });
    }
    std::vector<Problem> importProducers(const std::string& csv)
    {
        return problemsOf([&] { imports.importProducers(store.admin(), QByteArray::fromStdString(csv)); });
    }
    core::Product product(const char* sku) { return lookup.showProduct(store.admin(), QString::fromLatin1(sku)); }
    QStringList skus(const std::vector<core::Product>& list)
    {
        QStringList out;
        for (const auto& p : list)
            out << p.sku;
        return out;
    }
    qint64 rows(const char* table) { return countRows(store.db(), QString::fromLatin1(table)); }

    TempStore store;
    services::CatalogLookup lookup{store.ctx()};
    services::CatalogImportService imports{store.ctx()};
    services::PriceService prices{store.ctx()};
    services::ProductEditService editor{store.ctx()};
};

} // namespace ocopos::test
