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

} // namespace ocopos::core
