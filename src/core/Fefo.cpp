#include "Fefo.h"

#include <algorithm>

namespace ocopos::core {

void sortFefo(std::vector<LotSnapshot>& lots)
{
    std::stable_sort(lots.begin(), lots.end(), [](const LotSnapshot& a, const LotSnapshot& b) {
        if (a.expiresOn.has_value() != b.expiresOn.has_value())
            return a.expiresOn.has_value();  // dated lots before undated ones
        if (a.expiresOn && *a.expiresOn != *b.expiresOn)
            return *a.expiresOn < *b.expiresOn;
        if (a.receiptOrder != b.receiptOrder)
            return a.receiptOrder < b.receiptOrder;
        return a.lotId < b.lotId;
    });
}

FefoResult allocateFefo(std::vector<LotSnapshot> lots, Quantity wanted, QDate today)
{
    sortFefo(lots);
    FefoResult r;
    Quantity left = wanted;
    for (const auto& lot : lots) {
        if (!lot.onHand.isPositive())
            continue;
        if (lot.expiresOn && *lot.expiresOn < today) {
            r.expiredOnHand += lot.onHand;
            continue;
        }
        if (!left.isPositive())
            continue;
        const Quantity take = std::min(left, lot.onHand);
        r.takes.push_back(LotTake{lot.lotId, lot.producerId, take});
        left -= take;
    }
    r.shortBy = left.isPositive() ? left : Quantity();
    return r;
}

} // namespace ocopos::core
