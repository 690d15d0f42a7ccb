#pragma once

#include "SaleTypes.h"
#include "Session.h"

#include <optional>

namespace ocopos::services {

/// Reads a stored sale back as the sale engine wrote it (for receipts, reprints,
/// returns and the journal check). Never looks at today's product data.
class SaleReader {
public:
    explicit SaleReader(Context ctx) : m_ctx(ctx) {}
    std::optional<SaleResult> byId(qint64 saleId);
    /// NotFound when there is no such receipt.
    SaleResult byReceipt(const QString& receiptNo);

private:
    Context m_ctx;
};

/// The journal's canonical text of a sale: compact JSON with sorted keys of
/// everything the receipt shows, lines, lots and payments.
QByteArray canonicalSale(const SaleResult& s);
/// The journal's canonical text of a void.
/// The journal's canonical text of a void; with the cancelling e-invoice when one was issued.
QByteArray canonicalVoid(const QString& receiptNo, const QString& at, const QString& by,
                         const EInvoiceRef* cancel = nullptr);

} // namespace ocopos::services
