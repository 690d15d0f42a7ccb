#include "ReturnRepository.h"

namespace ocopos::db {

namespace {
core::Money money(const QVariant& v) { return core::Money(v.toLongLong()); }
core::Quantity quantity(const QVariant& v) { return core::Quantity::fromThousandths(v.toLongLong()); }
QVariant optionalId(const std::optional<qint64>& id) { return id ? v64(*id) : QVariant(); }
} // namespace

ReturnedSums ReturnRepository::returnedOfLine(qint64 saleLineId)
{
    enum Column { Qty, Refund, Vat, Commission, Payout };
    Query q(m_db, QStringLiteral("SELECT COALESCE(SUM(qty), 0), COALESCE(SUM(refund_vnd), 0), COALESCE(SUM(vat_vnd), 0), "
                                 "COALESCE(SUM(commission_vnd), 0), COALESCE(SUM(payout_vnd), 0) FROM return_lines "
                                 "WHERE sale_line_id = :id"));
    q.bind(QStringLiteral(":id"), saleLineId).exec();
    ReturnedSums r;
    if (q.next())
        r = {quantity(q.value(Qty)), money(q.value(Refund)), money(q.value(Vat)), money(q.value(Commission)),
             money(q.value(Payout))};
    return r;
}

core::Quantity ReturnRepository::returnedFromAllocation(qint64 saleLineId, std::optional<qint64> lotId)
{
    Query q(m_db, QStringLiteral("SELECT COALESCE(SUM(rl.qty), 0) FROM return_line_lots rl JOIN return_lines r "
                                 "ON r.id = rl.return_line_id WHERE r.sale_line_id = :line AND "
                                 "((rl.lot_id IS NULL AND CAST(:lot AS BIGINT) IS NULL) OR rl.lot_id = :lot)"));
    q.bind(QStringLiteral(":line"), saleLineId).bind(QStringLiteral(":lot"), optionalId(lotId));
    return quantity(*q.scalar());
}

std::vector<LineAllocation> ReturnRepository::allocationsNewestFirst(qint64 saleLineId)
{
    enum Column { LotId, ProducerId, Qty };
    Query q(m_db, QStringLiteral("SELECT lot_id, producer_id, qty FROM sale_line_lots WHERE sale_line_id = :l "
                                 "ORDER BY seq DESC"));
    q.bind(QStringLiteral(":l"), saleLineId).exec();
    std::vector<LineAllocation> rows;
    while (q.next())
        rows.push_back({q.value(LotId).isNull() ? std::nullopt : std::optional<qint64>(q.value(LotId).toLongLong()),
                        q.value(ProducerId).toLongLong(), quantity(q.value(Qty))});
    return rows;
}

qint64 ReturnRepository::insertReturn(const ReturnRow& r)
{
    Query q(m_db, QStringLiteral("INSERT INTO returns (number, sale_id, shift_id, at, return_date, user_id, damaged, "
                                 "refund_vnd, reason) VALUES (:n, :s, :sh, :at, :d, :u, :dm, 0, :r)"));
    q.bind(QStringLiteral(":n"), r.number)
        .bind(QStringLiteral(":s"), r.saleId)
        .bind(QStringLiteral(":sh"), r.shiftId)
        .bind(QStringLiteral(":at"), r.at)
        .bind(QStringLiteral(":d"), r.returnDate)
        .bind(QStringLiteral(":u"), r.userId)
        .bind(QStringLiteral(":dm"), r.damaged ? 1 : 0)
        .bind(QStringLiteral(":r"), r.reason.isEmpty() ? QVariant() : QVariant(r.reason))
        .exec();
    return q.lastInsertId();
}

qint64 ReturnRepository::insertLine(qint64 returnId, const ReturnLineRow& l)
{
    Query q(m_db, QStringLiteral("INSERT INTO return_lines (return_id, sale_line_id, qty, refund_vnd, vat_vnd, "
                                 "commission_vnd, payout_vnd) VALUES (:r, :l, :q, :ref, :vat, :c, :p)"));
    q.bind(QStringLiteral(":r"), returnId)
        .bind(QStringLiteral(":l"), l.saleLineId)
        .bind(QStringLiteral(":q"), v64(l.qty.thousandths()))
        .bind(QStringLiteral(":ref"), v64(l.refund.dong()))
        .bind(QStringLiteral(":vat"), v64(l.vat.dong()))
        .bind(QStringLiteral(":c"), v64(l.commission.dong()))
        .bind(QStringLiteral(":p"), v64(l.payout.dong()))
        .exec();
    return q.lastInsertId();
}

void ReturnRepository::insertLot(qint64 returnLineId, const ReturnLotRow& l)
{
    Query q(m_db, QStringLiteral("INSERT INTO return_line_lots (return_line_id, lot_id, producer_id, qty, "
                                 "amount_vnd) VALUES (:r, :lot, :p, :q, :a)"));
    q.bind(QStringLiteral(":r"), returnLineId)
        .bind(QStringLiteral(":lot"), optionalId(l.lotId))
        .bind(QStringLiteral(":p"), l.producerId)
        .bind(QStringLiteral(":q"), v64(l.qty.thousandths()))
        .bind(QStringLiteral(":a"), v64(l.amount.dong()))
        .exec();
}

void ReturnRepository::setRefund(qint64 returnId, core::Money refund)
{
    Query q(m_db, QStringLiteral("UPDATE returns SET refund_vnd = :t WHERE id = :id"));
    q.bind(QStringLiteral(":t"), v64(refund.dong())).bind(QStringLiteral(":id"), returnId).exec();
}

std::optional<StoredReturn> ReturnRepository::byId(qint64 returnId)
{
    enum Column { Number, Receipt, At, Username, Damaged, Reason, Refund, Journal, Till };
    Query q(m_db, QStringLiteral(
        "SELECT r.number, s.receipt_no, r.at, u.username, r.damaged, r.reason, r.refund_vnd, "
        "(SELECT hash FROM journal j WHERE j.kind = 'return' AND j.ref_id = r.id), COALESCE(NULLIF(sh.till, ''), s.till) "
        "FROM returns r JOIN sales s ON s.id = r.sale_id JOIN users u ON u.id = r.user_id "
        "LEFT JOIN shifts sh ON sh.id = r.shift_id WHERE r.id = :id"));
    q.bind(QStringLiteral(":id"), returnId).exec();
    if (!q.next())
        return std::nullopt;
    StoredReturn r;
    r.id = returnId;
    r.number = q.value(Number).toString();
    r.receiptNo = q.value(Receipt).toString();
    r.till = q.value(Till).toString();
    r.at = q.value(At).toString();
    r.username = q.value(Username).toString();
    r.damaged = q.value(Damaged).toInt() == 1;
    r.reason = q.value(Reason).toString();
    r.refund = money(q.value(Refund));
    r.journalHash = q.value(Journal).toString();
    return r;
}

std::vector<StoredReturnLine> ReturnRepository::linesOf(qint64 returnId)
{
    enum Column { Id, LineNo, Sku, Name, Qty, Refund, Vat, Commission, Payout, Rate };
    Query q(m_db, QStringLiteral("SELECT rl.id, sl.line_no, sl.sku, sl.name, rl.qty, rl.refund_vnd, rl.vat_vnd, "
                                 "rl.commission_vnd, rl.payout_vnd, sl.vat_rate FROM return_lines rl JOIN sale_lines sl "
                                 "ON sl.id = rl.sale_line_id WHERE rl.return_id = :id ORDER BY rl.id"));
    q.bind(QStringLiteral(":id"), returnId).exec();
    std::vector<StoredReturnLine> rows;
    while (q.next()) {
        StoredReturnLine l;
        l.id = q.value(Id).toLongLong();
        l.saleLineNo = q.value(LineNo).toInt();
        l.sku = q.value(Sku).toString();
        l.name = q.value(Name).toString();
        l.qty = quantity(q.value(Qty));
        l.refund = money(q.value(Refund));
        l.vat = money(q.value(Vat));
        l.commission = money(q.value(Commission));
        l.payout = money(q.value(Payout));
        l.vatRate = core::VatRate::parse(q.value(Rate).toString().toStdString());
        rows.push_back(std::move(l));
    }
    return rows;
}

std::vector<StoredReturnLot> ReturnRepository::lotsOfLine(qint64 returnLineId)
{
    enum Column { LotId, LotCode, ProducerCode, Qty, Amount };
    Query q(m_db, QStringLiteral("SELECT rll.lot_id, lt.lot_code, p.code, rll.qty, rll.amount_vnd FROM return_line_lots rll "
                                 "JOIN producers p ON p.id = rll.producer_id LEFT JOIN lots lt ON lt.id = rll.lot_id "
                                 "WHERE rll.return_line_id = :id ORDER BY rll.id"));
    q.bind(QStringLiteral(":id"), returnLineId).exec();
    std::vector<StoredReturnLot> rows;
    while (q.next())
        rows.push_back({q.value(LotId).isNull() ? std::nullopt : std::optional<qint64>(q.value(LotId).toLongLong()),
                        q.value(LotCode).toString(), q.value(ProducerCode).toString(), quantity(q.value(Qty)),
                        money(q.value(Amount))});
    return rows;
}

} // namespace ocopos::db
