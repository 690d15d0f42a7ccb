#pragma once
// What the product importer and the product editor share: one typed record for a
// product to add or update, the checks it must pass, and how it is stored.
// Internal to ocopos_services.

#include "CatalogImportService.h"
#include "Session.h"

#include "core/Catalog.h"
#include "core/Errors.h"

#include <QRegularExpression>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ocopos::db {
class CatalogRepository;
}

namespace ocopos::services {

namespace catalog {

/// Producer codes and SKUs: letters, digits, '.', '_', '-'; 40 at most.
const QRegularExpression& codePattern();

/// One product to add or update, typed: a file row once its cells are read, or
/// the product the editor sends.
struct ProductDraft {
    int line = 0;                         ///< file line; 0 from the editor
    core::Product product;                ///< the values to store (the stored product with what was given)
    std::optional<core::Product> stored;  ///< as stored now; nullopt for a new SKU
    bool barcodesGiven = false;           ///< product.barcodes replaces the stored set (empty: none)
    bool pluGiven = false;                ///< product.plu replaces the stored one (empty: none)
    bool priceUnreadable = false;         ///< the price's text did not read (reported already): not judged again
    std::vector<std::pair<QString, QString>> takenBarcodes;  ///< code -> SKU of the product holding it now
};

/// The rules every product passes, from a file or the editor, with problems
/// named by the draft's line and field. One ProductChecks per batch: a SKU,
/// barcode or PLU may occur once in it.
class ProductChecks {
public:
    ProductChecks(db::CatalogRepository& repo, ProblemList& problems) : m_repo(repo), m_problems(problems) {}

    /// The SKU (required, its pattern, once per batch), then the stored product by
    /// SKU into d.stored. Run first: what is given applies over the stored values.
    void checkSku(ProductDraft& d);
    /// Every other field of d.product: name, unit, a price above 0, the owner (sets
    /// ownerId), barcodes (check digits, no scale prefix, UPC-A stored as EAN-13,
    /// not held by another product), OCOP stars 3–5, commission and reorder point,
    /// PLU (5 digits, not held by another product).
    void check(ProductDraft& d);
    /// After every draft is checked: a barcode held by another product may move
    /// only if that product is in the batch and gives it up.
    void checkMovedBarcodes(const std::vector<ProductDraft>& drafts);

private:
    void checkBarcodes(ProductDraft& d);
    void checkPlu(ProductDraft& d);

    db::CatalogRepository& m_repo;
    ProblemList& m_problems;
    std::map<QString, int> m_skus, m_barcodes, m_plus;  ///< -> the line that has it
};

/// Writes checked drafts (inside the caller's transaction): inserts or updates,
/// price history with `source` ("import" or "edit") and an audit line per price
/// change, barcodes replaced where given. Sets each draft's product id.
ImportResult storeProducts(Context& ctx, const Session& actor, std::vector<ProductDraft>& drafts, const QString& source);

/// After a catalogue change: the search index (when the context has one) is rebuilt.
void refreshSearchIndex(Context& ctx);

} // namespace catalog
} // namespace ocopos::services
