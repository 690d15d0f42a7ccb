#include "PrintQueue.h"

#include "Documents.h"
#include "ThermalDocuments.h"
#include "core/ErrorCodes.h"
#include "core/Logging.h"
#include "printing/EscPos.h"
#include "services/SaleReader.h"
#include "services/SettingsService.h"

#include <spdlog/spdlog.h>

namespace ocopos::docs {

namespace {

bool paidInCash(const services::SaleResult& sale)
{
    for (const auto& p : sale.payments)
        if (p.method == core::PaymentMethod::Cash && !p.amount.isZero())
            return true;
    return false;
}

} // namespace

PrintQueue::PrintQueue(services::Context ctx, printing::PrinterTimeouts timeouts)
    : m_ctx(ctx)
    , m_timeouts(timeouts)
{
}

std::optional<services::PrinterSettings> PrintQueue::printer()
{
    return services::PrinterService(m_ctx).printer();
}

std::optional<PrintAttempt> PrintQueue::queueAndMaybePrint(
    const services::Session& actor, const QString& kind, const QString& ref, bool kick, const QString& uri)
{
    const auto p = printer();
    if (!p && uri.isEmpty())
        return std::nullopt;
    const bool kickOnCash = p ? p->kickOnCash : true;
    const qint64 id = services::PrinterService(m_ctx).enqueue(&actor, kind, ref, kick && kickOnCash);
    if (uri.isEmpty() && !p->autoPrint) {
        PrintAttempt a;
        a.jobId = id;
        return a;
    }
    return print(id, uri);
}

std::optional<PrintAttempt> PrintQueue::afterSale(
    const services::Session& actor, const services::SaleResult& sale, const QString& uri)
{
    return queueAndMaybePrint(actor, QStringLiteral("receipt"), sale.receiptNo, paidInCash(sale), uri);
}

std::optional<PrintAttempt> PrintQueue::afterReturn(
    const services::Session& actor, const services::ReturnResult& ret, const QString& uri)
{
    // Returns are refunded in cash (cli.md `return`).
    return queueAndMaybePrint(actor, QStringLiteral("return"), QString::number(ret.id), !ret.refund.isZero(), uri);
}

std::optional<PrintAttempt> PrintQueue::afterVoid(
    const services::Session& actor, const services::SaleResult& voided, const QString& uri)
{
    return queueAndMaybePrint(actor, QStringLiteral("void"), voided.receiptNo, false, uri);
}

std::optional<PrintAttempt> PrintQueue::afterShiftReport(
    const services::Session& actor, const services::ShiftReport& report, const QString& uri)
{
    return queueAndMaybePrint(actor, report.shift.open ? QStringLiteral("x_report") : QStringLiteral("z_report"),
        QString::number(report.shift.id), false, uri);
}

qint64 PrintQueue::enqueue(
    const services::Session* actor, const QString& kind, const QString& ref, bool kick, bool reprint)
{
    return services::PrinterService(m_ctx).enqueue(actor, kind, ref, kick, reprint);
}

QByteArray PrintQueue::bytesOf(const services::PrintJob& job)
{
    // The till printer's paper, else the store's receipt width.
    Documents docs(m_ctx);
    const auto p = services::PrinterService(m_ctx).printer(job.till);
    const printing::RollWidth width = thermal::widthOf(p ? p->widthMm : docs.storeSettings().receiptWidthMm);
    if (job.kind == QLatin1String("receipt")) {
        const auto sale = services::SaleReader(m_ctx).byReceipt(job.ref);
        // A sale voided before its receipt printed gets no receipt someone could take for a valid one.
        if (sale.status == QLatin1String("voided"))
            return thermal::voidSlip(docs, sale, width);
        return thermal::receipt(docs, sale, width, job.kick, job.reprint);
    }
    if (job.kind == QLatin1String("void"))
        return thermal::voidSlip(docs, services::SaleReader(m_ctx).byReceipt(job.ref), width);
    if (job.kind == QLatin1String("return")) {
        const auto ret = services::ReturnService(m_ctx).byId(job.ref.toLongLong());
        if (!ret)
            throw NotFound("there is no return " + job.ref.toStdString());
        return thermal::returnSlip(docs, *ret, width, job.kick);
    }
    return thermal::shiftReport(docs, services::ShiftService(m_ctx).report(job.ref.toLongLong()), width);
}

PrintAttempt PrintQueue::print(qint64 jobId, const QString& uri)
{
    services::PrinterService service(m_ctx);
    const services::PrintJob job = service.job(jobId);
    if (job.printed())
        throw Conflict(codes::printAlreadyPrinted,
            "print job " + std::to_string(jobId) + " was printed at " + job.printedAt.toStdString()
                + "; print a copy with `receipt RECEIPT_NO --printer URI`",
            { { "job", std::to_string(jobId) } });
    const auto p = service.printer(job.till);
    PrintAttempt a;
    a.jobId = jobId;
    try {
        if (!p && uri.isEmpty())
            throw Error(codes::printerNotConfigured, "till " + job.till.toStdString() + " has no receipt printer",
                { { "till", job.till.toStdString() } });
        const QByteArray bytes = bytesOf(job);
        const printing::PrintOutcome out = send(uri.isEmpty() ? p->uri : uri, bytes, m_timeouts);
        a.status = out.status;
        a.printed = true;
    } catch (const Error& e) {
        a.errorCode = e.code();
        a.error = QString::fromUtf8(e.what());
        a.errorArgs = e.args();
        spdlog::warn(
            "print job {} ({} {}) not printed: {}", jobId, job.kind.toStdString(), job.ref.toStdString(), e.what());
        service.recordFailure(jobId, e);
        return a;
    }
    service.markPrinted(jobId);
    return a;
}

std::vector<PrintAttempt> PrintQueue::printPending(const QString& uri)
{
    std::vector<PrintAttempt> out;
    for (const auto& job : services::PrinterService(m_ctx).unprinted()) {
        out.push_back(print(job.id, uri));
        if (!out.back().printed)
            break; // the printer is not ready: the rest would fail the same way
    }
    return out;
}

PrintAttempt PrintQueue::reprint(const services::Session& actor, const QString& receiptNo, const QString& uri)
{
    // Checks that the receipt exists and the actor may print it (the PDF's rule).
    const auto sale = services::SaleReader(m_ctx).byReceipt(receiptNo);
    if (actor.isCooperative())
        Documents(m_ctx).reprint(actor, receiptNo); // AuthError unless all its products are the user's
    const qint64 id
        = enqueue(&actor, sale.status == QLatin1String("voided") ? QStringLiteral("void") : QStringLiteral("receipt"),
            receiptNo, false, true);
    return print(id, uri);
}

void PrintQueue::openDrawer(const services::Session& actor, const QString& reason, const QString& uri)
{
    services::PrinterService service(m_ctx);
    const auto p = service.printer();
    if (!p && uri.isEmpty()) {
        const QString till = services::SettingsService(m_ctx).till();
        throw Error(codes::printerNotConfigured,
            "till " + till.toStdString() + " has no receipt printer (the drawer opens through it)",
            { { "till", till.toStdString() } });
    }
    service.authoriseDrawer(actor, reason);
    send(uri.isEmpty() ? p->uri : uri, printing::escpos::kickOnly(), m_timeouts);
}

QByteArray PrintQueue::testPage(const QString& uri, printing::RollWidth width, const QString& storeName)
{
    return thermal::testPage(storeName, uri, width);
}

printing::PrintOutcome PrintQueue::send(const QString& uri, const QByteArray& bytes, printing::PrinterTimeouts timeouts)
{
    return printing::PrinterLink(printing::PrinterAddress::parse(uri), timeouts).send(bytes);
}

} // namespace ocopos::docs
