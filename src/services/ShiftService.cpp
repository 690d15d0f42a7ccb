#include "ShiftService.h"

#include "AuditLog.h"
#include "Journal.h"
#include "SettingsService.h"
#include "core/ErrorCodes.h"
#include "db/Database.h"

namespace ocopos::services {

using core::Money;

namespace {
const QString kShiftSelect = QStringLiteral(
    "SELECT s.id, s.till, o.username, s.opened_at, s.float_vnd, s.status, c.username, s.closed_at, s.counted_vnd "
    "FROM shifts s JOIN users o ON o.id = s.opened_by LEFT JOIN users c ON c.id = s.closed_by ");

ShiftInfo readShift(db::Query& q)
{
    ShiftInfo s;
    s.id = q.value(0).toLongLong();
    s.till = q.value(1).toString();
    s.openedBy = q.value(2).toString();
    s.openedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    s.openingFloat = Money(q.value(4).toLongLong());
    s.open = q.value(5).toString() == QLatin1String("open");
    s.closedBy = q.value(6).toString();
    s.closedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    if (!q.value(8).isNull())
        s.counted = Money(q.value(8).toLongLong());
    return s;
}
} // namespace

std::optional<ShiftInfo> ShiftService::currentIfOpen()
{
    db::Query q(m_ctx.db, kShiftSelect + QStringLiteral("WHERE s.till = :t AND s.status = 'open'"));
    q.bind(QStringLiteral(":t"), SettingsService(m_ctx).till()).exec();
    if (!q.next())
        return std::nullopt;
    return readShift(q);
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
    db::Query q(m_ctx.db, QStringLiteral("INSERT INTO shifts (till, opened_by, opened_at, float_vnd, status) "
                                         "VALUES (:t, :u, :at, :f, 'open')"));
    q.bind(QStringLiteral(":t"), SettingsService(m_ctx).till())
        .bind(QStringLiteral(":u"), actor.userId)
        .bind(QStringLiteral(":at"), core::Clock::isoString(m_ctx.clock.now()))
        .bind(QStringLiteral(":f"), db::v64(openingFloat.dong()))
        .exec();
    audit(m_ctx, &actor, QStringLiteral("shift_open"),
          QStringLiteral("float %1").arg(QString::fromStdString(core::formatVnd(openingFloat))));
    tx.commit();
    return current();
}

ShiftReport ShiftService::report(qint64 shiftId)
{
    db::Query sq(m_ctx.db, kShiftSelect + QStringLiteral("WHERE s.id = :id"));
    sq.bind(QStringLiteral(":id"), shiftId).exec();
    if (!sq.next())
        throw NotFound("no shift " + std::to_string(shiftId));
    ShiftReport r;
    r.shift = readShift(sq);
    const QString id = QStringLiteral(":id");

    db::Query totals(m_ctx.db, QStringLiteral(
        "SELECT COUNT(*), COALESCE(SUM(gross_vnd), 0), COALESCE(SUM(discount_vnd), 0), COALESCE(SUM(total_vnd), 0), "
        "COALESCE(SUM(change_vnd), 0), MIN(receipt_no), MAX(receipt_no) FROM sales WHERE shift_id = :id AND status = 'completed'"));
    totals.bind(id, shiftId).exec();
    totals.next();
    r.sales = totals.value(0).toInt();
    r.gross = Money(totals.value(1).toLongLong());
    r.discounts = Money(totals.value(2).toLongLong());
    r.total = Money(totals.value(3).toLongLong());
    r.changeGiven = Money(totals.value(4).toLongLong());

    db::Query range(m_ctx.db, QStringLiteral("SELECT receipt_no FROM sales WHERE shift_id = :id ORDER BY seq"));
    range.bind(id, shiftId).exec();
    while (range.next()) {
        if (r.firstReceipt.isEmpty())
            r.firstReceipt = range.value(0).toString();
        r.lastReceipt = range.value(0).toString();
    }

    db::Query voids(m_ctx.db, QStringLiteral("SELECT COUNT(*) FROM sales WHERE shift_id = :id AND status = 'voided'"));
    voids.bind(id, shiftId);
    r.voids = voids.scalar()->toInt();

    db::Query pays(m_ctx.db, QStringLiteral(
        "SELECT p.method, SUM(p.amount_vnd) FROM payments p JOIN sales s ON s.id = p.sale_id "
        "WHERE s.shift_id = :id AND s.status = 'completed' GROUP BY p.method"));
    pays.bind(id, shiftId).exec();
    while (pays.next()) {
        const auto m = core::paymentMethodFromCode(pays.value(0).toString().toStdString()).value_or(core::PaymentMethod::Cash);
        r.byMethod[m] = Money(pays.value(1).toLongLong());
    }
    r.cashIn = r.byMethod.count(core::PaymentMethod::Cash) ? r.byMethod[core::PaymentMethod::Cash] : Money(0);
    if (r.byMethod.count(core::PaymentMethod::Cash))
        r.byMethod[core::PaymentMethod::Cash] -= r.changeGiven;

    db::Query vat(m_ctx.db, QStringLiteral(
        "SELECT l.vat_rate, SUM(l.net_vnd), SUM(l.vat_vnd) FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
        "WHERE s.shift_id = :id AND s.status = 'completed' GROUP BY l.vat_rate"));
    vat.bind(id, shiftId).exec();
    std::map<core::VatRate, core::VatRow> rows;
    while (vat.next()) {
        const auto rate = core::VatRate::parse(vat.value(0).toString().toStdString());
        const Money amount(vat.value(1).toLongLong());
        const Money v(vat.value(2).toLongLong());
        rows.emplace(rate, core::VatRow{rate, amount, v, amount - v});
    }
    for (auto& [rate, row] : rows)
        r.vat.push_back(row);

    db::Query refunds(m_ctx.db, QStringLiteral("SELECT COUNT(*), COALESCE(SUM(refund_vnd), 0) FROM returns WHERE shift_id = :id"));
    refunds.bind(id, shiftId).exec();
    refunds.next();
    r.returns = refunds.value(0).toInt();
    r.refunds = Money(refunds.value(1).toLongLong());

    r.expectedCash = r.shift.openingFloat + r.cashIn - r.changeGiven - r.refunds;
    r.counted = r.shift.counted;
    if (r.counted)
        r.variance = *r.counted - r.expectedCash;
    r.journalHash = Journal(m_ctx).lastHash();
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
    db::Query q(m_ctx.db, QStringLiteral("UPDATE shifts SET status = 'closed', closed_by = :u, closed_at = :at, "
                                         "counted_vnd = :c, expected_vnd = :e WHERE id = :id"));
    q.bind(QStringLiteral(":u"), actor.userId)
        .bind(QStringLiteral(":at"), core::Clock::isoString(m_ctx.clock.now()))
        .bind(QStringLiteral(":c"), db::v64(counted.dong()))
        .bind(QStringLiteral(":e"), db::v64(before.expectedCash.dong()))
        .bind(QStringLiteral(":id"), s.id)
        .exec();
    audit(m_ctx, &actor, QStringLiteral("shift_close"),
          QStringLiteral("expected %1, counted %2")
              .arg(QString::fromStdString(core::formatVnd(before.expectedCash)),
                   QString::fromStdString(core::formatVnd(counted))));
    tx.commit();
    return report(s.id);
}

} // namespace ocopos::services
