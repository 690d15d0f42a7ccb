#include "StocktakeService.h"

#include "AuditLog.h"
#include "StockCommon.h"
#include "core/Csv.h"
#include "core/Fefo.h"
#include "core/Logging.h"
#include "db/CatalogRepository.h"
#include "db/StockRepository.h"

#include <spdlog/spdlog.h>

#include <map>
#include <set>

namespace ocopos::services {

using stockutil::q3;
using stockutil::qs;
using stockutil::s;

core::Quantity StockCount::shrinkage() const
{
    core::Quantity q;
    for (const auto& l : lots)
        if (l.variance().thousandths() < 0)
            q -= l.variance();
    return q;
}

core::Quantity StockCount::surplus() const
{
    core::Quantity q;
    for (const auto& l : lots)
        if (l.variance().isPositive())
            q += l.variance();
    return q;
}

namespace {
const std::set<QString> kColumns = {QStringLiteral("code"), QStringLiteral("lot_code"), QStringLiteral("counted_qty")};
const std::set<QString> kRequired = {QStringLiteral("code"), QStringLiteral("counted_qty")};

struct Row {
    int line = 0;
    core::Product product;
    std::optional<db::LotInfo> lot;  ///< empty: the product counted as a whole
    core::Quantity counted;
};
} // namespace

StockCount StocktakeService::count(const Session& actor, const QByteArray& csv, const QString& note)
{
    requireRole(actor, core::Role::Manager, "counting stock");
    const core::CsvTable table = core::parseCsv(csv, kColumns, kRequired);
    if (table.rows.empty())
        throw ValidationError("file", "has no lines: a stock count needs at least one");

    // The book is read and corrected in one transaction: a sale can't slip in between.
    db::TransactionGuard tx(m_ctx.db);
    db::CatalogRepository catalog(m_ctx.db);
    db::StockRepository repo(m_ctx.db);
    const QDate today = m_ctx.clock.today();
    ProblemList problems;
    std::vector<Row> rows;
    std::map<qint64, int> lotLines;      // lot -> line
    std::map<qint64, int> productLines;  // product counted as a whole -> line
    std::map<qint64, int> byLotProducts; // product counted by lot -> first line

    for (const auto& r : table.rows) {
        Row row;
        row.line = r.line;
        const QString code = r.get(QStringLiteral("code")).value_or(QString());
        const auto product = stockutil::findProduct(catalog, code);
        if (code.isEmpty())
            problems.add(r.line, "code", "is required");
        else if (!product)
            problems.add(r.line, "code", "no product with SKU or barcode '" + s(code) + "'");
        const auto qtyText = r.get(QStringLiteral("counted_qty"));
        std::optional<core::Quantity> counted;
        if (!qtyText)
            problems.add(r.line, "counted_qty", "is required");
        else
            counted = stockutil::parseStockQuantity(problems, r.line, "counted_qty", *qtyText,
                                                    product ? &*product : nullptr, true);
        if (!product)
            continue;
        row.product = *product;
        const std::string sku = s(product->sku);
        if (const auto lotCode = r.get(QStringLiteral("lot_code"))) {
            row.lot = repo.lotByCode(product->id, *lotCode);
            if (!row.lot) {
                problems.add(r.line, "lot_code", sku + " has no lot '" + s(*lotCode) + "'");
            } else if (auto it = lotLines.find(row.lot->id); it != lotLines.end()) {
                problems.add(r.line, "lot_code", "lot " + s(*lotCode) + " of " + sku + " is also counted on line "
                                                     + std::to_string(it->second));
            } else {
                lotLines.emplace(row.lot->id, r.line);
            }
            if (auto it = productLines.find(product->id); it != productLines.end())
                problems.add(r.line, "lot_code", sku + " is counted as a whole on line " + std::to_string(it->second)
                                                     + ": count it either by lot or as a whole");
            byLotProducts.emplace(product->id, r.line);
        } else {
            if (auto it = productLines.find(product->id); it != productLines.end())
                problems.add(r.line, "code", sku + " is also counted on line " + std::to_string(it->second));
            else if (auto lit = byLotProducts.find(product->id); lit != byLotProducts.end())
                problems.add(r.line, "code", sku + " is counted by lot on line " + std::to_string(lit->second)
                                                 + ": count it either by lot or as a whole");
            productLines.emplace(product->id, r.line);
            if (counted && counted->isPositive() && repo.lots(product->id).empty())
                problems.add(r.line, "counted_qty", sku + " has no lot to book " + q3(*counted)
                                                        + " into: receive it with a goods receipt first");
        }
        if (counted) {
            row.counted = *counted;
            rows.push_back(std::move(row));
        }
    }
    problems.throwIfAny();

    const QString now = core::Clock::isoString(m_ctx.clock.now());
    StockCount out;
    out.note = note.trimmed();
    out.countedAt = now;
    out.id = repo.insertStockCount(now, actor.userId, out.note);
    const QString label = QStringLiteral("stocktake #%1").arg(out.id);
    for (const auto& row : rows) {
        std::vector<core::LotCount> counts;
        if (row.lot) {
            counts.push_back(core::LotCount{row.lot->id, row.lot->onHand, row.counted});
        } else {
            std::vector<core::LotSnapshot> snaps;
            for (const auto& l : repo.lots(row.product.id))
                snaps.push_back(l.snapshot());
            counts = core::spreadCount(std::move(snaps), row.counted, today);
        }
        for (const auto& c : counts) {
            const auto lot = row.lot && row.lot->id == c.lotId ? row.lot : repo.lotById(c.lotId);
            repo.insertCountLine(out.id, row.line, row.product.id, c.lotId, !row.lot, c.expected, c.counted);
            if (!c.variance().isZero()) {
                QString reason = QStringLiteral("%1: expected %2, counted %3")
                                     .arg(label, qs(q3(c.expected)), qs(q3(c.counted)));
                if (!row.lot)
                    reason += QStringLiteral(" (product counted as a whole)");
                if (!out.note.isEmpty())
                    reason += QStringLiteral(" – ") + out.note;
                repo.addMovement(db::Movement{row.product.id, c.lotId, core::MovementKind::Count, c.variance(), now,
                                              actor.userId, reason, db::StockRef{QStringLiteral("stock_count"), out.id}});
            }
            CountedLot cl;
            cl.line = row.line;
            cl.byProduct = !row.lot;
            cl.productId = row.product.id;
            cl.sku = row.product.sku;
            cl.name = row.product.name;
            cl.lotId = c.lotId;
            cl.lotCode = lot->lotCode;
            cl.producerCode = lot->producerCode;
            cl.expiresOn = lot->expiresOn;
            cl.expected = c.expected;
            cl.counted = c.counted;
            out.lots.push_back(std::move(cl));
        }
    }
    const QString detail = QStringLiteral("%1: %2 lot(s) counted, shrinkage %3, surplus %4")
                               .arg(label)
                               .arg(out.lots.size())
                               .arg(qs(q3(out.shrinkage())), qs(q3(out.surplus())));
    audit(m_ctx, &actor, QStringLiteral("stock_count"), detail);
    tx.commit();
    core::logger("stock")->info("stock count by {}: {}", s(actor.username), s(detail));
    return out;
}

} // namespace ocopos::services
