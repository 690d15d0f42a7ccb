#pragma once

#include "core/Clock.h"
#include "core/Domain.h"

#include <QString>

#include <cstddef>
#include <optional>

namespace ocopos::db {
class Database;
}

namespace ocopos::services {

/// Who is acting: the result of a login.
struct Session {
    qint64 userId = 0;
    QString username;
    QString displayName;
    core::Role role = core::Role::Cashier;
    /// For a cooperative user: the producer it is bound to (and sees only).
    std::optional<qint64> producerId;
    /// The PIN is publicly known (the admin/000000 that `init` makes): the app asks
    /// for a new one before any screen, the CLI refuses everything but setting it.
    bool mustChangePin = false;

    bool isCooperative() const { return role == core::Role::Cooperative; }
};

/// Throws AuthError unless the session's role is at least `need` (admin may do all).
void requireRole(const Session& s, core::Role need, const char* what);

class ProductSearchIndex;

/// The argon2id cost of new PIN hashes (libsodium's opslimit and memlimit). The
/// default is the strong cost every store uses; tests pass minimum() so that
/// suites creating many users stay fast. Verifying is unaffected: each stored hash
/// names its own cost.
struct PinHashCost {
    unsigned long long opsLimit = 2;              ///< crypto_pwhash_OPSLIMIT_INTERACTIVE
    std::size_t memLimitBytes = 64 * 1024 * 1024;  ///< crypto_pwhash_MEMLIMIT_INTERACTIVE
    /// libsodium's smallest cost: for tests only.
    static PinHashCost minimum();
    bool operator==(const PinHashCost&) const = default;
};

/// What every service is built from: the database and the clock; at a till also
/// the in-memory product search (CatalogLookup answers the cashier's search from
/// it once it is ready, from SQL before).
struct Context {
    db::Database& db;
    const core::Clock& clock;
    ProductSearchIndex* searchIndex = nullptr;
    /// How new PINs are hashed (AuthService).
    PinHashCost pinHashCost{};
    /// The till this program sells on, when several tills share one store
    /// database (PostgreSQL): `--till` / `$OCOPOS_TILL`. Empty: the store's
    /// `till` setting, as on a one-till shop. See SettingsService::till().
    QString till{};
};

} // namespace ocopos::services
