#include "ShiftRepository.h"

namespace ocopos::db {

namespace {

/// The columns of kShiftSelect, in order.
enum ShiftColumn { Id, Till, OpenedBy, OpenedAt, Float, Status, ClosedBy, ClosedAt, Counted };
const QString kShiftSelect = QStringLiteral(
    "SELECT s.id, s.till, o.username, s.opened_at, s.float_vnd, s.status, c.username, s.closed_at, s.counted_vnd "
    "FROM shifts s JOIN users o ON o.id = s.opened_by LEFT JOIN users c ON c.id = s.closed_by ");

std::optional<ShiftRow> readShift(Query& q)
{
    q.exec();
    if (!q.next())
        return std::nullopt;
    ShiftRow s;
    s.id = q.value(Id).toLongLong();
    s.till = q.value(Till).toString();
    s.openedBy = q.value(OpenedBy).toString();
    s.openedAt = q.value(OpenedAt).toString();
    s.openingFloat = core::Money(q.value(Float).toLongLong());
    s.open = q.value(Status).toString() == QLatin1String("open");
    s.closedBy = q.value(ClosedBy).toString();
    s.closedAt = q.value(ClosedAt).toString();
    if (!q.value(Counted).isNull())
        s.counted = core::Money(q.value(Counted).toLongLong());
    return s;
}

core::Money money(const QVariant& v) { return core::Money(v.toLongLong()); }

} // namespace

std::optional<ShiftRow> ShiftRepository::openOnTill(const QString& till)
{
    Query q(m_db, kShiftSelect + QStringLiteral("WHERE s.till = :t AND s.status = 'open'"));
    q.bind(QStringLiteral(":t"), till);
    return readShift(q);
}

std::optional<ShiftRow> ShiftRepository::byId(qint64 shiftId)
{
    Query q(m_db, kShiftSelect + QStringLiteral("WHERE s.id = :id"));
    q.bind(QStringLiteral(":id"), shiftId);
    return readShift(q);
}

qint64 ShiftRepository::insertOpen(const QString& till, qint64 userId, const QString& at, core::Money openingFloat)
{
    Query q(m_db, QStringLiteral("INSERT INTO shifts (till, opened_by, opened_at, float_vnd, status) "
                                 "VALUES (:t, :u, :at, :f, 'open')"));
    q.bind(QStringLiteral(":t"), till)
        .bind(QStringLiteral(":u"), userId)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":f"), v64(openingFloat.dong()))
        .exec();
    return q.lastInsertId();
}

void ShiftRepository::close(qint64 shiftId, qint64 userId, const QString& at, core::Money counted, core::Money expected)
{
    Query q(m_db, QStringLiteral("UPDATE shifts SET status = 'closed', closed_by = :u, closed_at = :at, "
                                 "counted_vnd = :c, expected_vnd = :e WHERE id = :id"));
    q.bind(QStringLiteral(":u"), userId)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":c"), v64(counted.dong()))
        .bind(QStringLiteral(":e"), v64(expected.dong()))
        .bind(QStringLiteral(":id"), shiftId)
        .exec();
}

ShiftSaleTotals ShiftRepository::saleTotals(qint64 shiftId)
{
    enum Column { Sales, Gross, Discounts, Total, Change, Voids, Voided, First, Last };
    Query q(m_db, QStringLiteral(
        "SELECT COALESCE(SUM(CASE WHEN status = 'completed' THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN status = 'completed' THEN gross_vnd END), 0), "
        "COALESCE(SUM(CASE WHEN status = 'completed' THEN discount_vnd END), 0), "
        "COALESCE(SUM(CASE WHEN status = 'completed' THEN total_vnd END), 0), "
        "COALESCE(SUM(CASE WHEN status = 'completed' THEN change_vnd END), 0), "
        "COALESCE(SUM(CASE WHEN status = 'voided' THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN status = 'voided' THEN total_vnd END), 0), "
        "(SELECT receipt_no FROM sales WHERE shift_id = :id ORDER BY seq LIMIT 1), "
        "(SELECT receipt_no FROM sales WHERE shift_id = :id ORDER BY seq DESC LIMIT 1) "
        "FROM sales WHERE shift_id = :id"));
    q.bind(QStringLiteral(":id"), shiftId).exec();
    ShiftSaleTotals t;
    if (!q.next())
        return t;
    t.sales = q.value(Sales).toInt();
    t.gross = money(q.value(Gross));
    t.discounts = money(q.value(Discounts));
    t.total = money(q.value(Total));
    t.changeGiven = money(q.value(Change));
    t.voids = q.value(Voids).toInt();
    t.voidedTotal = money(q.value(Voided));
    t.firstReceipt = q.value(First).toString();
    t.lastReceipt = q.value(Last).toString();
    return t;
}

std::vector<ShiftPaymentRow> ShiftRepository::payments(qint64 shiftId)
{
    enum Column { Method, Amount, Sales };
    Query q(m_db, QStringLiteral(
        "SELECT p.method, SUM(p.amount_vnd), COUNT(DISTINCT p.sale_id) FROM payments p JOIN sales s ON s.id = p.sale_id "
        "WHERE s.shift_id = :id AND s.status = 'completed' GROUP BY p.method"));
    q.bind(QStringLiteral(":id"), shiftId).exec();
    std::vector<ShiftPaymentRow> rows;
    while (q.next()) {
        const auto method = core::paymentMethodFromCode(q.value(Method).toString().toStdString());
        rows.push_back({method.value_or(core::PaymentMethod::Cash), money(q.value(Amount)), q.value(Sales).toInt()});
    }
    return rows;
}

std::vector<ShiftVatRow> ShiftRepository::vat(qint64 shiftId)
{
    enum Column { Rate, Net, Vat };
    Query q(m_db, QStringLiteral(
        "SELECT l.vat_rate, SUM(l.net_vnd), SUM(l.vat_vnd) FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
        "WHERE s.shift_id = :id AND s.status = 'completed' GROUP BY l.vat_rate"));
    q.bind(QStringLiteral(":id"), shiftId).exec();
    std::vector<ShiftVatRow> rows;
    while (q.next())
        rows.push_back({core::VatRate::parse(q.value(Rate).toString().toStdString()), money(q.value(Net)), money(q.value(Vat))});
    return rows;
}

ShiftRefunds ShiftRepository::refunds(qint64 shiftId)
{
    Query q(m_db, QStringLiteral("SELECT COUNT(*), COALESCE(SUM(refund_vnd), 0) FROM returns WHERE shift_id = :id"));
    q.bind(QStringLiteral(":id"), shiftId).exec();
    ShiftRefunds r;
    if (q.next())
        r = {q.value(0).toInt(), money(q.value(1))};
    return r;
}

} // namespace ocopos::db
