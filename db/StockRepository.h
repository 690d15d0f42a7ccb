#pragma once

#include "Database.h"

#include "core/Domain.h"
#include "core/Fefo.h"

#include <optional>
#include <vector>

namespace ocopos::db {

/// One change to the stock ledger.
struct Movement {
    qint64 productId = 0;
    std::optional<qint64> lotId;  ///< none only for an overridden short ("unlotted") sale
    core::MovementKind kind = core::MovementKind::Adjustment;
    core::Quantity qty;           ///< signed: + into stock, − out
    qint64 userId = 0;
    QString at;
    QString reason;
    QString refType;
    qint64 refId = 0;
};

/// The append-only stock ledger and the lots' on-hand cache, written together in
/// the caller's transaction.
class StockRepository {
public:
    explicit StockRepository(Database& db) : m_db(db) {}
    void addMovement(const Movement& m);
    /// Every lot of a product with stock, for FEFO.
    std::vector<core::LotSnapshot> lotSnapshots(qint64 productId);

private:
    Database& m_db;
};

} // namespace ocopos::db
