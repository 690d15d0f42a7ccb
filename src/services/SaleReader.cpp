#include "SaleReader.h"

#include "core/Errors.h"
#include "db/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <map>

namespace ocopos::services {

using core::Money;

std::optional<SaleResult> SaleReader::byId(qint64 saleId)
{
    db::Query s(m_ctx.db, QStringLiteral(
        "SELECT s.receipt_no, s.at, s.till, u.username, u.display_name, s.shift_id, s.status, s.gross_vnd, "
        "s.discount_vnd, s.total_vnd, s.vat_vnd, s.paid_vnd, s.change_vnd, o.username, "
        "(SELECT hash FROM journal j WHERE j.kind = 'sale' AND j.ref_id = s.id) "
        "FROM sales s JOIN users u ON u.id = s.cashier_id LEFT JOIN users o ON o.id = s.override_by WHERE s.id = :id"));
    s.bind(QStringLiteral(":id"), saleId).exec();
    if (!s.next())
        return std::nullopt;
    SaleResult r;
    r.saleId = saleId;
    r.receiptNo = s.value(0).toString();
    r.time = QDateTime::fromString(s.value(1).toString(), Qt::ISODate);
    r.till = s.value(2).toString();
    r.cashier = s.value(3).toString();
    r.cashierName = s.value(4).toString();
    r.shiftId = s.value(5).toLongLong();
    r.status = s.value(6).toString();
    r.gross = Money(s.value(7).toLongLong());
    r.discount = Money(s.value(8).toLongLong());
    r.total = Money(s.value(9).toLongLong());
    r.vatTotal = Money(s.value(10).toLongLong());
    r.paid = Money(s.value(11).toLongLong());
    r.change = Money(s.value(12).toLongLong());
    r.overrideBy = s.value(13).toString();
    r.journalHash = s.value(14).toString();

    db::Query l(m_ctx.db, QStringLiteral(
        "SELECT l.id, l.line_no, l.sku, l.name, l.unit, l.sold_by, l.qty, l.unit_price_vnd, l.gross_vnd, "
        "l.line_discount_vnd, l.sale_discount_vnd, l.net_vnd, l.vat_rate, l.vat_vnd, o.code, o.name, l.supply, "
        "l.commission_bp, l.commission_vnd, l.payout_vnd, l.unlotted, p.ocop_stars, l.product_id "
        "FROM sale_lines l JOIN producers o ON o.id = l.owner_id JOIN products p ON p.id = l.product_id "
        "WHERE l.sale_id = :id ORDER BY l.line_no"));
    l.bind(QStringLiteral(":id"), saleId).exec();
    std::map<core::VatRate, core::VatRow> rows;
    while (l.next()) {
        SaleLineResult line;
        line.lineId = l.value(0).toLongLong();
        line.lineNo = l.value(1).toInt();
        line.sku = l.value(2).toString();
        line.name = l.value(3).toString();
        line.unit = l.value(4).toString();
        line.soldBy = core::soldByFromCode(l.value(5).toString().toStdString()).value_or(core::SoldBy::Unit);
        line.qty = core::Quantity::fromThousandths(l.value(6).toLongLong());
        line.unitPrice = Money(l.value(7).toLongLong());
        line.gross = Money(l.value(8).toLongLong());
        line.discount = Money(l.value(9).toLongLong());
        line.saleDiscount = Money(l.value(10).toLongLong());
        line.net = Money(l.value(11).toLongLong());
        line.vatRate = core::VatRate::parse(l.value(12).toString().toStdString());
        line.vat = Money(l.value(13).toLongLong());
        line.ownerCode = l.value(14).toString();
        line.ownerName = l.value(15).toString();
        line.supply = core::supplyFromCode(l.value(16).toString().toStdString()).value_or(core::Supply::Consignment);
        line.commissionPct = core::BasisPoints{l.value(17).toLongLong()};
        line.commission = Money(l.value(18).toLongLong());
        line.payout = Money(l.value(19).toLongLong());
        line.unlotted = l.value(20).toInt() == 1;
        if (!l.value(21).isNull())
            line.ocopStars = l.value(21).toInt();
        line.productId = l.value(22).toLongLong();
        r.saleDiscount += line.saleDiscount;
        auto& row = rows.try_emplace(line.vatRate, core::VatRow{line.vatRate, {}, {}, {}}).first->second;
        row.amount += line.net;
        row.vat += line.vat;
        row.base = row.amount - row.vat;
        r.lines.push_back(line);
    }
    for (auto& [rate, row] : rows)
        r.vat.push_back(row);

    db::Query a(m_ctx.db, QStringLiteral(
        "SELECT a.sale_line_id, a.lot_id, lt.lot_code, p.code, p.name, a.qty, a.amount_vnd FROM sale_line_lots a "
        "JOIN sale_lines l ON l.id = a.sale_line_id JOIN producers p ON p.id = a.producer_id "
        "LEFT JOIN lots lt ON lt.id = a.lot_id WHERE l.sale_id = :id ORDER BY l.line_no, a.seq"));
    a.bind(QStringLiteral(":id"), saleId).exec();
    while (a.next()) {
        const qint64 lineId = a.value(0).toLongLong();
        for (auto& line : r.lines) {
            if (line.lineId != lineId)
                continue;
            SaleLotResult lot;
            if (!a.value(1).isNull())
                lot.lotId = a.value(1).toLongLong();
            lot.lotCode = a.value(2).toString();
            lot.producerCode = a.value(3).toString();
            lot.producerName = a.value(4).toString();
            lot.qty = core::Quantity::fromThousandths(a.value(5).toLongLong());
            lot.amount = Money(a.value(6).toLongLong());
            line.lots.push_back(lot);
        }
    }

    db::Query p(m_ctx.db, QStringLiteral("SELECT method, amount_vnd, reference, vietqr FROM payments WHERE sale_id = :id "
                                         "ORDER BY seq"));
    p.bind(QStringLiteral(":id"), saleId).exec();
    while (p.next()) {
        PaymentResult pay;
        pay.method = core::paymentMethodFromCode(p.value(0).toString().toStdString()).value_or(core::PaymentMethod::Cash);
        pay.amount = Money(p.value(1).toLongLong());
        pay.reference = p.value(2).toString();
        pay.vietqr = p.value(3).toString();
        if (r.vietqr.isEmpty() && !pay.vietqr.isEmpty())
            r.vietqr = pay.vietqr;
        r.payments.push_back(pay);
    }
    return r;
}

SaleResult SaleReader::byReceipt(const QString& receiptNo)
{
    db::Query q(m_ctx.db, QStringLiteral("SELECT id FROM sales WHERE receipt_no = :r"));
    q.bind(QStringLiteral(":r"), receiptNo);
    auto id = q.scalar();
    if (!id)
        throw NotFound("no receipt " + receiptNo.toStdString());
    return *byId(id->toLongLong());
}

QByteArray canonicalSale(const SaleResult& s)
{
    const auto m = [](Money x) { return QJsonValue(static_cast<qint64>(x.dong())); };
    QJsonArray lines;
    for (const auto& l : s.lines) {
        QJsonArray lots;
        for (const auto& lot : l.lots)
            lots.append(QJsonObject{{QStringLiteral("lot"), lot.lotId ? QJsonValue(*lot.lotId) : QJsonValue()},
                                    {QStringLiteral("producer"), lot.producerCode},
                                    {QStringLiteral("qty"), static_cast<qint64>(lot.qty.thousandths())},
                                    {QStringLiteral("amount"), m(lot.amount)}});
        lines.append(QJsonObject{{QStringLiteral("line"), l.lineNo},
                                 {QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("qty"), static_cast<qint64>(l.qty.thousandths())},
                                 {QStringLiteral("unit_price"), m(l.unitPrice)},
                                 {QStringLiteral("gross"), m(l.gross)},
                                 {QStringLiteral("discount"), m(l.discount)},
                                 {QStringLiteral("sale_discount"), m(l.saleDiscount)},
                                 {QStringLiteral("net"), m(l.net)},
                                 {QStringLiteral("vat_rate"), QString::fromStdString(l.vatRate.code())},
                                 {QStringLiteral("vat"), m(l.vat)},
                                 {QStringLiteral("owner"), l.ownerCode},
                                 {QStringLiteral("supply"), QString::fromUtf8(core::toCode(l.supply).data())},
                                 {QStringLiteral("commission_bp"), static_cast<qint64>(l.commissionPct.bp)},
                                 {QStringLiteral("commission"), m(l.commission)},
                                 {QStringLiteral("payout"), m(l.payout)},
                                 {QStringLiteral("lots"), lots}});
    }
    QJsonArray pays;
    for (const auto& p : s.payments)
        pays.append(QJsonObject{{QStringLiteral("method"), QString::fromUtf8(core::toCode(p.method).data())},
                                {QStringLiteral("amount"), m(p.amount)},
                                {QStringLiteral("reference"), p.reference}});
    const QJsonObject o{{QStringLiteral("kind"), QStringLiteral("sale")},
                        {QStringLiteral("receipt_no"), s.receiptNo},
                        {QStringLiteral("time"), s.time.toString(Qt::ISODate)},
                        {QStringLiteral("till"), s.till},
                        {QStringLiteral("cashier"), s.cashier},
                        {QStringLiteral("gross"), m(s.gross)},
                        {QStringLiteral("discount"), m(s.discount)},
                        {QStringLiteral("total"), m(s.total)},
                        {QStringLiteral("vat"), m(s.vatTotal)},
                        {QStringLiteral("paid"), m(s.paid)},
                        {QStringLiteral("change"), m(s.change)},
                        {QStringLiteral("lines"), lines},
                        {QStringLiteral("payments"), pays}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray canonicalVoid(const QString& receiptNo, const QString& at, const QString& by)
{
    const QJsonObject o{{QStringLiteral("kind"), QStringLiteral("void")},
                        {QStringLiteral("receipt_no"), receiptNo},
                        {QStringLiteral("time"), at},
                        {QStringLiteral("by"), by}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace ocopos::services
