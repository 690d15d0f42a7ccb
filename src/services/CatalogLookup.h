#pragma once

#include "Session.h"

#include "core/Catalog.h"
#include "db/CatalogRepository.h"

#include <array>
#include <map>
#include <set>

#include <optional>
#include <vector>

namespace ocopos::services {

/// What a scanned or typed code resolved to.
struct ScanResult {
    core::Product product;
    std::optional<core::Quantity> weight;  ///< carried by a scale barcode
    std::optional<core::Money> price;      ///< carried by a price-embedded scale barcode
    QString code;                          ///< as scanned
    /// What the line earns the store: the product's percent, else its owner's, else
    /// the store default (commissionFor), resolved in the scan's one statement.
    core::BasisPoints commission;
};

/// Reading the catalogue: lists, search, one product, a scan. Writes nothing.
class CatalogLookup {
public:
    /// With ctx.searchIndex, once it is ready(), a search with a limit (the
    /// cashier's search as you type) is answered from it (SQL before).
    explicit CatalogLookup(Context ctx) : m_ctx(ctx) {}

    /// Sorted by name in Vietnamese collation. A cooperative user sees itself and its members.
    std::vector<core::Producer> listProducers(const Session& actor);
    /// Search (Vietnamese without accents, on name, SKU, barcode and producer; the
    /// words match literally) and/or filter by owner code. Sorted by name in
    /// Vietnamese collation; when `limit` cuts the list, names that start with the
    /// query are kept first. A cooperative user sees only its own products, and
    /// another producer's code is an AuthError. With a search index and a limit, the
    /// index answers (same results as the SQL path, tested).
    std::vector<core::Product> listProducts(const Session& actor, const QString& query = QString(),
                                            const QString& producerCode = QString(), int limit = -1);
    /// By SKU or barcode. Throws NotFound (or AuthError for another cooperative's product).
    core::Product showProduct(const Session& actor, const QString& code);

    /// Resolves a scanned or typed code (EAN-13/EAN-8/UPC-A with check digit, scale
    /// barcode, SKU) to the product, its barcodes and its commission: one prepared
    /// (reused) statement when the code is found at the first try.
    /// Throws ValidationError for a malformed code, NotFound for an unknown one.
    ScanResult resolveCode(const QString& code);
    /// Reads the products of several codes at once (a sale's lines): afterwards
    /// resolveCode costs no statement for a code found at its first or second try
    /// (a SKU as typed or upper-cased, a barcode as scanned or in its UPC/EAN
    /// form). Same answers as without; scale labels keep their own path.
    void prefetch(const std::vector<QString>& codes);

    /// Commission percent a product earns the store: product override, else owner's,
    /// else the store default.
    core::BasisPoints commissionFor(const core::Product& p);

private:
    std::optional<db::CatalogRepository::Scanned> scan(db::CatalogRepository& repo, db::CatalogRepository::ScanKey by,
                                                       const QString& value);

    Context m_ctx;
    /// What prefetch() read, per key (Barcode, Sku): the values asked and those found.
    std::array<std::set<QString>, 2> m_asked;
    std::array<std::map<QString, db::CatalogRepository::Scanned>, 2> m_found;
};

} // namespace ocopos::services
