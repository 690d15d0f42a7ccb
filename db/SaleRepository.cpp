#include "SaleRepository.h"

namespace ocopos::db {

namespace {
QString discountKind(const core::Discount& d)
{
    switch (d.kind) {
    case core::Discount::Kind::Percent: return QStringLiteral("percent");
    case core::Discount::Kind::Amount: return QStringLiteral("amount");
    case core::Discount::Kind::None: break;
    }
    return QString();
}
QVariant m(core::Money x) { return v64(x.dong()); }
QVariant textOrNull(const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); }
} // namespace

qint64 SaleRepository::nextNumber(const QString& key)
{
    // RETURNING (SQLite 3.35+, PostgreSQL): one statement per sale instead of two.
    Query up(m_db, QStringLiteral("UPDATE till_counters SET last_seq = last_seq + 1 WHERE till = :t RETURNING last_seq"));
    up.bind(QStringLiteral(":t"), key);
    if (auto seq = up.scalar())
        return seq->toLongLong();
    Query ins(m_db, QStringLiteral("INSERT INTO till_counters (till, last_seq) VALUES (:t, 1)"));
    ins.bind(QStringLiteral(":t"), key).exec();
    return 1;
}

qint64 SaleRepository::insertSale(const SaleRow& s)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO sales (till, seq, receipt_no, shift_id, cashier_id, at, sale_date, gross_vnd, discount_vnd, "
        "total_vnd, vat_vnd, paid_vnd, change_vnd, sale_discount_kind, sale_discount_value, override_by, status) "
        "VALUES (:till, :seq, :no, :shift, :cashier, :at, :date, :gross, :disc, :total, :vat, :paid, :change, "
        ":sdk, :sdv, :ovr, 'completed')"));
    q.bind(QStringLiteral(":till"), s.till)
        .bind(QStringLiteral(":seq"), s.seq)
        .bind(QStringLiteral(":no"), s.receiptNo)
        .bind(QStringLiteral(":shift"), s.shiftId)
        .bind(QStringLiteral(":cashier"), s.cashierId)
        .bind(QStringLiteral(":at"), s.at)
        .bind(QStringLiteral(":date"), s.saleDate)
        .bind(QStringLiteral(":gross"), m(s.gross))
        .bind(QStringLiteral(":disc"), m(s.discount))
        .bind(QStringLiteral(":total"), m(s.total))
        .bind(QStringLiteral(":vat"), m(s.vat))
        .bind(QStringLiteral(":paid"), m(s.paid))
        .bind(QStringLiteral(":change"), m(s.change))
        .bind(QStringLiteral(":sdk"), textOrNull(discountKind(s.saleDiscount)))
        .bind(QStringLiteral(":sdv"), s.saleDiscount.isNone() ? QVariant() : v64(s.saleDiscount.value))
        .bind(QStringLiteral(":ovr"), s.overrideBy ? QVariant(*s.overrideBy) : QVariant())
        .exec();
    return q.lastInsertId();
}

qint64 SaleRepository::insertLine(qint64 saleId, const QString& saleDate, bool ownerFirst, const SaleLineRow& l)
{
    // The report columns of 0004_reports.sql come from the caller: the sale's
    // day, and whether this is the sale's first line of this owner.
    Query q(m_db, QStringLiteral(
        "INSERT INTO sale_lines (sale_id, line_no, product_id, sku, name, unit, sold_by, category, qty, unit_price_vnd, "
        "gross_vnd, line_discount_vnd, line_discount_kind, line_discount_value, sale_discount_vnd, net_vnd, vat_rate, "
        "vat_vnd, owner_id, supply, commission_bp, commission_vnd, payout_vnd, unlotted, sale_date, owner_first) VALUES (:sale, "
        ":no, :pid, :sku, :name, :unit, :sold, :cat, :qty, :price, :gross, :ld, :ldk, :ldv, :sd, :net, :rate, :vat, :owner, "
        ":supply, :cbp, :comm, :payout, :unlotted, :date, :first)"));
    q.bind(QStringLiteral(":sale"), saleId)
        .bind(QStringLiteral(":no"), l.lineNo)
        .bind(QStringLiteral(":pid"), l.productId)
        .bind(QStringLiteral(":sku"), l.sku)
        .bind(QStringLiteral(":name"), l.name)
        .bind(QStringLiteral(":unit"), l.unit)
        .bind(QStringLiteral(":sold"), QString::fromUtf8(core::toCode(l.soldBy).data()))
        .bind(QStringLiteral(":cat"), textOrNull(l.category))
        .bind(QStringLiteral(":qty"), v64(l.qty.thousandths()))
        .bind(QStringLiteral(":price"), m(l.unitPrice))
        .bind(QStringLiteral(":gross"), m(l.gross))
        .bind(QStringLiteral(":ld"), m(l.lineDiscount))
        .bind(QStringLiteral(":ldk"), textOrNull(discountKind(l.discount)))
        .bind(QStringLiteral(":ldv"), l.discount.isNone() ? QVariant() : v64(l.discount.value))
        .bind(QStringLiteral(":sd"), m(l.saleDiscount))
        .bind(QStringLiteral(":net"), m(l.net))
        .bind(QStringLiteral(":rate"), QString::fromStdString(l.vatRate.code()))
        .bind(QStringLiteral(":vat"), m(l.vat))
        .bind(QStringLiteral(":owner"), l.ownerId)
        .bind(QStringLiteral(":supply"), QString::fromUtf8(core::toCode(l.supply).data()))
        .bind(QStringLiteral(":cbp"), v64(l.commissionPct.bp))
        .bind(QStringLiteral(":comm"), m(l.commission))
        .bind(QStringLiteral(":payout"), m(l.payout))
        .bind(QStringLiteral(":unlotted"), l.unlotted ? 1 : 0)
        .bind(QStringLiteral(":date"), saleDate)
        .bind(QStringLiteral(":first"), ownerFirst ? 1 : 0)
        .exec();
    return q.lastInsertId();
}

void SaleRepository::addOwnerDay(qint64 ownerId, const QString& saleDate, const OwnerDaySums& d)
{
    // The per-owner, per-day sums of 0005_report_sums.sql, in the same
    // transaction: one upsert per owner of a sale, its lines summed.
    Query sum(m_db, QStringLiteral(
        "INSERT INTO sale_owner_days (owner_id, sale_date, lines, receipts, gross_vnd, net_vnd, vat_vnd, commission_vnd, "
        "payout_vnd) VALUES (:owner, :date, :lines, :receipts, :gross, :net, :vat, :comm, :payout) "
        "ON CONFLICT (owner_id, sale_date) DO UPDATE SET "
        "lines = sale_owner_days.lines + excluded.lines, receipts = sale_owner_days.receipts + excluded.receipts, "
        "gross_vnd = sale_owner_days.gross_vnd + excluded.gross_vnd, net_vnd = sale_owner_days.net_vnd + excluded.net_vnd, "
        "vat_vnd = sale_owner_days.vat_vnd + excluded.vat_vnd, "
        "commission_vnd = sale_owner_days.commission_vnd + excluded.commission_vnd, "
        "payout_vnd = sale_owner_days.payout_vnd + excluded.payout_vnd"));
    sum.bind(QStringLiteral(":owner"), ownerId)
        .bind(QStringLiteral(":date"), saleDate)
        .bind(QStringLiteral(":lines"), v64(d.lines))
        .bind(QStringLiteral(":receipts"), v64(d.receipts))
        .bind(QStringLiteral(":gross"), m(d.gross))
        .bind(QStringLiteral(":net"), m(d.net))
        .bind(QStringLiteral(":vat"), m(d.vat))
        .bind(QStringLiteral(":comm"), m(d.commission))
        .bind(QStringLiteral(":payout"), m(d.payout))
        .exec();
}

void SaleRepository::insertAllocation(qint64 lineId, const LotAllocationRow& a)
{
    Query q(m_db, QStringLiteral("INSERT INTO sale_line_lots (sale_line_id, seq, lot_id, producer_id, qty, amount_vnd) "
                                 "VALUES (:line, :seq, :lot, :prod, :qty, :amount)"));
    q.bind(QStringLiteral(":line"), lineId)
        .bind(QStringLiteral(":seq"), a.seq)
        .bind(QStringLiteral(":lot"), a.lotId ? QVariant(*a.lotId) : QVariant())
        .bind(QStringLiteral(":prod"), a.producerId)
        .bind(QStringLiteral(":qty"), v64(a.qty.thousandths()))
        .bind(QStringLiteral(":amount"), m(a.amount))
        .exec();
}

void SaleRepository::insertPayment(qint64 saleId, const PaymentRow& p)
{
    Query q(m_db, QStringLiteral("INSERT INTO payments (sale_id, seq, method, amount_vnd, reference, vietqr) "
                                 "VALUES (:sale, :seq, :method, :amount, :ref, :qr)"));
    q.bind(QStringLiteral(":sale"), saleId)
        .bind(QStringLiteral(":seq"), p.seq)
        .bind(QStringLiteral(":method"), QString::fromUtf8(core::toCode(p.method).data()))
        .bind(QStringLiteral(":amount"), m(p.amount))
        .bind(QStringLiteral(":ref"), textOrNull(p.reference))
        .bind(QStringLiteral(":qr"), textOrNull(p.vietqr))
        .exec();
}

std::optional<qint64> SaleRepository::saleIdByReceipt(const QString& receiptNo)
{
    Query q(m_db, QStringLiteral("SELECT id FROM sales WHERE receipt_no = :r"));
    q.bind(QStringLiteral(":r"), receiptNo);
    auto v = q.scalar();
    if (!v)
        return std::nullopt;
    return v->toLongLong();
}

} // namespace ocopos::db
