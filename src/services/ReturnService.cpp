#include "ReturnService.h"

#include "AuditLog.h"
#include "Journal.h"
#include "SaleReader.h"
#include "SettingsService.h"
#include "StockLedger.h"
#include "ShiftService.h"
#include "core/ErrorCodes.h"
#include "db/Database.h"
#include "db/SaleRepository.h"
#include "db/StockRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <map>

namespace ocopos::services {

using core::Money;
using core::Quantity;

namespace {
struct Returned {
    Quantity qty;
    Money refund, vat, commission, payout;
};

Returned alreadyReturned(db::Database& db, qint64 saleLineId)
{
    db::Query q(db, QStringLiteral("SELECT COALESCE(SUM(qty), 0), COALESCE(SUM(refund_vnd), 0), COALESCE(SUM(vat_vnd), 0), "
                                   "COALESCE(SUM(commission_vnd), 0), COALESCE(SUM(payout_vnd), 0) FROM return_lines "
                                   "WHERE sale_line_id = :id"));
    q.bind(QStringLiteral(":id"), saleLineId).exec();
    q.next();
    return {Quantity::fromThousandths(q.value(0).toLongLong()), Money(q.value(1).toLongLong()),
            Money(q.value(2).toLongLong()), Money(q.value(3).toLongLong()), Money(q.value(4).toLongLong())};
}

/// Quantity of a line's allocation (by seq) already returned.
Quantity returnedFromAllocation(db::Database& db, qint64 saleLineId, std::optional<qint64> lotId)
{
    db::Query q(db, QStringLiteral("SELECT COALESCE(SUM(rl.qty), 0) FROM return_line_lots rl JOIN return_lines r "
                                   "ON r.id = rl.return_line_id WHERE r.sale_line_id = :line AND "
                                   "((rl.lot_id IS NULL AND :lot IS NULL) OR rl.lot_id = :lot)"));
    q.bind(QStringLiteral(":line"), saleLineId).bind(QStringLiteral(":lot"), lotId ? QVariant(*lotId) : QVariant());
    return Quantity::fromThousandths(q.scalar()->toLongLong());
}
} // namespace

ReturnResult ReturnService::returnItems(const Session& manager, const QString& receiptNo,
                                        const std::vector<ReturnLineRequest>& request, bool damaged, const QString& reason)
{
    requireRole(manager, core::Role::Manager, "returns");
    if (request.empty())
        throw ValidationError("lines", "name at least one SKU:QTY to return");
    // One request per SKU, in the order first named.
    std::vector<std::pair<QString, Quantity>> wanted;
    for (std::size_t i = 0; i < request.size(); ++i) {
        const auto& r = request[i];
        if (!r.qty.isPositive())
            throw ValidationError("lines[" + std::to_string(i + 1) + "].qty", "must be more than 0");
        auto it = std::find_if(wanted.begin(), wanted.end(), [&](const auto& w) { return w.first == r.sku; });
        if (it == wanted.end())
            wanted.emplace_back(r.sku, r.qty);
        else
            it->second += r.qty;
    }

    db::TransactionGuard tx(m_ctx.db);
    const ShiftInfo shift = ShiftService(m_ctx).current();
    SaleReader reader(m_ctx);
    const SaleResult sale = reader.byReceipt(receiptNo);
    if (sale.status != QLatin1String("completed"))
        throw Conflict("sale " + receiptNo.toStdString() + " was voided: nothing to return");

    struct Planned {
        const SaleLineResult* line;
        Quantity qty;
    };
    std::vector<Planned> plan;
    for (const auto& [sku, qty] : wanted) {
        Quantity left = qty;
        bool found = false;
        Quantity returnable;
        for (const auto& line : sale.lines) {
            if (line.sku != sku)
                continue;
            found = true;
            if (line.soldBy == core::SoldBy::Unit && !qty.isWhole())
                throw ValidationError("lines", sku.toStdString() + " is sold by unit: whole quantities only");
            const Quantity open = line.qty - alreadyReturned(m_ctx.db, line.lineId).qty;
            returnable += open;
            const Quantity take = std::min(left, open);
            if (take.isPositive()) {
                plan.push_back({&line, take});
                left -= take;
            }
        }
        if (!found)
            throw NotFound("receipt " + receiptNo.toStdString() + " has no line for " + sku.toStdString());
        if (left.isPositive())
            throw Conflict(codes::returnExceedsSale,
                           "return exceeds sale: " + sku.toStdString() + " " + core::formatQuantity(qty) + " asked, "
                               + core::formatQuantity(returnable) + " sold and not yet returned",
                           {{"receipt", receiptNo.toStdString()},
                            {"sku", sku.toStdString()},
                            {"asked", core::formatQuantity(qty)},
                            {"left", core::formatQuantity(returnable)}});
    }

    db::SaleRepository counters(m_ctx.db);
    const QString till = SettingsService(m_ctx).till();
    const QString number = QStringLiteral("%1-R%2").arg(till).arg(counters.nextNumber(till + QStringLiteral("/R")), 6, 10, QLatin1Char('0'));
    const QString nowIso = core::Clock::isoString(m_ctx.clock.now());
    db::Query ins(m_ctx.db, QStringLiteral("INSERT INTO returns (number, sale_id, shift_id, at, return_date, user_id, damaged, "
                                           "refund_vnd, reason) VALUES (:n, :s, :sh, :at, :d, :u, :dm, 0, :r)"));
    ins.bind(QStringLiteral(":n"), number)
        .bind(QStringLiteral(":s"), sale.saleId)
        .bind(QStringLiteral(":sh"), shift.id)
        .bind(QStringLiteral(":at"), nowIso)
        .bind(QStringLiteral(":d"), m_ctx.clock.today().toString(Qt::ISODate))
        .bind(QStringLiteral(":u"), manager.userId)
        .bind(QStringLiteral(":dm"), damaged ? 1 : 0)
        .bind(QStringLiteral(":r"), reason.isEmpty() ? QVariant() : QVariant(reason))
        .exec();
    const qint64 returnId = ins.lastInsertId();
    Money total;
    for (const auto& [line, q] : plan) {
        const Returned before = alreadyReturned(m_ctx.db, line->lineId);
        const bool completes = before.qty + q == line->qty;
        Returned now;
        now.qty = q;
        if (completes) {
            now.refund = line->net - before.refund;
            now.vat = line->vat - before.vat;
            now.commission = line->commission - before.commission;
            now.payout = line->payout - before.payout;
        } else {
            now.refund = core::proportion(line->net, q, line->qty);
            now.vat = core::proportion(line->vat, q, line->qty);
            now.commission = core::proportion(line->commission, q, line->qty);
            now.payout = line->supply == core::Supply::Consignment ? now.refund - now.commission : Money(0);
        }
        db::Query rl(m_ctx.db, QStringLiteral("INSERT INTO return_lines (return_id, sale_line_id, qty, refund_vnd, vat_vnd, "
                                              "commission_vnd, payout_vnd) VALUES (:r, :l, :q, :ref, :vat, :c, :p)"));
        rl.bind(QStringLiteral(":r"), returnId)
            .bind(QStringLiteral(":l"), line->lineId)
            .bind(QStringLiteral(":q"), db::v64(q.thousandths()))
            .bind(QStringLiteral(":ref"), db::v64(now.refund.dong()))
            .bind(QStringLiteral(":vat"), db::v64(now.vat.dong()))
            .bind(QStringLiteral(":c"), db::v64(now.commission.dong()))
            .bind(QStringLiteral(":p"), db::v64(now.payout.dong()))
            .exec();
        const qint64 returnLineId = rl.lastInsertId();
        total += now.refund;

        // Back into the lots in the reverse order they were taken.
        struct LotBack {
            std::optional<qint64> lotId;
            qint64 producerId;
            Quantity qty;
        };
        std::vector<LotBack> backs;
        Quantity left = q;
        db::Query allocs(m_ctx.db, QStringLiteral("SELECT lot_id, producer_id, qty FROM sale_line_lots WHERE sale_line_id = :l "
                                                  "ORDER BY seq DESC"));
        allocs.bind(QStringLiteral(":l"), line->lineId).exec();
        std::vector<std::tuple<std::optional<qint64>, qint64, Quantity>> rows;
        while (allocs.next())
            rows.emplace_back(allocs.value(0).isNull() ? std::nullopt : std::optional<qint64>(allocs.value(0).toLongLong()),
                              allocs.value(1).toLongLong(), Quantity::fromThousandths(allocs.value(2).toLongLong()));
        for (const auto& [lotId, producerId, allocQty] : rows) {
            if (!left.isPositive())
                break;
            const Quantity open = allocQty - returnedFromAllocation(m_ctx.db, line->lineId, lotId);
            const Quantity take = std::min(left, open);
            if (take.isPositive()) {
                backs.push_back({lotId, producerId, take});
                left -= take;
            }
        }
        std::vector<Quantity> qtys;
        for (const auto& b : backs)
            qtys.push_back(b.qty);
        const auto amounts = core::splitOverQuantities(now.refund, qtys);
        StockLedger ledger(m_ctx);
        db::StockRepository stock(m_ctx.db);
        const db::StockRef ref{QStringLiteral("return"), returnId};
        for (std::size_t k = 0; k < backs.size(); ++k) {
            const auto& b = backs[k];
            db::Query rll(m_ctx.db, QStringLiteral("INSERT INTO return_line_lots (return_line_id, lot_id, producer_id, qty, "
                                                   "amount_vnd) VALUES (:r, :lot, :p, :q, :a)"));
            rll.bind(QStringLiteral(":r"), returnLineId)
                .bind(QStringLiteral(":lot"), b.lotId ? QVariant(*b.lotId) : QVariant())
                .bind(QStringLiteral(":p"), b.producerId)
                .bind(QStringLiteral(":q"), db::v64(b.qty.thousandths()))
                .bind(QStringLiteral(":a"), db::v64(amounts[k].dong()))
                .exec();
            ledger.putBack(manager, line->productId, {core::LotTake{b.lotId.value_or(0), b.producerId, b.qty}},
                           core::MovementKind::Return, ref, reason);
            if (damaged)
                stock.addMovement(db::Movement{line->productId, b.lotId, core::MovementKind::WriteOff, -b.qty, nowIso,
                                               manager.userId, QStringLiteral("returned damaged (%1)").arg(number), ref});
        }
    }
    db::Query up(m_ctx.db, QStringLiteral("UPDATE returns SET refund_vnd = :t WHERE id = :id"));
    up.bind(QStringLiteral(":t"), db::v64(total.dong())).bind(QStringLiteral(":id"), returnId).exec();
    ReturnResult result = *byId(returnId);
    result.journalHash = Journal(m_ctx).append(QStringLiteral("return"), returnId, canonicalReturn(result));
    audit(m_ctx, &manager, QStringLiteral("return"),
          QStringLiteral("%1 against %2: refund %3%4")
              .arg(number, receiptNo, QString::fromStdString(core::formatVnd(total)),
                   damaged ? QStringLiteral(", damaged") : QString()));
    tx.commit();
    return result;
}

std::optional<ReturnResult> ReturnService::byId(qint64 returnId)
{
    db::Query r(m_ctx.db, QStringLiteral("SELECT r.number, s.receipt_no, r.at, u.username, r.damaged, r.reason, r.refund_vnd, "
                                         "(SELECT hash FROM journal j WHERE j.kind = 'return' AND j.ref_id = r.id) "
                                         "FROM returns r JOIN sales s ON s.id = r.sale_id JOIN users u ON u.id = r.user_id "
                                         "WHERE r.id = :id"));
    r.bind(QStringLiteral(":id"), returnId).exec();
    if (!r.next())
        return std::nullopt;
    ReturnResult out;
    out.id = returnId;
    out.number = r.value(0).toString();
    out.receiptNo = r.value(1).toString();
    out.time = QDateTime::fromString(r.value(2).toString(), Qt::ISODate);
    out.user = r.value(3).toString();
    out.damaged = r.value(4).toInt() == 1;
    out.reason = r.value(5).toString();
    out.refund = Money(r.value(6).toLongLong());
    out.journalHash = r.value(7).toString();
    db::Query l(m_ctx.db, QStringLiteral("SELECT rl.id, sl.line_no, sl.sku, sl.name, rl.qty, rl.refund_vnd, rl.vat_vnd, "
                                         "rl.commission_vnd, rl.payout_vnd, sl.vat_rate FROM return_lines rl JOIN sale_lines sl "
                                         "ON sl.id = rl.sale_line_id WHERE rl.return_id = :id ORDER BY rl.id"));
    l.bind(QStringLiteral(":id"), returnId).exec();
    std::vector<qint64> ids;
    while (l.next()) {
        ReturnLineResult line;
        ids.push_back(l.value(0).toLongLong());
        line.saleLineNo = l.value(1).toInt();
        line.sku = l.value(2).toString();
        line.name = l.value(3).toString();
        line.qty = Quantity::fromThousandths(l.value(4).toLongLong());
        line.refund = Money(l.value(5).toLongLong());
        line.vat = Money(l.value(6).toLongLong());
        line.commission = Money(l.value(7).toLongLong());
        line.payout = Money(l.value(8).toLongLong());
        line.vatRate = core::VatRate::parse(l.value(9).toString().toStdString());
        out.lines.push_back(line);
    }
    db::Query lots(m_ctx.db, QStringLiteral("SELECT rll.lot_id, lt.lot_code, p.code, rll.qty, rll.amount_vnd FROM return_line_lots rll "
                                            "JOIN producers p ON p.id = rll.producer_id LEFT JOIN lots lt ON lt.id = rll.lot_id "
                                            "WHERE rll.return_line_id = :id ORDER BY rll.id"));
    for (std::size_t i = 0; i < ids.size(); ++i) {
        lots.bind(QStringLiteral(":id"), ids[i]).exec();
        while (lots.next()) {
            ReturnLotResult lot;
            if (!lots.value(0).isNull())
                lot.lotId = lots.value(0).toLongLong();
            lot.lotCode = lots.value(1).toString();
            lot.producerCode = lots.value(2).toString();
            lot.qty = Quantity::fromThousandths(lots.value(3).toLongLong());
            lot.amount = Money(lots.value(4).toLongLong());
            out.lines[i].lots.push_back(lot);
        }
    }
    return out;
}

QByteArray canonicalReturn(const ReturnResult& r)
{
    QJsonArray lines;
    for (const auto& l : r.lines) {
        QJsonArray lots;
        for (const auto& lot : l.lots)
            lots.append(QJsonObject{{QStringLiteral("lot"), lot.lotId ? QJsonValue(*lot.lotId) : QJsonValue()},
                                    {QStringLiteral("producer"), lot.producerCode},
                                    {QStringLiteral("qty"), static_cast<qint64>(lot.qty.thousandths())},
                                    {QStringLiteral("amount"), static_cast<qint64>(lot.amount.dong())}});
        lines.append(QJsonObject{{QStringLiteral("line"), l.saleLineNo},
                                 {QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("qty"), static_cast<qint64>(l.qty.thousandths())},
                                 {QStringLiteral("refund"), static_cast<qint64>(l.refund.dong())},
                                 {QStringLiteral("vat"), static_cast<qint64>(l.vat.dong())},
                                 {QStringLiteral("commission"), static_cast<qint64>(l.commission.dong())},
                                 {QStringLiteral("payout"), static_cast<qint64>(l.payout.dong())},
                                 {QStringLiteral("lots"), lots}});
    }
    const QJsonObject o{{QStringLiteral("kind"), QStringLiteral("return")},
                        {QStringLiteral("number"), r.number},
                        {QStringLiteral("receipt_no"), r.receiptNo},
                        {QStringLiteral("time"), r.time.toString(Qt::ISODate)},
                        {QStringLiteral("by"), r.user},
                        {QStringLiteral("damaged"), r.damaged},
                        {QStringLiteral("refund"), static_cast<qint64>(r.refund.dong())},
                        {QStringLiteral("lines"), lines}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace ocopos::services
