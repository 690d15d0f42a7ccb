#include "PdfReceiptPrinter.h"

#include "docs/Documents.h"
#include "ui/PdfPreviewDialog.h"

namespace ocopos::app {

using Kind = ui::PdfPreviewDialog::Kind;

void PdfReceiptPrinter::printSale(QWidget* parent, const services::SaleResult& sale)
{
    // A sale that is shown again (the receipts screen) is a reprint; voided ones get their void slip.
    ui::PdfPreviewDialog::preview(parent, Kind::Receipt, sale.receiptNo, [&] {
        docs::Documents docs(m_ctx);
        return sale.status == QLatin1String("voided") ? docs.voidSlip(sale) : docs.receipt(sale);
    });
}

void PdfReceiptPrinter::printReturn(QWidget* parent, const services::ReturnResult& ret)
{
    ui::PdfPreviewDialog::preview(parent, Kind::ReturnSlip, ret.number, [&] { return docs::Documents(m_ctx).returnSlip(ret); });
}

void PdfReceiptPrinter::printShiftReport(QWidget* parent, const services::ShiftReport& report)
{
    ui::PdfPreviewDialog::preview(parent, Kind::ShiftReport, QString::number(report.shift.id),
                                  [&] { return docs::Documents(m_ctx).shiftReport(report); });
}

void PdfReceiptPrinter::printSettlement(QWidget* parent, const services::Statement& statement)
{
    ui::PdfPreviewDialog::preview(parent, Kind::Settlement, docs::statementNumber(statement),
                                  [&] { return docs::Documents(m_ctx).settlement(statement); });
}

void PdfReceiptPrinter::printSalesReport(QWidget* parent, const services::SalesReport& report)
{
    const QString period = report.from.toString(Qt::ISODate) + QStringLiteral("_") + report.to.toString(Qt::ISODate);
    ui::PdfPreviewDialog::preview(parent, Kind::SalesReport, period, [&] { return docs::Documents(m_ctx).salesReport(report); });
}

void PdfReceiptPrinter::printGoodsReceipt(QWidget* parent, const services::GoodsReceipt& receipt)
{
    ui::PdfPreviewDialog::preview(parent, Kind::GoodsReceipt, receipt.number,
                                  [&] { return docs::Documents(m_ctx).goodsReceiptNote(receipt); });
}

void PdfReceiptPrinter::printShelfLabels(QWidget* parent, const QStringList& codes)
{
    // The screens that offer labels are a manager's; the role was checked there.
    ui::PdfPreviewDialog::preview(parent, Kind::ShelfLabels, QString::number(codes.size()), [&] {
        docs::Documents docs(m_ctx);
        return docs.shelfLabels(docs.shelfLabelDataUnchecked(codes));
    });
}

} // namespace ocopos::app
