#pragma once

#include "Database.h"

#include "core/Catalog.h"

#include <QDate>

#include <map>
#include <optional>
#include <vector>

namespace ocopos::db {

/// SQL for producers, products and barcodes (prices: PriceRepository). No rules here: the
/// services validate, this reads and writes rows.
class CatalogRepository {
public:
    explicit CatalogRepository(Database& db) : m_db(db) {}

    std::optional<core::Producer> producerByCode(const QString& code);
    std::optional<core::Producer> producerById(qint64 id);
    std::vector<core::Producer> producers(std::optional<qint64> onlyOwnerOrMembersOf = std::nullopt);
    /// Inserts or updates by code; returns the id. parent_id is set separately.
    qint64 upsertProducer(const core::Producer& p, const QString& nameKey, const QString& now);
    void setProducerParent(qint64 id, std::optional<qint64> parentId);
    /// The member households (children) of a producer.
    std::vector<qint64> memberIds(qint64 producerId);
    /// The code of a producer that is a member and has members of its own, if any
    /// (membership is one level deep).
    std::optional<QString> memberWithMembers();

    std::optional<core::Product> productById(qint64 id);
    /// The products with these ids, in the order given (missing ids skipped): two
    /// statements for the lot rather than two per product.
    std::vector<core::Product> productsByIds(const std::vector<qint64>& ids);
    std::optional<core::Product> productBySku(const QString& sku);
    std::optional<core::Product> productByBarcode(const QString& code);
    /// What a scan needs, in one statement: the product with its barcodes, its
    /// owner's commission and the store's default commission setting (raw text, or
    /// nullopt when the setting was never stored). Why: the till's scan was four
    /// statements (barcode -> id, product, barcodes, owner) and at p99 each costs.
    struct Scanned {
        core::Product product;
        std::optional<core::BasisPoints> ownerCommission;
        std::optional<QString> defaultCommissionPct;
    };
    enum class ScanKey { Barcode, Sku, Plu };
    std::optional<Scanned> scan(ScanKey by, const QString& value);
    /// scan() for several values of one key at once (a sale's codes), by value;
    /// values that match nothing are absent. A few statements for the lot.
    std::map<QString, Scanned> scanMany(ScanKey by, const std::vector<QString>& values);
    /// Which product holds a barcode (0 when none).
    qint64 barcodeOwner(const QString& code);
    qint64 pluOwner(const QString& plu);

    struct ProductFilter {
        QStringList words;                 ///< folded query words, each must occur (literally)
        std::optional<qint64> ownerId;     ///< only this owner's products
        int limit = -1;
    };
    std::vector<core::Product> products(const ProductFilter& f);

    qint64 insertProduct(const core::Product& p, const QString& nameKey, const QString& now);
    void updateProduct(const core::Product& p, const QString& nameKey, const QString& now);
    void replaceBarcodes(qint64 productId, const QStringList& codes);
    void setPriceAndVat(qint64 productId, core::Money price, const core::VatRate& vat, const QString& now);

private:
    void loadBarcodes(core::Product& p);
    /// Every product's barcodes, a few hundred products a statement.
    void loadBarcodes(std::vector<core::Product>& products);
    Database& m_db;
};

} // namespace ocopos::db
