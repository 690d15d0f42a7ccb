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
    return std::move(takeFefo(user, {FefoLine{&p, qty}}, ref, onShort).front());
}

std::vector<std::vector<core::LotTake>> StockLedger::takeFefo(const Session& user, const std::vector<FefoLine>& lines,
                                                              const db::StockRef& ref, ShortStock onShort)
{
    requireRole(user, core::Role::Cashier, "taking stock for a sale");
    db::StockRepository repo(m_ctx.db);
    std::vector<qint64> productIds;
    for (const FefoLine& line : lines)
        productIds.push_back(line.product->id);
    // The lots are read once; each line takes from what the lines before it left.
    auto lots = repo.lotSnapshots(productIds);
    const QDate today = m_ctx.clock.today();
    const QString at = core::Clock::isoString(m_ctx.clock.now());
    std::vector<std::vector<core::LotTake>> out;
    std::vector<db::Movement> movements;
    for (const FefoLine& line : lines) {
        const core::Product& product = *line.product;
        if (!line.qty.isPositive())
            throw ValidationError("qty", "must be more than 0 (got " + q3(line.qty) + ")");
        if (product.soldBy == core::SoldBy::Unit && !line.qty.isWhole())
            throw ValidationError("qty", s(product.sku) + " is sold by unit: " + q3(line.qty) + " is not a whole quantity");
        std::vector<core::LotSnapshot>& stock = lots[product.id];
        const auto fefo = core::allocateFefo(stock, line.qty, today);
        if (!fefo.shortBy.isZero() && onShort == ShortStock::Refuse) {
            const core::Quantity sellable = line.qty - fefo.shortBy;
            std::string msg = "not enough stock of " + stockutil::label(product.sku, product.name) + ": wanted " + q3(line.qty)
                + ", sellable " + q3(sellable);
            ErrorArgs args{{"sku", s(product.sku)}, {"name", s(product.name)}, {"wanted", q3(line.qty)}, {"available", q3(sellable)}};
            if (fefo.expiredOnHand.isPositive()) {
                msg += ", expired (never sold) " + q3(fefo.expiredOnHand);
                args.emplace_back("expired", q3(fefo.expiredOnHand));
            }
            throw Conflict(fefo.expiredOnHand.isPositive() ? codes::stockExpired : codes::stockShort, msg, std::move(args));
        }
        std::vector<core::LotTake> takes = fefo.takes;
        for (const auto& t : takes) {
            movements.push_back(db::Movement{product.id, t.lotId, core::MovementKind::Sale, -t.qty, at, user.userId, QString(), ref});
            for (auto& lot : stock)
                if (lot.lotId == t.lotId)
                    lot.onHand -= t.qty;
        }
        if (!fefo.shortBy.isZero()) {
            movements.push_back(db::Movement{product.id, std::nullopt, core::MovementKind::Sale, -fefo.shortBy, at, user.userId,
                                             QStringLiteral("unlotted: sold beyond stock on a manager's override"), ref});
            takes.push_back(core::LotTake{0, product.ownerId, fefo.shortBy});
        }
        out.push_back(std::move(takes));
    }
    repo.addMovements(movements);
    return out;
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
