#pragma once

#include "ReturnService.h"
#include "SaleTypes.h"
#include "Session.h"
#include "core/EInvoice.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace ocopos::db {
struct EInvoiceRow;
}

namespace ocopos::services {

/// The e-invoice settings (einvoice_* keys) as the services use them.
struct EInvoiceConfig {
    bool enabled = false;
    core::einvoice::Form form = core::einvoice::Form::Vat;
    core::einvoice::TaxMethod method = core::einvoice::TaxMethod::VatCredit;
    QString series; ///< as registered; its year digits follow the invoice's year
    core::einvoice::Seller seller;
    QString providerTaxCode;
    QString url;
    QString lookupUrl;
    QString account;
    QString accountPassword;
    QString username;
    QString password;
    int batchSize = 500;
};

/// An invoice as listings show it.
struct EInvoiceListItem {
    EInvoiceRef ref;
    QString receiptNo;
    std::optional<QString> refersTo; ///< "C26MAA-12" of the original
    qint64 total = 0;
    int attempts = 0;
    QString nextAttemptAt;
    QString lastError;
    QString providerRef;
};

struct EInvoiceCountsResult {
    qint64 pending = 0;
    qint64 accepted = 0;
    qint64 rejected = 0;
    std::vector<EInvoiceListItem> rejectedItems; ///< with their reasons
};

/// Issues e-invoices inside the transaction of the sale, return or void that
/// makes them (number gapless per series and year under the store's write
/// lock; XML built from the lines' snapshots), and lists and exports them.
/// Sending is EInvoiceSender's.
class EInvoiceService {
public:
    explicit EInvoiceService(Context ctx)
        : m_ctx(ctx)
    {
    }

    /// The settings. When enabled, throws Conflict (einvoice.not_configured,
    /// {setting}) for a missing seller detail or series.
    EInvoiceConfig config();
    /// einvoice_enabled, in one read.
    bool enabled();

    /// The sale's invoice (nullopt when e-invoicing is off). Call inside the
    /// sale's transaction, after its lines are final. Throws ValidationError
    /// naming the field for text the invoice cannot carry.
    std::optional<EInvoiceRef> issueForSale(const SaleResult& sale, const core::einvoice::Buyer& buyer);
    /// The adjustment for a return of a sale that has an invoice (nullopt otherwise).
    std::optional<EInvoiceRef> issueForReturn(const SaleResult& sale, const ReturnResult& ret);
    /// The adjustment that cancels a voided sale's invoice in full (nullopt when it has none).
    std::optional<EInvoiceRef> issueCancel(const SaleResult& sale);

    /// Invoices by status (empty: any) and issue date (inclusive; invalid: open).
    std::vector<EInvoiceListItem> list(const QString& status, QDate from = {}, QDate to = {});
    /// Writes each invoice issued in [from, to] as DIR/<series>-<number>.xml
    /// (the stored bytes); returns the file names. Throws ValidationError (field
    /// out) when the folder cannot be made or written.
    std::vector<QString> exportXml(QDate from, QDate to, const QString& dir);
    /// Counts of invoices issued in [from, to].
    EInvoiceCountsResult counts(QDate from, QDate to);

    /// The stored XML of an invoice; NotFound when there is none.
    QByteArray xmlOf(qint64 id);

    static EInvoiceRef refOf(const db::EInvoiceRow& row);
    static QString sha256Hex(const QByteArray& bytes);

private:
    std::optional<EInvoiceRef> issue(core::einvoice::Invoice& inv, const EInvoiceConfig& cfg, qint64 saleId,
        std::optional<qint64> returnId, std::optional<qint64> refersTo);
    Context m_ctx;
};

/// The journal's canonical text of an invoice reference (sorted keys), which a
/// sale's, return's or void's canonical text carries under "einvoice".
QByteArray canonicalEInvoice(const EInvoiceRef& ref);

} // namespace ocopos::services
