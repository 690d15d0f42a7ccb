#pragma once

#include "Database.h"

#include "core/Cart.h"

#include <QString>

#include <optional>
#include <vector>

namespace ocopos::db {

/// A shift as stored, with the usernames of who opened and closed it.
struct ShiftRow {
    qint64 id = 0;
    QString till;
    QString openedBy;
    QString openedAt;  ///< ISO 8601
    core::Money openingFloat;
    bool open = true;
    QString closedBy;  ///< empty while open
    QString closedAt;
    std::optional<core::Money> counted;
};

/// A shift's sales summed: completed ones, and the voided ones apart.
struct ShiftSaleTotals {
    int sales = 0;  ///< completed
    core::Money gross, discounts, total, changeGiven;
    int voids = 0;
    core::Money voidedTotal;
    QString firstReceipt, lastReceipt;  ///< of all its sales, by number
};

/// Payments of a shift's completed sales by method.
struct ShiftPaymentRow {
    core::PaymentMethod method = core::PaymentMethod::Cash;
    core::Money amount;
    int sales = 0;  ///< sales paid (at least partly) by this method
};

struct ShiftVatRow {
    core::VatRate rate = core::VatRate::percent(0);
    core::Money net, vat;
};

struct ShiftRefunds {
    int returns = 0;
    core::Money refunds;
};

/// SQL of shifts: open, close, and the sums behind the X and Z reports.
class ShiftRepository {
public:
    explicit ShiftRepository(Database& db) : m_db(db) {}

    std::optional<ShiftRow> openOnTill(const QString& till);
    std::optional<ShiftRow> byId(qint64 shiftId);
    qint64 insertOpen(const QString& till, qint64 userId, const QString& at, core::Money openingFloat);
    void close(qint64 shiftId, qint64 userId, const QString& at, core::Money counted, core::Money expected);

    ShiftSaleTotals saleTotals(qint64 shiftId);
    std::vector<ShiftPaymentRow> payments(qint64 shiftId);
    std::vector<ShiftVatRow> vat(qint64 shiftId);
    ShiftRefunds refunds(qint64 shiftId);

private:
    Database& m_db;
};

} // namespace ocopos::db
