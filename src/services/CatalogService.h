#pragma once

#include "Session.h"

#include "core/Catalog.h"
#include "core/Csv.h"

#include <QByteArray>
#include <QDate>

#include <optional>
#include <vector>

namespace ocopos::services {

struct ImportResult {
    int inserted = 0;
    int updated = 0;
};

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

struct PriceChange {
    QString sku;
    QString name;
    QDate effectiveOn;
    std::optional<core::Money> price;
    std::optional<core::VatRate> vat;
    QString status;   ///< "pending" or "applied" (scheduled) / "import", "edit" (history)
    QString at;       ///< when it was recorded or applied
    QString username;
    std::optional<core::Money> oldPrice;
    std::optional<core::VatRate> oldVat;
};

class ProductSearchIndex;

/// Producers, products, barcodes, prices. Imports are all-or-nothing: any bad
/// row refuses the whole file with every problem as `line N, field F: why`, in
/// line order. Imports upsert by code/SKU; an empty optional cell (or an absent
/// column) keeps the stored value. A UPC-A barcode is stored as its EAN-13.
class CatalogService {
public:
    /// Uses ctx.searchIndex when the context carries one.
    explicit CatalogService(Context ctx) : m_ctx(ctx), m_index(ctx.searchIndex) {}
    /// With an in-memory search index: once it is ready(), a search with a limit
    /// (the cashier's search as you type) is answered from it (SQL before), and
    /// imports refresh it.
    CatalogService(Context ctx, ProductSearchIndex* index) : m_ctx(ctx), m_index(index) {}

    ImportResult importProducers(const Session& actor, const QByteArray& csv);
    ImportResult importProducts(const Session& actor, const QByteArray& csv);

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

    /// Schedules price/VAT changes from `code,effective_on,price,vat` (manager).
    /// Changes due today or earlier are applied at once.
    int schedulePrices(const Session& actor, const QByteArray& csv);
    /// History and pending changes, optionally for one product; newest first.
    std::vector<PriceChange> priceList(const Session& actor, const QString& code = QString());
    /// Applies every scheduled change whose day has come (store local date).
    /// Called at start-up and before selling; idempotent. Returns how many applied.
    int applyDueChanges();

    /// Saves one product as the editor shows it (manager): a new SKU is added, a
    /// known one updated, through the same checks as importProducts (check digits,
    /// a barcode or PLU held by another product, stars 3–5, ...). Problems come back
    /// per field with line 0, and then nothing is written. Unlike a file, the
    /// product is taken whole: an empty optional value (category, stars,
    /// certificate number and expiry, commission, reorder point, PLU) clears the
    /// stored one, and `barcodes` replaces the product's barcodes — an empty list
    /// removes them all (the product still sells by SKU). A price or VAT change is
    /// recorded in the price history as an "edit"; the audit log names the SKU.
    /// Returns the product as stored.
    core::Product saveProduct(const Session& actor, const core::Product& product);
    /// Schedules one price and/or VAT change for `code` from `effectiveOn`
    /// (manager), as schedulePrices; applied at once when the day has come.
    /// Problems come back per field with line 0.
    void scheduleChange(const Session& actor, const QString& code, const QDate& effectiveOn,
                        std::optional<core::Money> price, std::optional<core::VatRate> vat);

    /// Commission percent a product earns the store: product override, else owner's,
    /// else the store default.
    core::BasisPoints commissionFor(const core::Product& p);

private:
    /// Whether an empty cell keeps the stored value (a file) or clears it (the editor).
    enum class EmptyCell { Keeps, Clears };
    ImportResult upsertProducts(const Session& actor, const core::CsvTable& table, EmptyCell emptyCell);
    void reloadIndex();

    Context m_ctx;
    ProductSearchIndex* m_index = nullptr;
};

} // namespace ocopos::services
