#pragma once

#include "DocumentMappers.h"
#include "services/Session.h"

#include <QByteArray>
#include <QStringList>

namespace ocopos::docs {

/// Every printed document as PDF bytes, made from what the services return.
/// Asks services for what a result does not carry (settings, display names,
/// producers, units); runs no SQL and never changes anything. Throws PdfError when a PDF
/// cannot be made, and the services' errors (NotFound, AuthError) where it
/// looks something up for the caller.
class Documents {
public:
    explicit Documents(services::Context ctx) : m_ctx(ctx) {}

    StoreSettings storeSettings();

    /// The sale receipt on the roll width of the settings (80 or 58 mm).
    QByteArray receipt(const services::SaleResult& sale, bool reprint = false);
    /// A reprint of a stored sale ("BẢN IN LẠI"). Any role may reprint; a
    /// cooperative user only receipts of nothing but its own products
    /// (AuthError otherwise). NotFound for an unknown receipt. A voided sale
    /// reprints as its void slip.
    QByteArray reprint(const services::Session& actor, const QString& receiptNo);
    QByteArray returnSlip(const services::ReturnResult& ret);
    /// The void slip of a sale voided by SaleService::voidSale.
    QByteArray voidSlip(const services::SaleResult& voided);
    /// Z report of a closed shift, X report of an open one.
    QByteArray shiftReport(const services::ShiftReport& report);
    QByteArray goodsReceiptNote(const services::GoodsReceipt& receipt);
    QByteArray settlement(const services::Statement& statement);
    QByteArray salesReport(const services::SalesReport& report);
    /// Shelf labels (A4, 3 × 8) for SKUs or barcodes, in the order given (a code
    /// given twice prints twice). Manager (AuthError); NotFound naming the first
    /// unknown code; ValidationError for an empty list.
    QByteArray shelfLabels(const services::Session& actor, const QStringList& codes);
    QByteArray shelfLabels(const std::vector<printing::ShelfLabelData>& labels);

    // The data behind each PDF, for tests and previews.
    printing::ReceiptData receiptData(const services::SaleResult& sale, bool reprint = false);
    DiscountPercents discountPercents(const services::SaleResult& sale);
    printing::ReturnSlipData returnSlipData(const services::ReturnResult& ret);
    printing::VoidSlipData voidSlipData(const services::SaleResult& voided);
    ShiftExtras shiftExtras(const services::ShiftReport& report);
    printing::GoodsReceiptNoteData goodsReceiptNoteData(const services::GoodsReceipt& receipt);
    printing::SettlementStatementData settlementData(const services::Statement& statement);
    printing::SalesReportData salesReportData(const services::SalesReport& report);
    std::vector<printing::ShelfLabelData> shelfLabelData(const services::Session& actor, const QStringList& codes);
    /// The same without a role check, for a caller that has already made it
    /// (the desktop app, whose screens are shown by role). NotFound, ValidationError.
    std::vector<printing::ShelfLabelData> shelfLabelDataUnchecked(const QStringList& codes);

private:
    QString displayName(const QString& username);
    services::Context m_ctx;
};

} // namespace ocopos::docs
