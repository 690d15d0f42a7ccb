#pragma once

#include "Session.h"

#include "core/Catalog.h"
#include "core/Fefo.h"
#include "db/StockRepository.h"

#include <vector>

namespace ocopos::services {

/// What takeFefo does when the sellable stock is short.
enum class ShortStock {
    Refuse,    ///< throw Conflict (the default: docs/RULES.md §4)
    Unlotted,  ///< a manager overrode: the missing part is an "unlotted" take (lotId 0, the owner as producer)
};

/// One line of a cart for StockLedger::takeFefo: the product as just read (not
/// owned) and the quantity wanted.
struct FefoLine {
    const core::Product* product = nullptr;
    core::Quantity qty;
};

/// Stock writes that belong to a bigger user action — a sale, a return, a void —
/// and so run in the transaction the caller holds (db::TransactionGuard). They
/// never begin, commit or roll back. Every change goes through
/// db::StockRepository::addMovement, so lots.on_hand always equals the ledger.
class StockLedger {
public:
    explicit StockLedger(Context ctx) : m_ctx(ctx) {}

    /// Allocates `qty` of the product first-expiry-first-out (core::allocateFefo,
    /// today = the store's local date: a lot expiring today is sold, one that expired
    /// yesterday never) and writes one `sale` movement (negative) per lot taken, with
    /// `ref` (e.g. {"sale", saleId}) and the user and clock time. Returns the takes
    /// in the order taken, for the sale line's lot allocation.
    /// With ShortStock::Unlotted the shortfall becomes a last take with lotId 0 and
    /// producerId the product's owner, booked as an unlotted movement.
    /// Throws AuthError (not a selling role), NotFound (product), ValidationError
    /// (qty not more than 0, or fractional for a product sold by unit), Conflict
    /// (short: names the product, what was wanted, what is sellable and what is expired).
    std::vector<core::LotTake> takeFefo(const Session& user, qint64 productId, core::Quantity qty,
                                        const db::StockRef& ref, ShortStock onShort = ShortStock::Refuse);
    /// The same for a product the caller has just read (a sale's lines): its id,
    /// SKU, name, how it is sold and its owner are taken as given, not read again.
    std::vector<core::LotTake> takeFefo(const Session& user, const core::Product& product, core::Quantity qty,
                                        const db::StockRef& ref, ShortStock onShort = ShortStock::Refuse);
    /// The same for a whole cart, each line as if taken one after the other (a
    /// line takes what the lines before it left of a lot), with the lots read once
    /// and the movements written together (db::StockRepository::addMovements).
    /// Returns each line's takes, in line order. Throws as above for the first
    /// line that fails, naming its product.
    std::vector<std::vector<core::LotTake>> takeFefo(const Session& user, const std::vector<FefoLine>& lines,
                                                     const db::StockRef& ref, ShortStock onShort = ShortStock::Refuse);

    /// Puts quantities back into the lots they came from (a return into stock, a
    /// void), one movement of `kind` (Return or Void) per take; lotId 0 reverses an
    /// unlotted take. Throws ValidationError for a take that is not more than 0.
    void putBack(const Session& user, qint64 productId, const std::vector<core::LotTake>& takes,
                 core::MovementKind kind, const db::StockRef& ref, const QString& reason = QString());

private:
    Context m_ctx;
};

} // namespace ocopos::services
