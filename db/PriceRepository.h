#pragma once

#include "Database.h"

#include "core/Money.h"
#include "core/Vat.h"

#include <QDate>

#include <optional>
#include <vector>

namespace ocopos::db {

/// SQL for scheduled price/VAT changes and the price history. No rules here:
/// PriceService validates, this reads and writes rows.
class PriceRepository {
public:
    explicit PriceRepository(Database& db) : m_db(db) {}

    /// A change waiting for its day.
    struct Pending {
        QString sku;
        QString name;
        QDate effectiveOn;
        std::optional<core::Money> price;  ///< nullopt: the price stays
        std::optional<core::VatRate> vat;  ///< nullopt: the VAT stays
        QString createdAt;
        QString username;                  ///< who scheduled it (empty when unknown)
    };
    /// A change that happened (import, edit or schedule).
    struct HistoryEntry {
        QString sku;
        QString name;
        QString changedAt;
        core::Money newPrice;
        core::VatRate newVat = core::VatRate::percent(10);
        QString source;                    ///< "import", "edit" or "schedule"
        QString username;
        std::optional<core::Money> oldPrice;  ///< nullopt for a new product
        std::optional<core::VatRate> oldVat;
    };
    /// A scheduled change whose day has come.
    struct Due {
        qint64 id = 0;
        qint64 productId = 0;
        std::optional<core::Money> price;
        std::optional<core::VatRate> vat;
        std::optional<qint64> userId;      ///< who scheduled it
    };

    /// Schedules a change for one product and day, replacing a pending one for that day.
    void schedule(qint64 productId, const QDate& effectiveOn, std::optional<core::Money> price,
                  std::optional<core::VatRate> vat, const QString& now, qint64 userId);
    /// Whether any pending change is due on or before `today` (one cheap probe).
    bool anyDue(const QDate& today);
    /// Pending changes due on or before `today`, oldest day first.
    std::vector<Due> due(const QDate& today);
    void markApplied(qint64 scheduleId, const QString& now);
    /// Pending changes, optionally of one product; latest day first.
    std::vector<Pending> pending(std::optional<qint64> productId = std::nullopt);
    /// The price history, optionally of one product; newest first.
    std::vector<HistoryEntry> history(std::optional<qint64> productId = std::nullopt);

    void addHistory(qint64 productId, const QString& at, std::optional<qint64> userId, const QString& source,
                    std::optional<core::Money> oldPrice, core::Money newPrice,
                    std::optional<core::VatRate> oldVat, const core::VatRate& newVat);

private:
    Database& m_db;
};

} // namespace ocopos::db
