#pragma once

#include "Database.h"

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace ocopos::db {

/// SQL of the settings table (key → text value). Defaults and validation are
/// services::SettingsService's.
class SettingsRepository {
public:
    explicit SettingsRepository(Database& db) : m_db(db) {}

    /// The stored value; nullopt when the key was never set.
    std::optional<QString> value(const QString& key);
    /// Every stored key and value.
    std::vector<std::pair<QString, QString>> all();
    void set(const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace ocopos::db
