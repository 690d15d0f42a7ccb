#pragma once

#include "TestSupport.h"

#include "services/SaleTypes.h"

#include <QDate>

#include <optional>

namespace ocopos::test {

/// Puts a lot on the shelf directly (goods receipt + lot + receipt movement), for
/// tests of the sale engine that need stock without going through a receipt file.
qint64 addLot(TempStore& store, const QString& sku, const QString& lotCode, const QString& producerCode,
              const QString& qty, std::optional<QDate> expiresOn = std::nullopt);

/// A line of a sale request: code, quantity text (empty: default).
services::SaleLineRequest saleLine(const QString& code, const QString& qty = QString());
/// A cash payment of `amount`.
core::Payment cash(std::int64_t amount);

/// Sum of stock_movements for a lot, and the lot's cached on-hand.
std::int64_t ledgerOf(TempStore& store, qint64 lotId);
std::int64_t onHandOf(TempStore& store, qint64 lotId);

} // namespace ocopos::test
