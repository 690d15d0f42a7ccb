#include "StockService.h"

#include "AuditLog.h"
#include "StockCommon.h"
#include "StockLedger.h"
#include "core/Errors.h"
#include "core/Logging.h"
#include "core/VietText.h"
#include "db/CatalogRepository.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>

namespace ocopos::services {

using stockutil::q3;
using stockutil::qs;
using stockutil::s;

namespace {
LotStock toLotStock(const db::LotInfo& l, QDate today)
{
    return LotStock{l.id, l.lotCode, l.producerCode, l.producerName, l.receiptNumber,
                    l.producedOn, l.expiresOn, l.onHand, core::isExpired(l.expiresOn, today)};
}

void sortLotsFefo(std::vector<db::LotInfo>& lots)
{
    std::vector<core::LotSnapshot> snaps;
    for (const auto& l : lots)
        snaps.push_back(l.snapshot());
    core::sortFefo(snaps);
    std::vector<db::LotInfo> sorted;
    for (const auto& sn : snaps)
        sorted.push_back(*std::find_if(lots.begin(), lots.end(), [&](const db::LotInfo& l) { return l.id == sn.lotId; }));
    lots = std::move(sorted);
}
} // namespace

std::vector<ProductStock> StockService::stock(const Session& actor, const StockFilter& filter)
{
    if (actor.userId == 0)
        throw AuthError("seeing stock needs a logged-in user");
    if (filter.expiringWithinDays && *filter.expiringWithinDays < 0)
        throw ValidationError("expiring", "the number of days must not be negative");
    db::CatalogRepository catalog(m_ctx.db);
    db::StockRepository repo(m_ctx.db);
    const std::optional<qint64> owner = actor.isCooperative() ? actor.producerId : std::nullopt;
    if (actor.isCooperative() && !owner)
        throw AuthError("a cooperative user must be bound to a producer");
    std::optional<qint64> productId;
    if (!filter.productCode.isEmpty()) {
        const auto p = stockutil::findProduct(catalog, filter.productCode);
        if (!p)
            throw NotFound("no product with SKU or barcode '" + s(filter.productCode) + "'");
        if (owner && p->ownerId != *owner)
            throw AuthError("a cooperative user sees only the stock of its own products");
        productId = p->id;
    }
    const QDate today = m_ctx.clock.today();
    std::map<qint64, std::vector<db::LotInfo>> lotsByProduct;
    for (auto& l : productId ? repo.lots(*productId, true) : repo.lotsWithStock(owner))
        lotsByProduct[l.productId].push_back(std::move(l));

    std::vector<ProductStock> out;
    for (const auto& p : repo.products(owner, productId)) {
        ProductStock ps;
        ps.productId = p.id;
        ps.sku = p.sku;
        ps.name = p.name;
        ps.unit = p.unit;
        ps.soldBy = p.soldBy;
        ps.ownerCode = p.ownerCode;
        ps.reorderPoint = p.reorderPoint;
        auto& lots = lotsByProduct[p.id];
        sortLotsFefo(lots);
        for (const auto& l : lots) {
            ps.onHand += l.onHand;
            const LotStock ls = toLotStock(l, today);
            if (!ls.expired)
                ps.sellable += l.onHand;
            if (!filter.expiringWithinDays || (l.expiresOn && *l.expiresOn <= today.addDays(*filter.expiringWithinDays)))
                ps.lots.push_back(ls);
        }
        if (filter.lowOnly && !ps.isLow())
            continue;
        if (filter.expiringWithinDays && ps.lots.empty())
            continue;
        out.push_back(std::move(ps));
    }
    std::sort(out.begin(), out.end(), [](const ProductStock& a, const ProductStock& b) {
        const int c = core::compareVietnamese(a.name, b.name);
        return c != 0 ? c < 0 : a.sku < b.sku;
    });
    return out;
}

std::vector<db::LedgerMismatch> StockService::verifyLedger()
{
    return db::StockRepository(m_ctx.db).ledgerMismatches();
}

std::vector<core::LotTake> StockService::takeFefo(const Session& user, qint64 productId, core::Quantity qty,
                                                  const db::StockRef& ref)
{
    db::TransactionGuard tx(m_ctx.db);
    auto takes = StockLedger(m_ctx).takeFefo(user, productId, qty, ref);
    tx.commit();
    return takes;
}

WriteOffResult StockService::writeOffLot(const Session& actor, const db::LotInfo& lot, const QString& name,
                                         core::Quantity qty, const QString& reason)
{
    db::StockRepository repo(m_ctx.db);
    repo.addMovement(db::Movement{lot.productId, lot.id, core::MovementKind::WriteOff, -qty,
                                  core::Clock::isoString(m_ctx.clock.now()), actor.userId, reason,
                                  db::StockRef{QStringLiteral("write_off"), std::nullopt}});
    const QString detail = QStringLiteral("%1 lot %2: %3 written off (%4)").arg(lot.sku, lot.lotCode, qs(q3(qty)), reason);
    audit(m_ctx, &actor, QStringLiteral("write_off"), detail);
    core::logger("stock")->info("write-off by {}: {}", s(actor.username), s(detail));
    return WriteOffResult{lot.id, lot.sku, name, lot.lotCode, lot.expiresOn, qty, lot.onHand - qty, reason};
}

WriteOffResult StockService::writeOff(const Session& actor, const QString& productCode, const QString& lotCode,
                                      std::optional<core::Quantity> qty, const QString& rawReason)
{
    requireRole(actor, core::Role::Manager, "writing stock off");
    const QString reason = rawReason.trimmed();
    if (reason.isEmpty())
        throw ValidationError("reason", "is required: say why the stock is written off (expired, damaged, ...)");
    db::TransactionGuard tx(m_ctx.db);
    db::CatalogRepository catalog(m_ctx.db);
    const auto product = stockutil::findProduct(catalog, productCode);
    if (!product)
        throw NotFound("no product with SKU or barcode '" + s(productCode) + "'");
    const auto lot = db::StockRepository(m_ctx.db).lotByCode(product->id, lotCode);
    if (!lot)
        throw NotFound(s(product->sku) + " has no lot '" + s(lotCode) + "'");
    if (!lot->onHand.isPositive())
        throw Conflict("lot " + s(lotCode) + " of " + s(product->sku) + " has nothing on hand to write off");
    const core::Quantity amount = qty.value_or(lot->onHand);
    if (!amount.isPositive())
        throw ValidationError("qty", "must be more than 0");
    if (product->soldBy == core::SoldBy::Unit && !amount.isWhole())
        throw ValidationError("qty", s(product->sku) + " is sold by unit: " + q3(amount) + " is not a whole quantity");
    if (amount > lot->onHand)
        throw Conflict("lot " + s(lotCode) + " of " + s(product->sku) + " has only " + q3(lot->onHand)
                       + " on hand; cannot write off " + q3(amount));
    auto result = writeOffLot(actor, *lot, product->name, amount, reason);
    tx.commit();
    return result;
}

std::vector<WriteOffResult> StockService::writeOffExpired(const Session& actor, const QString& rawReason)
{
    requireRole(actor, core::Role::Manager, "writing stock off");
    const QString reason = rawReason.trimmed().isEmpty() ? QStringLiteral("expired") : rawReason.trimmed();
    db::TransactionGuard tx(m_ctx.db);
    db::StockRepository repo(m_ctx.db);
    const QDate today = m_ctx.clock.today();
    std::map<qint64, QString> names;
    for (const auto& p : repo.products())
        names[p.id] = p.name;
    std::vector<WriteOffResult> out;
    for (const auto& lot : repo.lotsWithStock())
        if (lot.onHand.isPositive() && core::isExpired(lot.expiresOn, today))
            out.push_back(writeOffLot(actor, lot, names[lot.productId], lot.onHand, reason));
    tx.commit();
    return out;
}

std::vector<db::StoredMovement> StockService::movements(const Session& actor, const QString& productCode)
{
    if (!actor.isCooperative())
        requireRole(actor, core::Role::Manager, "reading the stock ledger");
    db::CatalogRepository catalog(m_ctx.db);
    const auto product = stockutil::findProduct(catalog, productCode);
    if (!product)
        throw NotFound("no product with SKU or barcode '" + s(productCode) + "'");
    if (actor.isCooperative() && (!actor.producerId || product->ownerId != *actor.producerId))
        throw AuthError("a cooperative user sees only the stock of its own products");
    return db::StockRepository(m_ctx.db).movements(product->id);
}

} // namespace ocopos::services
