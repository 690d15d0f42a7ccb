#pragma once

#include "Database.h"

#include <QString>

#include <optional>
#include <vector>

namespace ocopos::db {

struct DemoUser {
    qint64 id = 0;
    QString displayName;
};

/// An active product with a price, as the demo history sells it.
struct DemoProductRow {
    qint64 id = 0;
    qint64 ownerId = 0;
    QString sku;
    bool weighed = false;
    bool purchased = false;
    std::int64_t price = 0;  ///< đồng
};

/// A lot of the demo's own goods receipts ("DEMO-...") with stock left.
struct DemoLotRow {
    qint64 lotId = 0;
    qint64 productId = 0;
    std::int64_t onHand = 0;  ///< thousandths
};

/// The few reads the demo loader needs beyond the other repositories.
class DemoRepository {
public:
    explicit DemoRepository(Database& db) : m_db(db) {}

    /// Whether the store has any data of its own (products, producers, users but
    /// the built-in admin, sales).
    bool hasStoreData();
    std::optional<DemoUser> activeUser(const QString& username);
    /// Active products with a price, by id.
    std::vector<DemoProductRow> sellableProducts();
    std::int64_t lotCount();
    std::vector<DemoLotRow> demoLotsWithStock();

private:
    Database& m_db;
};

} // namespace ocopos::db
