#pragma once

#include "services/Session.h"
#include "ui/ReceiptPrinter.h"

namespace ocopos::app {

/// The app's printer: makes each document's PDF with ocopos_docs and shows it
/// in ui::PdfPreviewDialog, from where it goes to any system printer or a file.
class PdfReceiptPrinter final : public ui::ReceiptPrinter {
public:
    explicit PdfReceiptPrinter(services::Context ctx) : m_ctx(ctx) {}

    bool available() const override { return true; }
    bool documentsAvailable() const override { return true; }
    void printSale(QWidget* parent, const services::SaleResult& sale) override;
    void printReturn(QWidget* parent, const services::ReturnResult& ret) override;
    void printShiftReport(QWidget* parent, const services::ShiftReport& report) override;
    void printSettlement(QWidget* parent, const services::Statement& statement) override;
    void printSalesReport(QWidget* parent, const services::SalesReport& report) override;
    void printGoodsReceipt(QWidget* parent, const services::GoodsReceipt& receipt) override;
    void printShelfLabels(QWidget* parent, const QStringList& codes) override;

private:
    services::Context m_ctx;
};

} // namespace ocopos::app
