#pragma once
// Helpers shared by the stock services (receipt, stocktake, ledger, alerts).
// Internal to ocopos_services: not part of any service's API.

#include "CsvFields.h"

#include "core/Catalog.h"
#include "core/Errors.h"
#include "core/Quantity.h"
#include "core/Utf8.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>

namespace ocopos::db {
class CatalogRepository;
}

namespace ocopos::services::stockutil {

inline std::string s(const QString& q) { return q.toStdString(); }
using core::qs;
inline std::string q3(core::Quantity q) { return core::formatQuantity(q); }

/// A product by SKU, else by barcode (a UPC-A also as its EAN-13 form); nullopt when none.
std::optional<core::Product> findProduct(db::CatalogRepository& repo, const QString& code);

/// "NMCR-500 (Nước mắm Cái Rồng 35 độ đạm)", for messages.
std::string label(const QString& sku, const QString& name);

using services::field;

/// A quantity from a file cell: a decimal with at most three places, more than
/// zero (or zero too, with allowZero), whole for a product sold by unit.
/// Problems go to `problems`; nullopt when there was one.
std::optional<core::Quantity> parseStockQuantity(ProblemList& problems, int line, const char* name,
                                                 const QString& text, const core::Product* product,
                                                 bool allowZero);

/// Lot codes: letters, digits, '.', '_', '-', '/'; 40 at most.
bool isValidLotCode(const QString& code);

} // namespace ocopos::services::stockutil
