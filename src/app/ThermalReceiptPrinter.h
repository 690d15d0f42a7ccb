#pragma once

#include "services/Session.h"
#include "ui/ReceiptPrinter.h"

namespace ocopos::docs {
struct PrintAttempt;
}

namespace ocopos::app {

/// The app's printer when tills have thermal receipt printers (docs/PRINTERS.md):
/// sale receipts and return slips go to the till's printer through the print
/// queue (docs::PrintQueue), the drawer opens with cash, a failure offers Retry
/// and Print later (ui::PrintFailureDialog); everything else — and everything on a
/// till without a printer — is the PDF preview of `pdf`.
class ThermalReceiptPrinter final : public ui::ReceiptPrinter {
public:
    ThermalReceiptPrinter(services::Context ctx, ui::ReceiptPrinter& pdf)
        : m_ctx(ctx)
        , m_pdf(pdf)
    {
    }

    bool available() const override { return true; }
    bool documentsAvailable() const override { return m_pdf.documentsAvailable(); }
    /// A reprint on the till's printer ("BẢN IN LẠI"), or the queued first print
    /// when the receipt has not printed yet; the PDF preview without a printer.
    void printSale(QWidget* parent, const services::SaleResult& sale) override;
    void printReturn(QWidget* parent, const services::ReturnResult& ret) override;
    void printShiftReport(QWidget* parent, const services::ShiftReport& report) override;
    void printSettlement(QWidget* parent, const services::Statement& s) override { m_pdf.printSettlement(parent, s); }
    void printSalesReport(QWidget* parent, const services::SalesReport& r) override
    {
        m_pdf.printSalesReport(parent, r);
    }
    void printGoodsReceipt(QWidget* parent, const services::GoodsReceipt& g) override
    {
        m_pdf.printGoodsReceipt(parent, g);
    }
    void printShelfLabels(QWidget* parent, const QStringList& codes) override { m_pdf.printShelfLabels(parent, codes); }

    bool tillPrinter() const override;
    void saleCommitted(QWidget* parent, const services::SaleResult& sale) override;
    void returnCommitted(QWidget* parent, const services::ReturnResult& ret) override;
    std::vector<services::PrintJob> unprintedJobs() override;
    bool printJob(QWidget* parent, qint64 job) override;
    QString openDrawer(const services::Session& actor, const QString& reason) override;
    QString printTestPage(const QString& uri, int widthMm) override;

private:
    /// Until it printed or the user chose "Print later". True when printed.
    bool settle(QWidget* parent, docs::PrintAttempt attempt, const QString& document);
    services::Session actorFor(const QString& username) const;

    services::Context m_ctx;
    ui::ReceiptPrinter& m_pdf;
};

} // namespace ocopos::app
