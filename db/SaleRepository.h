#pragma once

#include "Database.h"

#include "core/Cart.h"
#include "core/Fefo.h"

#include <QDateTime>
#include <QString>

#include <map>
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
    bool ownerFirst = false;  ///< the sale's first line of this owner (a report column)
};

/// One owner's lines of one sale, summed: what a sale adds to its row of
/// sale_owner_days.
struct OwnerDaySums {
    std::int64_t lines = 0;
    std::int64_t receipts = 0;  ///< 1: the sale counts once per owner
    core::Money gross, net, vat, commission, payout;
};

struct LotAllocationRow {
    qint64 lineId = 0;  ///< the sale line's id
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

/// A stored sale's header as read back, with the users' names.
struct StoredSale {
    qint64 id = 0;
    QString receiptNo;
    QString at;  ///< ISO 8601
    QString till;
    QString cashier, cashierName;
    qint64 shiftId = 0;
    QString status;  ///< completed or voided
    core::Money gross, discount, total, vat, paid, change;
    core::Discount saleDiscount;  ///< as the cashier gave it
    QString overrideBy;   ///< username, empty when none
    QString journalHash;  ///< of its 'sale' journal entry
    QString voidedAt;     ///< empty unless voided
    QString voidedBy;     ///< username
};

/// A stored line with its owner as named today (code and name) and the product's stars.
struct StoredLine {
    qint64 id = 0;
    SaleLineRow line;
    QString ownerCode, ownerName;
    std::optional<int> ocopStars;
};

/// A stored lot allocation of a line, with the lot code and producer named.
struct StoredAllocation {
    qint64 lineId = 0;
    std::optional<qint64> lotId;
    QString lotCode, producerCode, producerName;
    core::Quantity qty;
    core::Money amount;
};

/// A parked cart as stored: its sale request as JSON text.
struct ParkedCartRow {
    qint64 id = 0;
    QString till;
    QString username;
    QString parkedAt;  ///< ISO 8601
    QString label;
    QString content;
};

struct SaleNames {
    QString cashierUsername;
    QString cashierName;
    QString lastJournalHash;  ///< empty: no journal entry yet
    struct Producer {
        QString code, name;
    };
    std::map<qint64, Producer> producers;
    std::map<qint64, QString> lotCodes;
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
    /// The last number a counter gave (0 before its first); changes nothing.
    qint64 lastNumber(const QString& key);

    qint64 insertSale(const SaleRow& s);
    /// A sale's lines, several per statement (MultiRowInsert); returns their new
    /// ids in the order of `lines`. `saleDate` and each line's `ownerFirst` fill
    /// the report columns of 0004_reports.sql (the sale's day; whether this is the
    /// sale's first line of this owner). The lines' sums go to sale_owner_days
    /// through addOwnerDays, once per owner of the sale.
    std::vector<qint64> insertLines(qint64 saleId, const QString& saleDate, const std::vector<SaleLineRow>& lines);
    /// Adds each owner's sums to its row of the day (owners distinct).
    void addOwnerDays(const QString& saleDate, const std::vector<std::pair<qint64, OwnerDaySums>>& owners);
    /// The lines' lot allocations, several per statement.
    void insertAllocations(const std::vector<LotAllocationRow>& rows);
    void insertPayment(qint64 saleId, const PaymentRow& p);

    std::optional<StoredSale> saleById(qint64 saleId);
    std::optional<StoredSale> saleByReceipt(const QString& receiptNo);
    /// In line order.
    std::vector<StoredLine> linesOf(qint64 saleId);
    /// In line order, then in the order they were taken.
    std::vector<StoredAllocation> allocationsOf(qint64 saleId);
    /// In the order they were given.
    std::vector<PaymentRow> paymentsOf(qint64 saleId);
    /// How many returns were made against the sale.
    qint64 returnCount(qint64 saleId);
    void markVoided(qint64 saleId, const QString& at, qint64 managerId);

    qint64 insertParked(const QString& till, qint64 userId, const QString& at, const QString& label, const QString& content);
    /// The till's parked carts, oldest first.
    std::vector<ParkedCartRow> parkedOnTill(const QString& till);
    /// Deletes a parked cart of the till and returns its content; nullopt when none.
    std::optional<QString> takeParked(qint64 parkedId, const QString& till);

    /// Names a just-written sale's result refers to by id: the cashier as stored,
    /// the producers and lot codes of its allocations, and the journal's newest
    /// hash (empty when the journal is empty). Ids are bound into a few fixed
    /// statements (slot counts padded to a power of two), never written into the
    /// SQL text, so the statement cache holds a bounded set of texts.
    SaleNames saleNames(qint64 cashierId, const std::vector<qint64>& producerIds, const std::vector<qint64>& lotIds);
    /// Records the manager who let a short sale through after the sale row was written.
    void setOverrideBy(qint64 saleId, qint64 managerId);

private:
    Database& m_db;
};

} // namespace ocopos::db
