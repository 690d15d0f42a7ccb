#include "PrinterService.h"

#include "AuditLog.h"
#include "SettingsService.h"
#include "core/ErrorCodes.h"
#include "core/PrinterAddress.h"
#include "db/PrinterRepository.h"

namespace ocopos::services {

namespace {
PrintJob toJob(const db::PrintJobRow& r)
{
    return PrintJob { r.id, r.till, r.kind, r.ref, r.kick, r.reprint, r.createdAt, r.createdBy, r.attempts,
        r.lastAttemptAt, r.lastError, r.lastErrorCode, r.printedAt };
}

PrinterSettings toSettings(const db::PrinterRow& r)
{
    return PrinterSettings { r.till, r.uri, r.widthMm, r.autoPrint, r.kickOnCash };
}
} // namespace

QString PrinterService::tillOrDefault(const QString& till)
{
    return till.isEmpty() ? SettingsService(m_ctx).till() : SettingsService::checkedTill(till);
}

std::optional<PrinterSettings> PrinterService::printer(const QString& till)
{
    const auto row = db::PrinterRepository(m_ctx.db).printer(tillOrDefault(till));
    if (!row)
        return std::nullopt;
    return toSettings(*row);
}

std::vector<PrinterSettings> PrinterService::printers()
{
    std::vector<PrinterSettings> out;
    for (const auto& r : db::PrinterRepository(m_ctx.db).printers())
        out.push_back(toSettings(r));
    return out;
}

void PrinterService::setPrinter(const Session& actor, PrinterSettings p)
{
    requireRole(actor, core::Role::Manager, "set up a receipt printer");
    p.till = tillOrDefault(p.till);
    const core::PrinterAddress address = core::PrinterAddress::parse(p.uri); // ValidationError (printer)
    if (p.widthMm != 58 && p.widthMm != 80)
        throw ValidationError("width", "a receipt printer is 58 or 80 mm wide, not " + std::to_string(p.widthMm));
    db::TransactionGuard tx(m_ctx.db);
    db::PrinterRepository(m_ctx.db).setPrinter(db::PrinterRow {
        p.till, address.uri, p.widthMm, p.autoPrint, p.kickOnCash, core::Clock::isoString(m_ctx.clock.now()) });
    audit(m_ctx, &actor, QStringLiteral("printer_set"),
        QStringLiteral("till %1: %2, %3 mm, auto print %4, drawer on cash %5")
            .arg(p.till, address.uri)
            .arg(p.widthMm)
            .arg(p.autoPrint ? QStringLiteral("on") : QStringLiteral("off"),
                p.kickOnCash ? QStringLiteral("on") : QStringLiteral("off")));
    tx.commit();
}

void PrinterService::removePrinter(const Session& actor, const QString& till)
{
    requireRole(actor, core::Role::Manager, "remove a receipt printer");
    const QString t = tillOrDefault(till);
    db::TransactionGuard tx(m_ctx.db);
    if (!db::PrinterRepository(m_ctx.db).removePrinter(t))
        throw NotFound("till " + t.toStdString() + " has no receipt printer");
    audit(m_ctx, &actor, QStringLiteral("printer_removed"), QStringLiteral("till %1").arg(t));
    tx.commit();
}

qint64 PrinterService::enqueue(const Session* actor, const QString& kind, const QString& ref, bool kick, bool reprint)
{
    db::PrintJobRow row;
    row.till = tillOrDefault({});
    row.kind = kind;
    row.ref = ref;
    row.kick = kick;
    row.reprint = reprint;
    row.createdAt = core::Clock::isoString(m_ctx.clock.now());
    row.createdBy = actor ? actor->username : QString();
    db::TransactionGuard tx(m_ctx.db);
    const qint64 id = db::PrinterRepository(m_ctx.db).addJob(row);
    tx.commit();
    return id;
}

PrintJob PrinterService::job(qint64 id)
{
    const auto row = db::PrinterRepository(m_ctx.db).job(id);
    if (!row)
        throw NotFound("there is no print job " + std::to_string(id));
    return toJob(*row);
}

std::vector<PrintJob> PrinterService::unprinted(const QString& till, bool allTills)
{
    std::vector<PrintJob> out;
    for (const auto& r : db::PrinterRepository(m_ctx.db).unprinted(allTills ? QString() : tillOrDefault(till)))
        out.push_back(toJob(r));
    return out;
}

void PrinterService::recordFailure(qint64 id, const Error& error)
{
    db::TransactionGuard tx(m_ctx.db);
    db::PrinterRepository(m_ctx.db).recordFailure(id, core::Clock::isoString(m_ctx.clock.now()),
        QString::fromStdString(error.code()), QString::fromUtf8(error.what()));
    tx.commit();
}

bool PrinterService::markPrinted(qint64 id)
{
    db::TransactionGuard tx(m_ctx.db);
    const bool done = db::PrinterRepository(m_ctx.db).markPrinted(id, core::Clock::isoString(m_ctx.clock.now()));
    tx.commit();
    return done;
}

void PrinterService::authoriseDrawer(const Session& actor, const QString& reason)
{
    requireRole(actor, core::Role::Cashier, "open the cash drawer");
    const QString why = reason.simplified();
    if (why.isEmpty())
        throw ValidationError(codes::inputEmpty, "reason",
            "opening the cash drawer without a sale needs a reason (it goes in the audit log)");
    db::TransactionGuard tx(m_ctx.db);
    audit(m_ctx, &actor, QStringLiteral("drawer_open"), QStringLiteral("till %1: %2").arg(tillOrDefault({}), why));
    tx.commit();
}

} // namespace ocopos::services
