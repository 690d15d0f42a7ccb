#include "StockLedger.h"

#include "StockCommon.h"
#include "core/ErrorCodes.h"
#include "db/CatalogRepository.h"

namespace ocopos::services {

using stockutil::q3;
using stockutil::s;

std::vector<core::LotTake> StockLedger::takeFefo(const Session& user, qint64 productId, core::Quantity qty,
                                                 const db::StockRef& ref, ShortStock onShort)
{
    requireRole(user, core::Role::Cashier, "taking stock for a sale");
    db::CatalogRepository catalog(m_ctx.db);
    const auto product = catalog.productById(productId);
    if (!product)
        throw NotFound("no product with id " + std::to_string(productId));
    return takeFefo(user, *product, qty, ref, onShort);
}

std::vector<core::LotTake> StockLedger::takeFefo(const Session& user, const core::Product& p, core::Quantity qty,
                                                 const db::StockRef& ref, ShortStock onShort)
{
    requireRole(user, core::Role::Cashier, "taking stock for a sale");
    const core::Product* product = &p;
    const qint64 productId = p.id;
    if (!qty.isPositive())
        throw ValidationError("qty", "must be more than 0 (got " + q3(qty) + ")");
    if (product->soldBy == core::SoldBy::Unit && !qty.isWhole())
        throw ValidationError("qty", s(product->sku) + " is sold by unit: " + q3(qty) + " is not a whole quantity");

    db::StockRepository repo(m_ctx.db);
    const auto fefo = core::allocateFefo(repo.lotSnapshots(productId), qty, m_ctx.clock.today());
    if (!fefo.shortBy.isZero() && onShort == ShortStock::Refuse) {
        const core::Quantity sellable = qty - fefo.shortBy;
        std::string msg = "not enough stock of " + stockutil::label(product->sku, product->name) + ": wanted " + q3(qty)
            + ", sellable " + q3(sellable);
        ErrorArgs args{{"sku", s(product->sku)}, {"name", s(product->name)}, {"wanted", q3(qty)}, {"available", q3(sellable)}};
        if (fefo.expiredOnHand.isPositive()) {
            msg += ", expired (never sold) " + q3(fefo.expiredOnHand);
            args.emplace_back("expired", q3(fefo.expiredOnHand));
        }
        throw Conflict(fefo.expiredOnHand.isPositive() ? codes::stockExpired : codes::stockShort, msg, std::move(args));
    }
    const QString at = core::Clock::isoString(m_ctx.clock.now());
    std::vector<core::LotTake> takes = fefo.takes;
    for (const auto& t : takes)
        repo.addMovement(db::Movement{productId, t.lotId, core::MovementKind::Sale, -t.qty, at, user.userId, QString(), ref});
    if (!fefo.shortBy.isZero()) {
        repo.addMovement(db::Movement{productId, std::nullopt, core::MovementKind::Sale, -fefo.shortBy, at, user.userId,
                                      QStringLiteral("unlotted: sold beyond stock on a manager's override"), ref});
        takes.push_back(core::LotTake{0, product->ownerId, fefo.shortBy});
    }
    return takes;
}

void StockLedger::putBack(const Session& user, qint64 productId, const std::vector<core::LotTake>& takes,
                          core::MovementKind kind, const db::StockRef& ref, const QString& reason)
{
    requireRole(user, core::Role::Cashier, "putting stock back");
    db::StockRepository repo(m_ctx.db);
    const QString at = core::Clock::isoString(m_ctx.clock.now());
    for (const auto& t : takes) {
        if (!t.qty.isPositive())
            throw ValidationError("qty", "a quantity put back must be more than 0 (got " + q3(t.qty) + ")");
        repo.addMovement(db::Movement{productId, t.lotId ? std::optional<qint64>(t.lotId) : std::nullopt, kind, t.qty,
                                      at, user.userId, reason, ref});
    }
}

} // namespace ocopos::services
