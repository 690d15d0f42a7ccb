#pragma once

#include "Database.h"

#include "core/Cart.h"
#include "core/Fefo.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace ocopos::db {

/// Rows of a sale as written by the sale engine.
struct SaleRow {
    QString till;
    qint64 seq = 0;
    QString receiptNo;
    qint64 shiftId = 0;
    qint64 cashierId = 0;
    QString at;        ///< ISO 8601 with offset
    QString saleDate;  ///< store-local YYYY-MM-DD
    core::Money gross, discount, total, vat, paid, change;
    core::Discount saleDiscount;
    std::optional<qint64> overrideBy;
};

struct SaleLineRow {
    int lineNo = 0;
    qint64 productId = 0;
    QString sku, name, unit, category;
    core::SoldBy soldBy = core::SoldBy::Unit;
    core::Quantity qty;
    core::Money unitPrice, gross, lineDiscount, saleDiscount, net, vat, commission, payout;
    core::Discount discount;
    core::VatRate vatRate = core::VatRate::percent(0);
    qint64 ownerId = 0;
    core::Supply supply = core::Supply::Consignment;
    core::BasisPoints commissionPct;
    bool unlotted = false;
};

/// One owner's lines of one sale, summed: what a sale adds to its row of
/// sale_owner_days.
struct OwnerDaySums {
    std::int64_t lines = 0;
    std::int64_t receipts = 0;  ///< 1: the sale counts once per owner
    core::Money gross, net, vat, commission, payout;
};

struct LotAllocationRow {
    int seq = 0;
    std::optional<qint64> lotId;
    qint64 producerId = 0;
    core::Quantity qty;
    core::Money amount;
};

struct PaymentRow {
    int seq = 0;
    core::PaymentMethod method = core::PaymentMethod::Cash;
    core::Money amount;
    QString reference;
    QString vietqr;
};

/// SQL of the sale engine: receipt counters, sales, lines, lot allocations,
/// payments. No rules: SaleService decides, this writes and reads rows, always
/// inside the caller's transaction.
class SaleRepository {
public:
    explicit SaleRepository(Database& db) : m_db(db) {}

    /// Bumps and returns the next number of a per-till counter (`key` is the
    /// till, or e.g. "Q01/R" for returns). Gapless: call inside the sale's
    /// transaction, so a rollback gives the number back.
    qint64 nextNumber(const QString& key);

    qint64 insertSale(const SaleRow& s);
    /// `saleDate` and `ownerFirst` fill the report columns of 0004_reports.sql
    /// (the sale's day; whether this is the sale's first line of this owner).
    /// The line's sums go to sale_owner_days through addOwnerDay, once per owner
    /// of the sale.
    qint64 insertLine(qint64 saleId, const QString& saleDate, bool ownerFirst, const SaleLineRow& l);
    void addOwnerDay(qint64 ownerId, const QString& saleDate, const OwnerDaySums& d);
    void insertAllocation(qint64 lineId, const LotAllocationRow& a);
    void insertPayment(qint64 saleId, const PaymentRow& p);

    std::optional<qint64> saleIdByReceipt(const QString& receiptNo);

private:
    Database& m_db;
};

} // namespace ocopos::db
