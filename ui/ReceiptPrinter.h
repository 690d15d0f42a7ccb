#pragma once

#include "services/GoodsReceiptService.h"
#include "services/PrinterService.h"
#include "services/ReportService.h"
#include "services/ReturnService.h"
#include "services/SaleTypes.h"
#include "services/SettlementService.h"
#include "services/ShiftService.h"

#include <QString>
#include <QStringList>

#include <vector>

class QWidget;

namespace ocopos::ui {

/// Where the screens hand documents to be previewed and printed. The printing
/// library (receipt, returns slip and Z report PDFs, previewed with QtPdf and
/// printed through QPrinter) implements this and the app wires it in
/// src/app/main.cpp; until then NoReceiptPrinter says there is no printer and
/// the screens hide their print buttons.
class ReceiptPrinter {
public:
    virtual ~ReceiptPrinter() = default;
    /// False hides every print and preview button.
    virtual bool available() const = 0;
    /// Preview and print a committed sale (also reprints).
    virtual void printSale(QWidget* parent, const services::SaleResult& sale) = 0;
    virtual void printReturn(QWidget* parent, const services::ReturnResult& ret) = 0;
    /// The X (shift still open) or Z (closed) report.
    virtual void printShiftReport(QWidget* parent, const services::ShiftReport& report) = 0;

    // A4 documents of the back office. Each shows the PDF in a preview with
    // Print and Save; the defaults do nothing (a printer without them keeps
    // available() for receipts only and documentsAvailable() false).
    virtual bool documentsAvailable() const { return false; }
    /// A settlement statement (draft or finalized).
    virtual void printSettlement(QWidget* /*parent*/, const services::Statement& /*statement*/) {}
    /// The sales report with its bar chart.
    virtual void printSalesReport(QWidget* /*parent*/, const services::SalesReport& /*report*/) {}
    /// The goods-receipt note of a received delivery.
    virtual void printGoodsReceipt(QWidget* /*parent*/, const services::GoodsReceipt& /*receipt*/) {}
    /// Shelf labels (A4, 3 × 8) for these product codes (SKU or barcode).
    virtual void printShelfLabels(QWidget* /*parent*/, const QStringList& /*codes*/) {}

    // The till's thermal receipt printer and cash drawer (docs/PRINTERS.md).
    // Printing never costs a sale: these are called after the commit, and a
    // failure is shown with "Retry" and "Print later" (the job stays queued).
    // The defaults: no receipt printer.
    /// True when this till has a receipt printer.
    virtual bool tillPrinter() const { return false; }
    /// A sale was committed: its receipt prints when the till prints automatically
    /// (with the drawer kick when it had cash).
    virtual void saleCommitted(QWidget* /*parent*/, const services::SaleResult& /*sale*/) {}
    /// A return was committed: its slip prints likewise (refunds are cash: the drawer opens).
    virtual void returnCommitted(QWidget* /*parent*/, const services::ReturnResult& /*ret*/) {}
    /// Documents of this till not printed yet, oldest first.
    virtual std::vector<services::PrintJob> unprintedJobs() { return {}; }
    /// Sends a queued job; true when it printed (a failure was shown to the user).
    virtual bool printJob(QWidget* /*parent*/, qint64 /*job*/) { return false; }
    /// Opens the cash drawer for `actor` with `reason` (audit log). Empty when
    /// done, else the error's text for the screen.
    virtual QString openDrawer(const services::Session& /*actor*/, const QString& /*reason*/) { return {}; }
    /// A test page on `uri` (not necessarily saved yet). Empty when sent, else the error's text.
    virtual QString printTestPage(const QString& /*uri*/, int /*widthMm*/)
    {
        return QStringLiteral("this program has no receipt printer support");
    }
};

/// No printer: nothing is printed and nothing pretends to be.
class NoReceiptPrinter final : public ReceiptPrinter {
public:
    bool available() const override { return false; }
    void printSale(QWidget*, const services::SaleResult&) override {}
    void printReturn(QWidget*, const services::ReturnResult&) override {}
    void printShiftReport(QWidget*, const services::ShiftReport&) override {}
};

} // namespace ocopos::ui
