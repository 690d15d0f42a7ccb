#pragma once

#include "Session.h"

#include "core/Quantity.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace ocopos::services {

/// One lot's line of the variance report.
struct CountedLot {
    int line = 0;  ///< the count.csv line that counted it
    bool byProduct = false;  ///< the product's total was counted and spread over its lots
    qint64 productId = 0;
    QString sku;
    QString name;
    qint64 lotId = 0;
    QString lotCode;
    QString producerCode;
    std::optional<QDate> expiresOn;
    core::Quantity expected;  ///< on hand in the book before the count
    core::Quantity counted;
    core::Quantity variance() const { return counted - expected; }  ///< negative: shrinkage; positive: surplus
};

/// A stocktake as booked: its variance report, lot by lot, in file order.
struct StockCount {
    qint64 id = 0;
    QString countedAt;
    QString note;
    std::vector<CountedLot> lots;
    core::Quantity shrinkage() const;  ///< sum of the negative variances, as a positive quantity
    core::Quantity surplus() const;    ///< sum of the positive variances
};

/// Stocktakes from count.csv (`code`*, `lot_code`, `counted_qty`*).
///
/// A line with a lot code sets that lot to what was counted. A line without one
/// counts the product as a whole; the total is spread over its lots by
/// core::spreadCount — shrinkage comes off the lots that would sell last
/// (reverse FEFO, expired lots last), a surplus goes to the unexpired lot that
/// sells first (else the most recently received lot) — so the book never
/// believes the shelf is fresher than it may be. Lots and products not in the
/// file are not touched (a partial count is a normal count).
class StocktakeService {
public:
    explicit StocktakeService(Context ctx) : m_ctx(ctx) {}

    /// Validates every line (unknown product or lot; quantity not a number,
    /// negative, or fractional for a product sold by unit; the same lot or product
    /// counted twice; a product counted both as a whole and by lot; a surplus for a
    /// product without any lot); any problem refuses the whole file (ValidationError
    /// with every problem), nothing written. Otherwise records the count and its
    /// lines, books one `count` movement per lot whose quantity changed (reason
    /// names the count, what was expected and what was counted), audits, all in one
    /// transaction. Manager only (AuthError).
    StockCount count(const Session& actor, const QByteArray& csv, const QString& note = QString());

private:
    Context m_ctx;
};

} // namespace ocopos::services
