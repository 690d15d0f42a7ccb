#include "ReturnService.h"

#include "AuditLog.h"
#include "EInvoiceService.h"
#include "Journal.h"
#include "SaleReader.h"
#include "SettingsService.h"
#include "StockLedger.h"
#include "ShiftService.h"
#include "core/ErrorCodes.h"
#include "db/Database.h"
#include "db/EInvoiceRepository.h"
#include "db/ReturnRepository.h"
#include "db/SaleRepository.h"
#include "db/StockRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <map>

namespace ocopos::services {

using core::Money;
using core::Quantity;

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
            const Quantity open = line.qty - db::ReturnRepository(m_ctx.db).returnedOfLine(line.lineId).qty;
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
    db::ReturnRepository returns(m_ctx.db);
    const qint64 returnId = returns.insertReturn({number, sale.saleId, shift.id, nowIso,
                                                  m_ctx.clock.today().toString(Qt::ISODate), manager.userId, damaged, reason});
    Money total;
    for (const auto& [line, q] : plan) {
        const db::ReturnedSums before = returns.returnedOfLine(line->lineId);
        const bool completes = before.qty + q == line->qty;
        db::ReturnedSums now;
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
        const qint64 returnLineId
            = returns.insertLine(returnId, {line->lineId, q, now.refund, now.vat, now.commission, now.payout});
        total += now.refund;

        // Back into the lots in the reverse order they were taken.
        struct LotBack {
            std::optional<qint64> lotId;
            qint64 producerId;
            Quantity qty;
        };
        std::vector<LotBack> backs;
        Quantity left = q;
        for (const auto& [lotId, producerId, allocQty] : returns.allocationsNewestFirst(line->lineId)) {
            if (!left.isPositive())
                break;
            const Quantity open = allocQty - returns.returnedFromAllocation(line->lineId, lotId);
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
            returns.insertLot(returnLineId, {b.lotId, b.producerId, b.qty, amounts[k]});
            ledger.putBack(manager, line->productId, {core::LotTake{b.lotId.value_or(0), b.producerId, b.qty}},
                           core::MovementKind::Return, ref, reason);
            if (damaged)
                stock.addMovement(db::Movement{line->productId, b.lotId, core::MovementKind::WriteOff, -b.qty, nowIso,
                                               manager.userId, QStringLiteral("returned damaged (%1)").arg(number), ref});
        }
    }
    returns.setRefund(returnId, total);
    ReturnResult result = *byId(returnId);
    result.einvoice = EInvoiceService(m_ctx).issueForReturn(sale, result);
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
    db::ReturnRepository returns(m_ctx.db);
    const auto r = returns.byId(returnId);
    if (!r)
        return std::nullopt;
    ReturnResult out;
    out.id = returnId;
    out.number = r->number;
    out.receiptNo = r->receiptNo;
    out.till = r->till;
    out.time = QDateTime::fromString(r->at, Qt::ISODate);
    out.user = r->username;
    out.damaged = r->damaged;
    out.reason = r->reason;
    out.refund = r->refund;
    out.journalHash = r->journalHash;
    if (const auto inv = db::EInvoiceRepository(m_ctx.db).byReturn(returnId))
        out.einvoice = EInvoiceService::refOf(*inv);
    for (const db::StoredReturnLine& l : returns.linesOf(returnId)) {
        ReturnLineResult line;
        line.saleLineNo = l.saleLineNo;
        line.sku = l.sku;
        line.name = l.name;
        line.qty = l.qty;
        line.refund = l.refund;
        line.vat = l.vat;
        line.commission = l.commission;
        line.payout = l.payout;
        line.vatRate = l.vatRate;
        for (const db::StoredReturnLot& lot : returns.lotsOfLine(l.id))
            line.lots.push_back(ReturnLotResult{lot.lotId, lot.lotCode, lot.producerCode, lot.qty, lot.amount});
        out.lines.push_back(line);
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
    QJsonObject o{{QStringLiteral("kind"), QStringLiteral("return")},
                        {QStringLiteral("number"), r.number},
                        {QStringLiteral("receipt_no"), r.receiptNo},
                        {QStringLiteral("time"), r.time.toString(Qt::ISODate)},
                        {QStringLiteral("by"), r.user},
                        {QStringLiteral("damaged"), r.damaged},
                        {QStringLiteral("refund"), static_cast<qint64>(r.refund.dong())},
                        {QStringLiteral("lines"), lines}};
    if (r.einvoice)
        o[QStringLiteral("einvoice")] = QJsonDocument::fromJson(canonicalEInvoice(*r.einvoice)).object();
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace ocopos::services
