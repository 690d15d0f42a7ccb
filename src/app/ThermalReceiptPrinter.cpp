#include "ThermalReceiptPrinter.h"

#include "docs/PrintQueue.h"
#include "docs/ThermalDocuments.h"
#include "services/PrinterService.h"
#include "services/SettingsService.h"
#include "ui/Format.h"
#include "ui/PrintFailureDialog.h"

namespace ocopos::app {

namespace {
QString whyNot(const docs::PrintAttempt& a)
{
    return ui::errorText(Error(ErrorCode(a.errorCode), a.error.toStdString(), a.errorArgs));
}
} // namespace

services::Session ThermalReceiptPrinter::actorFor(const QString& username) const
{
    services::Session s;
    s.username = username;
    return s;
}

bool ThermalReceiptPrinter::tillPrinter() const
{
    services::Context ctx = m_ctx;
    return services::PrinterService(ctx).printer().has_value();
}

bool ThermalReceiptPrinter::settle(QWidget* parent, docs::PrintAttempt attempt, const QString& document)
{
    docs::PrintQueue queue(m_ctx);
    while (!attempt.printed) {
        if (ui::PrintFailureDialog::ask(parent, document, whyNot(attempt)) == ui::PrintFailureDialog::Choice::Later)
            return false;
        attempt = queue.print(attempt.jobId);
    }
    return true;
}

void ThermalReceiptPrinter::saleCommitted(QWidget* parent, const services::SaleResult& sale)
{
    try {
        const auto a = docs::PrintQueue(m_ctx).afterSale(actorFor(sale.cashier), sale);
        if (a && (a->printed || !a->errorCode.empty()))
            settle(parent, *a, ui::PrintFailureDialog::documentName(QStringLiteral("receipt"), sale.receiptNo));
    } catch (const std::exception& e) {
        // Queuing itself failed (the database): the sale stands; say so.
        ui::PrintFailureDialog::ask(
            parent, ui::PrintFailureDialog::documentName(QStringLiteral("receipt"), sale.receiptNo), ui::errorText(e));
    }
}

void ThermalReceiptPrinter::returnCommitted(QWidget* parent, const services::ReturnResult& ret)
{
    try {
        const auto a = docs::PrintQueue(m_ctx).afterReturn(actorFor(ret.user), ret);
        if (a && (a->printed || !a->errorCode.empty()))
            settle(parent, *a, ui::PrintFailureDialog::documentName(QStringLiteral("return"), ret.number));
    } catch (const std::exception& e) {
        ui::PrintFailureDialog::ask(
            parent, ui::PrintFailureDialog::documentName(QStringLiteral("return"), ret.number), ui::errorText(e));
    }
}

void ThermalReceiptPrinter::printSale(QWidget* parent, const services::SaleResult& sale)
{
    if (!tillPrinter()) {
        m_pdf.printSale(parent, sale);
        return;
    }
    try {
        docs::PrintQueue queue(m_ctx);
        // Not printed yet (auto print off, or "print later"): that job, once. Else a reprint.
        for (const auto& j : services::PrinterService(m_ctx).unprinted())
            if (j.kind == QLatin1String("receipt") && j.ref == sale.receiptNo && !j.reprint) {
                settle(parent, queue.print(j.id),
                    ui::PrintFailureDialog::documentName(QStringLiteral("receipt"), sale.receiptNo));
                return;
            }
        services::Session actor = actorFor(sale.cashier);
        actor.role = core::Role::Cashier;
        settle(parent, queue.reprint(actor, sale.receiptNo),
            ui::PrintFailureDialog::documentName(QStringLiteral("receipt"), sale.receiptNo));
    } catch (const std::exception& e) {
        ui::PrintFailureDialog::ask(
            parent, ui::PrintFailureDialog::documentName(QStringLiteral("receipt"), sale.receiptNo), ui::errorText(e));
    }
}

void ThermalReceiptPrinter::printReturn(QWidget* parent, const services::ReturnResult& ret)
{
    if (tillPrinter())
        returnCommitted(parent, ret);
    else
        m_pdf.printReturn(parent, ret);
}

void ThermalReceiptPrinter::printShiftReport(QWidget* parent, const services::ShiftReport& report)
{
    if (!tillPrinter()) {
        m_pdf.printShiftReport(parent, report);
        return;
    }
    try {
        const auto a = docs::PrintQueue(m_ctx).afterShiftReport(actorFor(report.shift.closedBy), report);
        if (a && (a->printed || !a->errorCode.empty()))
            settle(parent, *a,
                ui::PrintFailureDialog::documentName(QStringLiteral("z_report"), QString::number(report.shift.id)));
    } catch (const std::exception& e) {
        ui::PrintFailureDialog::ask(parent,
            ui::PrintFailureDialog::documentName(QStringLiteral("z_report"), QString::number(report.shift.id)),
            ui::errorText(e));
    }
}

std::vector<services::PrintJob> ThermalReceiptPrinter::unprintedJobs()
{
    return services::PrinterService(m_ctx).unprinted();
}

bool ThermalReceiptPrinter::printJob(QWidget* parent, qint64 job)
{
    try {
        const auto j = services::PrinterService(m_ctx).job(job);
        return settle(parent, docs::PrintQueue(m_ctx).print(job), ui::PrintFailureDialog::documentName(j.kind, j.ref));
    } catch (const std::exception& e) {
        ui::PrintFailureDialog::ask(parent,
            ui::PrintFailureDialog::documentName(QStringLiteral("job"), QString::number(job)), ui::errorText(e));
        return false;
    }
}

QString ThermalReceiptPrinter::openDrawer(const services::Session& actor, const QString& reason)
{
    try {
        docs::PrintQueue(m_ctx).openDrawer(actor, reason);
        return {};
    } catch (const std::exception& e) {
        return ui::errorText(e);
    }
}

QString ThermalReceiptPrinter::printTestPage(const QString& uri, int widthMm)
{
    try {
        const QString store = services::SettingsService(m_ctx).get(QStringLiteral("store_name"));
        docs::PrintQueue::send(uri, docs::PrintQueue::testPage(uri, docs::thermal::widthOf(widthMm), store));
        return {};
    } catch (const std::exception& e) {
        return ui::errorText(e);
    }
}

} // namespace ocopos::app
