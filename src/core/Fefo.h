#pragma once

#include "Quantity.h"

#include <QDate>

#include <optional>
#include <vector>

namespace ocopos::core {

/// What FEFO needs to know of one lot.
struct LotSnapshot {
    qint64 lotId = 0;
    qint64 producerId = 0;
    std::optional<QDate> expiresOn;  ///< none: sorts last
    qint64 receiptOrder = 0;         ///< increasing with the time of receipt (goods receipt id)
    Quantity onHand;
};

/// One lot's share of a sale.
struct LotTake {
    qint64 lotId = 0;
    qint64 producerId = 0;
    Quantity qty;
};

/// The result of a FEFO allocation: what was taken, and what could not be.
struct FefoResult {
    std::vector<LotTake> takes;  ///< in the order taken
    Quantity shortBy;            ///< zero when the whole quantity was found
    Quantity expiredOnHand;      ///< stock that exists but is expired (for the error message)
};

/// First-expiry-first-out: earliest expiry first, then oldest receipt, lots without
/// an expiry date last; lots expired before `today` (store local date) are never
/// taken — a lot expiring today is still sold today. Pure: no database.
FefoResult allocateFefo(std::vector<LotSnapshot> lots, Quantity wanted, QDate today);

/// The order FEFO takes lots in (sellable and expired alike), for displays.
void sortFefo(std::vector<LotSnapshot>& lots);

/// True when a lot expiring on `expiresOn` may no longer be sold on `today`: it
/// expired before today (a lot is still sold on its expiry day). Undated: never.
bool isExpired(const std::optional<QDate>& expiresOn, QDate today);

/// One lot's line of a stocktake: what the book said and what it says now.
struct LotCount {
    qint64 lotId = 0;
    Quantity expected;
    Quantity counted;
    Quantity variance() const { return counted - expected; }
};

/// Spreads a product's counted total over its lots (a stocktake by product, not by
/// lot). The rule keeps the book from ever believing the shelf is fresher than it
/// may be, so expiry alerts stay on the safe side:
/// - shrinkage (counted < on hand) is taken from the lots that would sell last —
///   reverse FEFO order: undated lots first, then the latest expiry, and expired lots
///   only when nothing else is left;
/// - a surplus (counted > on hand) goes to the lot that sells first among the
///   unexpired lots with stock; when no unexpired lot holds stock, to the most
///   recently received lot (whatever its expiry, even an empty one).
/// Returns one entry per lot that holds stock or takes the surplus, in FEFO
/// order; counted values add up to `counted`. Lots with zero on hand that change
/// nothing are left out. Throws Conflict when there is a surplus but no lot at
/// all to put it in. Pure: no database.
std::vector<LotCount> spreadCount(std::vector<LotSnapshot> lots, Quantity counted, QDate today);

} // namespace ocopos::core
