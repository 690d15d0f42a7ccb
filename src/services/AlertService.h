#pragma once

#include "Session.h"

#include "core/Quantity.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace ocopos::services {

struct LowStockAlert {
    QString sku;
    QString name;
    QString unit;
    QString ownerCode;
    core::Quantity onHand;
    core::Quantity sellable;  ///< what the comparison uses: expired lots will never sell
    core::Quantity reorderPoint;
};

struct ExpiryAlert {
    QString sku;
    QString name;
    QString lotCode;
    QString producerCode;
    QDate expiresOn;
    int daysLeft = 0;  ///< negative once expired; 0 on the last day it may be sold
    bool expired = false;
    core::Quantity qty;
};

struct CertificateAlert {
    QString sku;
    QString name;
    QString ownerCode;
    QString certNo;
    QDate expiresOn;
    int daysLeft = 0;
    bool expired = false;
};

struct Alerts {
    QDate today;
    int expiryWarningDays = 30;
    int certificateWarningDays = 90;
    std::vector<LowStockAlert> lowStock;        ///< by name (Vietnamese collation)
    std::vector<ExpiryAlert> expiringLots;      ///< soonest first
    std::vector<CertificateAlert> certificates; ///< soonest first
};

/// What a manager should act on (docs/RULES.md §4):
/// - low stock: products with a reorder point whose sellable stock is at or below it;
/// - lots holding stock that expire within `expiry_warning_days` (setting, default
///   30) — lots already expired and still on hand are listed too, flagged;
/// - OCOP certificates expired or expiring within 90 days.
class AlertService {
public:
    static constexpr int kCertificateWarningDays = 90;

    explicit AlertService(Context ctx) : m_ctx(ctx) {}

    /// Manager only (AuthError).
    Alerts alerts(const Session& actor);

private:
    Context m_ctx;
};

} // namespace ocopos::services
