#pragma once

#include "Database.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace ocopos::db {

/// What a sales report may read: an inclusive range of store-local days and,
/// for a cooperative user, the one owner whose lines it sees. Built only by
/// services::DataScope; every query here applies it.
struct ReportFilter {
    QString from;  ///< YYYY-MM-DD
    QString to;    ///< YYYY-MM-DD
    std::optional<qint64> ownerId;
};

enum class SalesGrouping {
    Day, Product, Category, Vat, Payment, Cashier, Producer, Owner,
    ProductSupply  ///< by SKU and supply mode, key "SKU|supply" (settlement lines)
};

/// One group of a sales report, returns already subtracted (đồng, thousandths).
/// gross and discount are of the sales rung up in the period; returns is the net
/// refunded in the period; so net = gross − discount − returns.
struct SalesGroupRow {
    QString key;    ///< day, SKU, category ("" when none), VAT code, method, username, producer or owner code
    QString label;  ///< product name (latest sale's snapshot), producer or cashier name
    std::int64_t qty = 0;  ///< sold − returned; product grouping only
    std::int64_t gross = 0;
    std::int64_t discount = 0;
    std::int64_t net = 0;
    std::int64_t vat = 0;
    std::int64_t returns = 0;
    std::int64_t commission = 0;
    std::int64_t payout = 0;
    std::int64_t sales = 0;     ///< receipts with a line in the group
    std::int64_t unlotted = 0;  ///< net from "unlotted" allocations (producer grouping)
};

/// One product's stock and its value.
struct StockValueRow {
    qint64 productId = 0;
    QString sku, name, unit, ownerCode, supply, category;
    std::int64_t price = 0;      ///< today's retail price (per unit or kg)
    std::int64_t onHand = 0;     ///< thousandths, Σ lots
    std::int64_t costValue = 0;  ///< Σ lot on hand × unit cost (lots with a cost)
    std::int64_t uncostedQty = 0;  ///< on hand in lots without a unit cost
    std::int64_t retailValue = 0;  ///< on hand × price
    int lots = 0;                  ///< lots holding stock
};

/// One entry of a product's stock ledger with the running balance.
struct MovementRow {
    qint64 id = 0;
    QString at, kind, lotCode, producerCode, username, reason, refType, reference;
    std::int64_t qty = 0;      ///< signed thousandths
    std::int64_t balance = 0;  ///< on hand after it (Σ of every movement up to it)
};

/// The commission rates one consignment SKU of an owner was sold at in a period.
struct CommissionRateRange {
    QString sku;
    std::int64_t minBp = 0;
    std::int64_t maxBp = 0;
};

struct SettlementRow {
    qint64 id = 0;
    qint64 producerId = 0;
    QString producerCode;
    QString from, to, finalizedAt, finalizedBy;
    std::int64_t net = 0, returns = 0, commission = 0, payout = 0;
    QString content;  ///< the frozen statement (JSON)
};

/// SQL aggregates of the reports and the settlements table. Sums are computed by
/// SQLite over the sale-line snapshots and lot allocations, never in C++ over
/// rows; only the few grouped rows are merged here.
class ReportRepository {
public:
    explicit ReportRepository(Database& db) : m_db(db) {}

    /// Sales grouped one way, returns subtracted, voided sales excluded. Unsorted.
    std::vector<SalesGroupRow> salesBy(SalesGrouping by, const ReportFilter& f);
    /// Completed receipts of the period (with a line of the scope's owner).
    std::int64_t receiptCount(const ReportFilter& f);

    /// Recomputes sale_owner_days from the sale lines (after a bulk load or a repair).
    void rebuildOwnerDays();
    /// Where sale_owner_days disagrees with the lines it sums; empty when sound.
    QStringList verifyOwnerDays();

    /// Stock on hand and value per product (active products and any with stock).
    std::vector<StockValueRow> stockValues(std::optional<qint64> ownerId);
    /// The ledger of one product, oldest first, optionally within days.
    std::vector<MovementRow> movements(qint64 productId, const QString& from, const QString& to);

    /// Per consignment SKU of the owner sold in [from, to] (completed sales), the
    /// lowest and highest commission rate of its sale-line snapshots.
    std::vector<CommissionRateRange> commissionRates(qint64 ownerId, const QString& from, const QString& to);

    /// Finalized settlements, newest period first; of one producer when given.
    std::vector<SettlementRow> settlements(std::optional<qint64> producerId);
    std::optional<SettlementRow> settlement(qint64 id);
    /// Finalized periods of a producer that overlap [from, to].
    std::vector<SettlementRow> overlapping(qint64 producerId, const QString& from, const QString& to);
    qint64 insertSettlement(const SettlementRow& s, qint64 userId);

private:
    Database& m_db;
};

} // namespace ocopos::db
