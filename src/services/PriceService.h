#pragma once

#include "Session.h"

#include "core/Money.h"
#include "core/Vat.h"

#include <QByteArray>
#include <QDate>

#include <optional>
#include <vector>

namespace ocopos::services {

struct PriceChange {
    QString sku;
    QString name;
    QDate effectiveOn;
    std::optional<core::Money> price;
    std::optional<core::VatRate> vat;
    QString status;   ///< "pending" or "applied" (scheduled) / "import", "edit" (history)
    QString at;       ///< when it was recorded or applied
    QString username;
    std::optional<core::Money> oldPrice;
    std::optional<core::VatRate> oldVat;
};

/// Scheduled price and VAT changes and the price history. A change is scheduled
/// for a store-local day and applied by itself when the day comes.
class PriceService {
public:
    explicit PriceService(Context ctx) : m_ctx(ctx) {}

    /// Schedules price/VAT changes from `code,effective_on,price,vat` (manager).
    /// Changes due today or earlier are applied at once. All-or-nothing: any bad
    /// row refuses the file with every problem as `line N, field F: why`.
    int schedulePrices(const Session& actor, const QByteArray& csv);
    /// Schedules one price and/or VAT change for `code` from `effectiveOn`
    /// (manager), with schedulePrices' checks; applied at once when the day has
    /// come. Problems come back per field with line 0.
    void scheduleChange(const Session& actor, const QString& code, const QDate& effectiveOn,
                        std::optional<core::Money> price, std::optional<core::VatRate> vat);
    /// History and pending changes, optionally for one product; newest first.
    std::vector<PriceChange> priceList(const Session& actor, const QString& code = QString());
    /// Applies every scheduled change whose day has come (store local date).
    /// Called at start-up and before selling; idempotent. Returns how many applied.
    int applyDueChanges();

private:
    Context m_ctx;
};

} // namespace ocopos::services
