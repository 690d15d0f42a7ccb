#pragma once

#include "Database.h"

#include "core/Domain.h"
#include "core/Fefo.h"
#include "core/Money.h"
#include "core/Quantity.h"

#include <QDate>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace ocopos::db {

/// The document a stock movement belongs to (stock_movements.ref_type/ref_id).
/// Types in use: "goods_receipt", "sale", "return", "void", "stock_count",
/// "write_off". An empty type means none.
struct StockRef {
    QString type;
    std::optional<qint64> id;
};

/// One entry of the append-only stock ledger.
struct Movement {
    qint64 productId = 0;
    /// Empty only for the "unlotted" allocation of a manager-overridden short sale
    /// (and its reversal); such a movement touches no lot's cache.
    std::optional<qint64> lotId;
    core::MovementKind kind = core::MovementKind::Adjustment;
    core::Quantity qty;  ///< signed: positive into stock, negative out; never zero
    QString at;          ///< ISO 8601 with offset (core::Clock::isoString)
    qint64 userId = 0;
    QString reason;      ///< empty: none
    StockRef ref;
};

struct StoredMovement {
    qint64 id = 0;
    Movement movement;
    QString username;
    QString lotCode;
};

/// A lot as stored, with the names a screen or document needs.
struct LotInfo {
    qint64 id = 0;
    qint64 productId = 0;
    QString sku;
    qint64 receiptId = 0;
    QString receiptNumber;
    qint64 producerId = 0;
    QString producerCode;
    QString producerName;
    QString lotCode;
    std::optional<QDate> producedOn;
    std::optional<QDate> expiresOn;
    std::optional<core::Money> unitCost;
    core::Quantity receivedQty;
    core::Quantity onHand;  ///< the cache; equals the ledger sum (verifyLedger proves it)
    QString receivedAt;

    core::LotSnapshot snapshot() const;
};

/// What a new lot is made of; its stock arrives through a `receipt` movement.
struct NewLot {
    qint64 productId = 0;
    qint64 receiptId = 0;
    qint64 producerId = 0;
    QString lotCode;
    std::optional<QDate> producedOn;
    std::optional<QDate> expiresOn;
    std::optional<core::Money> unitCost;
    core::Quantity receivedQty;
    QString receivedAt;
};

/// The product fields the stock screens and alerts show.
struct StockProduct {
    qint64 id = 0;
    QString sku;
    QString name;
    QString unit;
    core::SoldBy soldBy = core::SoldBy::Unit;
    core::Supply supply = core::Supply::Consignment;
    qint64 ownerId = 0;
    QString ownerCode;
    QString ownerName;
    std::optional<core::Quantity> reorderPoint;
    QString certNo;
    std::optional<QDate> certExpiry;
};

/// A lot (or a product) whose cached on-hand disagrees with its ledger.
struct LedgerMismatch {
    qint64 productId = 0;
    QString sku;
    std::optional<qint64> lotId;  ///< empty: the product as a whole
    QString lotCode;
    core::Quantity cached;        ///< lots.on_hand (summed over the product's lots for a product)
    core::Quantity ledger;        ///< SUM(stock_movements.qty)
    QString what;                 ///< why it is listed, in words
};

/// SQL for lots, goods receipts, stock counts and the stock ledger. No rules
/// beyond the ledger's own invariants: the services validate.
///
/// Every write here runs in the caller's transaction: hold a
/// db::TransactionGuard around a whole user action (a sale, a receipt, a count).
class StockRepository {
public:
    explicit StockRepository(Database& db) : m_db(db) {}

    /// Appends `m` to the ledger and, for a lotted movement, moves lots.on_hand by
    /// the same quantity, so cache and ledger change together or not at all. This
    /// is the only way stock changes. Returns the movement id.
    /// Throws ValidationError (field "qty") for a zero quantity, NotFound for an
    /// unknown lot, Conflict when the lot belongs to another product or would go
    /// below zero, DbError.
    qint64 addMovement(const Movement& m);
    /// addMovement for each of `ms` (a sale's), in fewer statements: one guarded
    /// update per lot touched, the movements' sum for that lot, and the rows
    /// several per INSERT. Same errors; ids are not returned.
    void addMovements(const std::vector<Movement>& ms);

    /// The product's lots that hold stock (expired ones too: FEFO counts them as
    /// expired, never sells them), for core::allocateFefo. receiptOrder is the goods
    /// receipt id, so ties on expiry go to the older receipt.
    std::vector<core::LotSnapshot> lotSnapshots(qint64 productId);
    /// The same for several products at once (a cart), by product id; every id
    /// asked for has an entry, empty when it has no stock. Lots in id order.
    std::map<qint64, std::vector<core::LotSnapshot>> lotSnapshots(const std::vector<qint64>& productIds);

    /// The product's lots, oldest receipt first; with `withStockOnly` only those
    /// with on_hand other than zero.
    std::vector<LotInfo> lots(qint64 productId, bool withStockOnly = false);
    /// Lots that hold stock across products (of one owner's products, if given).
    std::vector<LotInfo> lotsWithStock(std::optional<qint64> ownerId = std::nullopt);
    std::optional<LotInfo> lotById(qint64 lotId);
    std::optional<LotInfo> lotByCode(qint64 productId, const QString& lotCode);
    qint64 insertLot(const NewLot& lot);

    /// Products for stock listings (of one owner, or one product, if given), in id order.
    std::vector<StockProduct> products(std::optional<qint64> ownerId = std::nullopt,
                                       std::optional<qint64> productId = std::nullopt);

    /// The next goods receipt number, `PN-000001` upward. Call in the transaction
    /// that inserts the receipt (the write lock serialises two tills).
    QString nextReceiptNumber();
    qint64 insertReceipt(const QString& number, qint64 producerId, const QString& at, qint64 userId,
                         const QString& note);
    struct ReceiptHeader {
        qint64 id = 0;
        QString number;
        qint64 producerId = 0;
        QString receivedAt;
        QString username;
        QString note;
    };
    std::optional<ReceiptHeader> receiptByNumber(const QString& number);
    /// The lots a goods receipt created, in the order they were written.
    std::vector<LotInfo> receiptLots(qint64 receiptId);

    qint64 insertStockCount(const QString& at, qint64 userId, const QString& note);
    void insertCountLine(qint64 countId, int lineNo, qint64 productId, qint64 lotId, bool byProduct,
                         core::Quantity expected, core::Quantity counted);

    /// Every lot whose cache differs from its ledger sum or is negative, every
    /// product whose lots' caches do not add up to its lotted movements (a
    /// movement booked under the wrong product), ordered by product and lot.
    std::vector<LedgerMismatch> ledgerMismatches();

    /// The ledger of one product, oldest first.
    std::vector<StoredMovement> movements(qint64 productId);
    /// SUM(stock_movements.qty) over one lot.
    core::Quantity ledgerSum(qint64 lotId);

private:
    /// The guarded on_hand change of a lotted movement (lotFault when it fails).
    void moveLot(const Movement& m);
    [[noreturn]] void lotFault(const Movement& m);
    Database& m_db;
};

} // namespace ocopos::db
