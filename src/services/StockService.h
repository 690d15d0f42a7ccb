#pragma once

#include "Session.h"

#include "core/Fefo.h"
#include "core/Money.h"
#include "core/Quantity.h"
#include "db/StockRepository.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace ocopos::services {

/// One lot as the stock screen shows it.
struct LotStock {
    qint64 lotId = 0;
    QString lotCode;
    QString producerCode;  ///< who made it: the owner or one of its member households
    QString producerName;
    QString receiptNumber;
    std::optional<QDate> producedOn;
    std::optional<QDate> expiresOn;
    core::Quantity qty;
    bool expired = false;  ///< expired before today: never sold
};

/// A product's stock: on hand (the sum of its lots, which is what the ledger sums
/// to), the sellable part (unexpired lots), and its lots in the order FEFO sells them.
/// The "unlotted" movements of overridden short sales belong to no lot and are
/// not in on hand (the goods were on the shelf but not in the book).
struct ProductStock {
    qint64 productId = 0;
    QString sku;
    QString name;
    QString unit;
    core::SoldBy soldBy = core::SoldBy::Unit;
    QString ownerCode;
    core::Quantity onHand;
    core::Quantity sellable;
    std::optional<core::Quantity> reorderPoint;
    std::vector<LotStock> lots;

    /// On a reorder point and at or below it (sellable stock: expired lots will never sell).
    bool isLow() const { return reorderPoint && sellable <= *reorderPoint; }
};

struct StockFilter {
    QString productCode;  ///< SKU or barcode; empty: every product
    bool lowOnly = false; ///< only products at or below their reorder point
    /// Only lots expiring within this many days of today (expired ones included),
    /// and only products that have such a lot.
    std::optional<int> expiringWithinDays;
};

/// A lot written off (expired, damaged, lost).
struct WriteOffResult {
    qint64 lotId = 0;
    QString sku;
    QString name;
    QString lotCode;
    std::optional<QDate> expiresOn;
    core::Quantity qty;   ///< written off (positive)
    core::Quantity left;  ///< on hand afterwards
    QString reason;
};

/// Stock on hand, the ledger check, write-offs, and FEFO taking in a transaction
/// of its own. Goods receipts are GoodsReceiptService, stocktakes
/// StocktakeService, alerts AlertService; writes inside a sale's transaction are
/// StockLedger.
class StockService {
public:
    explicit StockService(Context ctx) : m_ctx(ctx) {}

    /// On hand per product and lot (any logged-in user), sorted by name in
    /// Vietnamese collation; products without stock are listed too (on hand 0).
    /// A cooperative user sees only the products it owns; asking for another's
    /// product is an AuthError. Throws NotFound for an unknown product code,
    /// ValidationError for a negative number of days.
    std::vector<ProductStock> stock(const Session& actor, const StockFilter& filter = {});

    /// Every lot whose cached on-hand differs from the sum of its movements (or is
    /// negative), and every product whose lots disagree with its movements. Empty
    /// when the ledger is sound. Used by `check`.
    std::vector<db::LedgerMismatch> verifyLedger();

    /// StockLedger::takeFefo in a transaction of its own (tests, scripts). Refuses
    /// short stock with Conflict.
    std::vector<core::LotTake> takeFefo(const Session& user, qint64 productId, core::Quantity qty,
                                        const db::StockRef& ref);

    /// Writes off `qty` (default: all on hand) of one lot, with a reason (manager).
    /// Throws AuthError, NotFound (product or lot), ValidationError (no reason, bad
    /// quantity), Conflict (more than on hand, or nothing on hand).
    WriteOffResult writeOff(const Session& actor, const QString& productCode, const QString& lotCode,
                            std::optional<core::Quantity> qty, const QString& reason);
    /// Writes off everything on hand in lots that expired before today (manager),
    /// in one transaction. Returns what was written off (empty when nothing was).
    std::vector<WriteOffResult> writeOffExpired(const Session& actor, const QString& reason);

    /// The ledger of one product, oldest first (manager; a cooperative its own products).
    std::vector<db::StoredMovement> movements(const Session& actor, const QString& productCode);

private:
    WriteOffResult writeOffLot(const Session& actor, const db::LotInfo& lot, const QString& name,
                               core::Quantity qty, const QString& reason);
    Context m_ctx;
};

} // namespace ocopos::services
