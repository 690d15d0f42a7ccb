#pragma once

#include "Database.h"

#include <QString>

#include <optional>

namespace ocopos::db {

/// Read-only lookups of users by username, for what documents print.
class UserLookup {
public:
    explicit UserLookup(Database& db) : m_db(db) {}

    /// The stored display name (possibly empty); nullopt for an unknown user.
    std::optional<QString> displayName(const QString& username);

private:
    Database& m_db;
};

} // namespace ocopos::db
