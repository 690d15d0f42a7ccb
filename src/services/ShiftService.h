#pragma once

#include "Session.h"

#include "core/Cart.h"

#include <QDateTime>

#include <map>
#include <optional>
#include <vector>

namespace ocopos::services {

struct ShiftInfo {
    qint64 id = 0;
    QString till;
    QString openedBy;
    QDateTime openedAt;
    core::Money openingFloat;
    bool open = true;
    QString closedBy;
    QDateTime closedAt;
    std::optional<core::Money> counted;
};

/// The X (mid-shift) and Z (closing) report of a shift.
struct ShiftReport {
    ShiftInfo shift;
    int sales = 0;         ///< completed sales (voided ones excluded)
    int voids = 0;
    core::Money voidedTotal;  ///< Σ totals of the voided sales
    int returns = 0;
    core::Money gross;     ///< of completed sales
    core::Money discounts;
    core::Money total;     ///< Σ completed sale totals
    core::Money refunds;   ///< cash refunded by returns in the shift
    std::map<core::PaymentMethod, core::Money> byMethod;  ///< payments taken (net of change for cash)
    std::map<core::PaymentMethod, int> salesByMethod;     ///< completed sales paid (at least partly) by each method
    std::vector<core::VatRow> vat;
    core::Money cashIn;    ///< cash tendered on completed sales
    core::Money changeGiven;
    core::Money expectedCash;  ///< float + cash in − change − cash refunds
    std::optional<core::Money> counted;
    std::optional<core::Money> variance;  ///< counted − expected
    QString firstReceipt;
    QString lastReceipt;
    QString journalHash;   ///< newest journal hash at the time of the report
    /// Journal entries and settlements not yet acknowledged by the province
    /// centre; nullopt when the store sends to no centre (docs/CENTRE.md).
    std::optional<qint64> syncWaiting;
    /// E-invoices issued since the shift opened; nullopt when e-invoicing is off.
    struct EInvoiceTally {
        qint64 pending = 0;  ///< pending or sent, still without the tax authority's code
        qint64 accepted = 0;
        qint64 rejected = 0;
        std::vector<std::pair<QString, QString>> rejections;  ///< "C26MAA-12", the reason
    };
    std::optional<EInvoiceTally> einvoices;
};

/// Shifts of the configured till: open with a float, X report, close with the
/// counted cash. Selling and refunding need an open shift.
class ShiftService {
public:
    explicit ShiftService(Context ctx) : m_ctx(ctx) {}

    ShiftInfo open(const Session& actor, core::Money openingFloat);
    /// The open shift of the till; Conflict("shift not open") when none.
    ShiftInfo current();
    std::optional<ShiftInfo> currentIfOpen();
    ShiftReport xReport(const Session& actor);
    /// Closes the open shift; returns the Z report.
    ShiftReport close(const Session& actor, core::Money counted);
    /// The report of any shift (reprints).
    ShiftReport report(qint64 shiftId);

private:
    Context m_ctx;
};

} // namespace ocopos::services
