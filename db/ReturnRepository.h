#pragma once

#include "Database.h"

#include "core/Cart.h"

#include <QString>

#include <optional>
#include <vector>

namespace ocopos::db {

/// What has already gone back of one sale line, summed over its returns.
struct ReturnedSums {
    core::Quantity qty;
    core::Money refund, vat, commission, payout;
};

/// One lot allocation of a sale line, as taken.
struct LineAllocation {
    std::optional<qint64> lotId;  ///< none: the "unlotted" share
    qint64 producerId = 0;
    core::Quantity qty;
};

struct ReturnRow {
    QString number;
    qint64 saleId = 0;
    qint64 shiftId = 0;
    QString at;          ///< ISO 8601
    QString returnDate;  ///< store-local YYYY-MM-DD
    qint64 userId = 0;
    bool damaged = false;
    QString reason;  ///< empty: none
};

struct ReturnLineRow {
    qint64 saleLineId = 0;
    core::Quantity qty;
    core::Money refund, vat, commission, payout;
};

struct ReturnLotRow {
    std::optional<qint64> lotId;
    qint64 producerId = 0;
    core::Quantity qty;
    core::Money amount;
};

/// A stored return as read back, with names.
struct StoredReturn {
    qint64 id = 0;
    QString number;
    QString receiptNo;
    QString till;  ///< of the shift it was refunded from (the sale's till when unknown)
    QString at;
    QString username;
    bool damaged = false;
    QString reason;
    core::Money refund;
    QString journalHash;
};

struct StoredReturnLine {
    qint64 id = 0;
    int saleLineNo = 0;
    QString sku, name;
    core::Quantity qty;
    core::Money refund, vat, commission, payout;
    core::VatRate vatRate = core::VatRate::percent(0);
};

struct StoredReturnLot {
    std::optional<qint64> lotId;
    QString lotCode, producerCode;
    core::Quantity qty;
    core::Money amount;
};

/// SQL of returns: what a sale line has left to return, and the return's rows.
/// Always inside the caller's transaction for writes.
class ReturnRepository {
public:
    explicit ReturnRepository(Database& db) : m_db(db) {}

    ReturnedSums returnedOfLine(qint64 saleLineId);
    /// Quantity of a line's allocation of `lotId` (none: unlotted) already returned.
    core::Quantity returnedFromAllocation(qint64 saleLineId, std::optional<qint64> lotId);
    /// A sale line's allocations, last taken first.
    std::vector<LineAllocation> allocationsNewestFirst(qint64 saleLineId);

    /// Inserts the return with a refund of 0 (setRefund() once the lines are summed).
    qint64 insertReturn(const ReturnRow& r);
    qint64 insertLine(qint64 returnId, const ReturnLineRow& l);
    void insertLot(qint64 returnLineId, const ReturnLotRow& l);
    void setRefund(qint64 returnId, core::Money refund);

    std::optional<StoredReturn> byId(qint64 returnId);
    /// In the order they were written.
    std::vector<StoredReturnLine> linesOf(qint64 returnId);
    std::vector<StoredReturnLot> lotsOfLine(qint64 returnLineId);

private:
    Database& m_db;
};

} // namespace ocopos::db
