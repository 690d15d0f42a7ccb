#include "ShiftService.h"

#include "EInvoiceService.h"

#include "AuditLog.h"
#include "Journal.h"
#include "SyncService.h"
#include "SettingsService.h"
#include "core/ErrorCodes.h"
#include "db/Database.h"
#include "db/ShiftRepository.h"

namespace ocopos::services {

using core::Money;

namespace {
ShiftInfo shiftInfo(const db::ShiftRow& row)
{
    ShiftInfo s;
    s.id = row.id;
    s.till = row.till;
    s.openedBy = row.openedBy;
    s.openedAt = QDateTime::fromString(row.openedAt, Qt::ISODate);
    s.openingFloat = row.openingFloat;
    s.open = row.open;
    s.closedBy = row.closedBy;
    s.closedAt = QDateTime::fromString(row.closedAt, Qt::ISODate);
    s.counted = row.counted;
    return s;
}
} // namespace

std::optional<ShiftInfo> ShiftService::currentIfOpen()
{
    const auto row = db::ShiftRepository(m_ctx.db).openOnTill(SettingsService(m_ctx).till());
    if (!row)
        return std::nullopt;
    return shiftInfo(*row);
}

ShiftInfo ShiftService::current()
{
    auto s = currentIfOpen();
    if (!s) {
        const std::string till = SettingsService(m_ctx).till().toStdString();
        throw Conflict(codes::shiftNotOpen,
                       "shift not open on till " + till + ": open one first (shift open --float AMOUNT)",
                       {{"till", till}});
    }
    return *s;
}

ShiftInfo ShiftService::open(const Session& actor, Money openingFloat)
{
    requireRole(actor, core::Role::Cashier, "opening a shift");
    if (openingFloat.isNegative())
        throw ValidationError("float", "cannot be negative");
    db::TransactionGuard tx(m_ctx.db);
    if (auto s = currentIfOpen())
        throw Conflict(codes::shiftAlreadyOpen,
                       "a shift is already open on till " + s->till.toStdString() + " (opened by "
                           + s->openedBy.toStdString() + ")",
                       {{"till", s->till.toStdString()}, {"user", s->openedBy.toStdString()}});
    db::ShiftRepository(m_ctx.db).insertOpen(SettingsService(m_ctx).till(), actor.userId,
                                             core::Clock::isoString(m_ctx.clock.now()), openingFloat);
    audit(m_ctx, &actor, QStringLiteral("shift_open"),
          QStringLiteral("float %1").arg(QString::fromStdString(core::formatVnd(openingFloat))));
    tx.commit();
    return current();
}

ShiftReport ShiftService::report(qint64 shiftId)
{
    db::ShiftRepository shifts(m_ctx.db);
    const auto row = shifts.byId(shiftId);
    if (!row)
        throw NotFound("no shift " + std::to_string(shiftId));
    ShiftReport r;
    r.shift = shiftInfo(*row);

    const db::ShiftSaleTotals totals = shifts.saleTotals(shiftId);
    r.sales = totals.sales;
    r.gross = totals.gross;
    r.discounts = totals.discounts;
    r.total = totals.total;
    r.changeGiven = totals.changeGiven;
    r.voids = totals.voids;
    r.voidedTotal = totals.voidedTotal;
    r.firstReceipt = totals.firstReceipt;
    r.lastReceipt = totals.lastReceipt;

    for (const auto& pay : shifts.payments(shiftId)) {
        r.byMethod[pay.method] += pay.amount;
        r.salesByMethod[pay.method] += pay.sales;
    }
    r.cashIn = r.byMethod.count(core::PaymentMethod::Cash) ? r.byMethod[core::PaymentMethod::Cash] : Money(0);
    if (r.byMethod.count(core::PaymentMethod::Cash))
        r.byMethod[core::PaymentMethod::Cash] -= r.changeGiven;

    std::map<core::VatRate, core::VatRow> rows;
    for (const auto& v : shifts.vat(shiftId))
        rows.emplace(v.rate, core::VatRow{v.rate, v.net, v.vat, v.net - v.vat});
    for (auto& [rate, vatRow] : rows)
        r.vat.push_back(vatRow);

    const db::ShiftRefunds refunds = shifts.refunds(shiftId);
    r.returns = refunds.returns;
    r.refunds = refunds.refunds;

    r.expectedCash = r.shift.openingFloat + r.cashIn - r.changeGiven - r.refunds;
    r.counted = r.shift.counted;
    if (r.counted)
        r.variance = *r.counted - r.expectedCash;
    r.journalHash = Journal(m_ctx).lastHash();
    if (SyncService sync(m_ctx); sync.configured())
        r.syncWaiting = sync.status().waiting;
    if (EInvoiceService einvoices(m_ctx); einvoices.enabled()) {
        const auto c = einvoices.counts(r.shift.openedAt.date(), m_ctx.clock.today());
        ShiftReport::EInvoiceTally t{c.pending, c.accepted, c.rejected, {}};
        for (const auto& item : c.rejectedItems)
            t.rejections.emplace_back(QStringLiteral("%1-%2").arg(item.ref.series).arg(item.ref.number),
                                      item.ref.rejectReason);
        r.einvoices = t;
    }
    return r;
}

ShiftReport ShiftService::xReport(const Session& actor)
{
    requireRole(actor, core::Role::Cashier, "the X report");
    return report(current().id);
}

ShiftReport ShiftService::close(const Session& actor, Money counted)
{
    requireRole(actor, core::Role::Cashier, "closing a shift");
    if (counted.isNegative())
        throw ValidationError("counted", "cannot be negative");
    db::TransactionGuard tx(m_ctx.db);
    const ShiftInfo s = current();
    const ShiftReport before = report(s.id);
    db::ShiftRepository(m_ctx.db).close(s.id, actor.userId, core::Clock::isoString(m_ctx.clock.now()), counted,
                                        before.expectedCash);
    audit(m_ctx, &actor, QStringLiteral("shift_close"),
          QStringLiteral("expected %1, counted %2")
              .arg(QString::fromStdString(core::formatVnd(before.expectedCash)),
                   QString::fromStdString(core::formatVnd(counted))));
    tx.commit();
    return report(s.id);
}

} // namespace ocopos::services
