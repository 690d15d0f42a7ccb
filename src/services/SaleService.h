#pragma once

#include "SaleTypes.h"
#include "Session.h"

#include <vector>

namespace ocopos::db {
struct SaleRow;
}

namespace ocopos::services {

struct ScanResult;

struct ParkedCart {
    qint64 id = 0;
    QString till;
    QString username;
    QDateTime parkedAt;
    QString label;
    SaleRequest request;
};

/// The till's sale engine. commit() writes a whole sale in one transaction — sale,
/// lines with their attribution snapshot, FEFO lot allocations, stock movements,
/// payments and the journal entry — or nothing at all.
class SaleService {
public:
    explicit SaleService(Context ctx) : m_ctx(ctx) {}

    /// Rings up and commits a sale for `cashier` on the configured till.
    /// Throws ValidationError (bad code, quantity, discount, payment), NotFound
    /// (unknown code), Conflict (no open shift, short or expired stock, payment
    /// short), AuthError (override needed, missing or not a manager's).
    SaleResult commit(const Session& cashier, const SaleRequest& request);

    /// Prices a request without writing anything (the cart on screen). With
    /// `scans`, also gives what each line's code resolved to (one per line), so the
    /// cart need not resolve them again.
    core::PricedCart preview(const SaleRequest& request, std::vector<ScanResult>* scans = nullptr);

    /// Voids a completed sale of the open shift (manager): stock and attribution
    /// reversed, the receipt number stays used, a journal entry is appended.
    SaleResult voidSale(const Session& manager, const QString& receiptNo);

    qint64 park(const Session& cashier, const SaleRequest& request, const QString& label = QString());
    std::vector<ParkedCart> parked();
    /// Takes a parked cart back (it is removed from the parked list).
    SaleRequest resume(const Session& cashier, qint64 parkedId);

private:
    struct Prepared;
    Prepared prepare(const SaleRequest& request, std::vector<ScanResult>* scans = nullptr);
    /// Completes the result of a sale being committed from the rows just written
    /// (names by id, totals by VAT rate); returns the journal's newest hash.
    QString completeResult(SaleResult& r, const db::SaleRow& row, qint64 saleId, qint64 shiftId, const Session& cashier,
                           const std::optional<Session>& manager);
    Context m_ctx;
};

} // namespace ocopos::services
