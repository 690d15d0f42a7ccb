#pragma once

#include "core/Clock.h"
#include "core/Domain.h"

#include <QString>

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

    bool isCooperative() const { return role == core::Role::Cooperative; }
};

/// Throws AuthError unless the session's role is at least `need` (admin may do all).
void requireRole(const Session& s, core::Role need, const char* what);

class ProductSearchIndex;

/// What every service is built from: the database and the clock; at a till also
/// the in-memory product search (CatalogLookup answers the cashier's search from
/// it once it is ready, from SQL before).
struct Context {
    db::Database& db;
    const core::Clock& clock;
    ProductSearchIndex* searchIndex = nullptr;
};

} // namespace ocopos::services
