#include "AlertService.h"

#include "SettingsService.h"
#include "core/Fefo.h"
#include "core/VietText.h"
#include "db/StockRepository.h"

#include <algorithm>
#include <map>

namespace ocopos::services {

namespace {
int byName(const QString& a, const QString& b, const QString& skuA, const QString& skuB)
{
    const int c = core::compareVietnamese(a, b);
    return c != 0 ? c : QString::compare(skuA, skuB);
}
} // namespace

Alerts AlertService::alerts(const Session& actor)
{
    requireRole(actor, core::Role::Manager, "reading alerts");
    db::StockRepository repo(m_ctx.db);
    Alerts out;
    out.today = m_ctx.clock.today();
    out.expiryWarningDays = SettingsService(m_ctx).expiryWarningDays();
    out.certificateWarningDays = kCertificateWarningDays;

    std::map<qint64, db::StockProduct> products;
    for (auto& p : repo.products())
        products.emplace(p.id, std::move(p));
    std::map<qint64, std::pair<core::Quantity, core::Quantity>> stock;  // product -> (on hand, sellable)
    const QDate expiryLimit = out.today.addDays(out.expiryWarningDays);
    for (const auto& lot : repo.lotsWithStock()) {
        auto& [onHand, sellable] = stock[lot.productId];
        onHand += lot.onHand;
        const bool expired = core::isExpired(lot.expiresOn, out.today);
        if (!expired)
            sellable += lot.onHand;
        if (lot.onHand.isPositive() && lot.expiresOn && *lot.expiresOn <= expiryLimit) {
            const auto& p = products.at(lot.productId);
            out.expiringLots.push_back(ExpiryAlert{p.sku, p.name, lot.lotCode, lot.producerCode, *lot.expiresOn,
                                                   static_cast<int>(out.today.daysTo(*lot.expiresOn)), expired,
                                                   lot.onHand});
        }
    }
    const QDate certLimit = out.today.addDays(out.certificateWarningDays);
    for (const auto& [id, p] : products) {
        if (p.reorderPoint) {
            const auto [onHand, sellable] = stock[id];
            if (sellable <= *p.reorderPoint)
                out.lowStock.push_back(LowStockAlert{p.sku, p.name, p.unit, p.ownerCode, onHand, sellable, *p.reorderPoint});
        }
        if (p.certExpiry && *p.certExpiry <= certLimit)
            out.certificates.push_back(CertificateAlert{p.sku, p.name, p.ownerCode, p.certNo, *p.certExpiry,
                                                        static_cast<int>(out.today.daysTo(*p.certExpiry)),
                                                        *p.certExpiry < out.today});
    }
    std::sort(out.lowStock.begin(), out.lowStock.end(), [](const LowStockAlert& a, const LowStockAlert& b) {
        return byName(a.name, b.name, a.sku, b.sku) < 0;
    });
    std::sort(out.expiringLots.begin(), out.expiringLots.end(), [](const ExpiryAlert& a, const ExpiryAlert& b) {
        if (a.expiresOn != b.expiresOn)
            return a.expiresOn < b.expiresOn;
        const int c = byName(a.name, b.name, a.sku, b.sku);
        return c != 0 ? c < 0 : a.lotCode < b.lotCode;
    });
    std::sort(out.certificates.begin(), out.certificates.end(), [](const CertificateAlert& a, const CertificateAlert& b) {
        if (a.expiresOn != b.expiresOn)
            return a.expiresOn < b.expiresOn;
        return byName(a.name, b.name, a.sku, b.sku) < 0;
    });
    return out;
}

} // namespace ocopos::services
