#pragma once

#include "SaleTypes.h"
#include "Session.h"

#include "core/Cart.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace ocopos::services {

struct ReturnLineRequest {
    QString sku;
    core::Quantity qty;
};

struct ReturnLotResult {
    std::optional<qint64> lotId;
    QString lotCode;
    QString producerCode;
    core::Quantity qty;
    core::Money amount;
};

struct ReturnLineResult {
    int saleLineNo = 0;
    QString sku;
    QString name;
    core::Quantity qty;
    core::Money refund;
    core::Money vat;
    core::Money commission;
    core::Money payout;
    core::VatRate vatRate = core::VatRate::percent(0);
    std::vector<ReturnLotResult> lots;
};

struct ReturnResult {
    qint64 id = 0;
    QString number;
    QString receiptNo;
    QString till;  ///< of the shift it was refunded from (the sale's till when unknown)
    QDateTime time;
    QString user;
    bool damaged = false;
    QString reason;
    core::Money refund;
    std::vector<ReturnLineResult> lines;
    QString journalHash;
    std::optional<EInvoiceRef> einvoice;  ///< the adjustment invoice, when e-invoicing was on
};

/// Returns against a receipt (manager), refunded in cash from the open shift.
/// A return of q out of a line's Q refunds round(net × q / Q), and its VAT,
/// commission and payout likewise; the return that completes the line refunds
/// exactly what is left, so a fully returned line nets to zero in every figure.
/// Stock goes back to the line's lots in the reverse order they were taken
/// (or is written off when damaged).
class ReturnService {
public:
    explicit ReturnService(Context ctx) : m_ctx(ctx) {}

    ReturnResult returnItems(const Session& manager, const QString& receiptNo,
                             const std::vector<ReturnLineRequest>& lines, bool damaged,
                             const QString& reason = QString());
    std::optional<ReturnResult> byId(qint64 returnId);

private:
    Context m_ctx;
};

/// The journal's canonical text of a return.
QByteArray canonicalReturn(const ReturnResult& r);

} // namespace ocopos::services
