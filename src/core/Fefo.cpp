#include "Fefo.h"

#include "Errors.h"

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

bool isExpired(const std::optional<QDate>& expiresOn, QDate today)
{
    return expiresOn && *expiresOn < today;
}

FefoResult allocateFefo(std::vector<LotSnapshot> lots, Quantity wanted, QDate today)
{
    sortFefo(lots);
    FefoResult r;
    Quantity left = wanted;
    for (const auto& lot : lots) {
        if (!lot.onHand.isPositive())
            continue;
        if (isExpired(lot.expiresOn, today)) {
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

std::vector<LotCount> spreadCount(std::vector<LotSnapshot> lots, Quantity counted, QDate today)
{
    sortFefo(lots);
    // Expired lots give up stock only after every unexpired one: move them to the
    // front, keeping FEFO order, so the reverse walk reaches them last.
    std::stable_partition(lots.begin(), lots.end(),
                          [&](const LotSnapshot& l) { return isExpired(l.expiresOn, today); });
    std::vector<LotCount> out;
    Quantity expected;
    for (const auto& l : lots) {
        if (l.onHand.thousandths() < 0)
            throw Conflict("lot id " + std::to_string(l.lotId) + " has a negative on-hand: the ledger needs checking");
        expected += l.onHand;
    }
    Quantity variance = counted - expected;
    if (variance.thousandths() < 0) {
        Quantity missing = -variance;
        std::vector<Quantity> after(lots.size());
        for (std::size_t i = lots.size(); i-- > 0;) {
            const Quantity take = std::min(missing, lots[i].onHand);
            after[i] = lots[i].onHand - take;
            missing -= take;
        }
        for (std::size_t i = 0; i < lots.size(); ++i)
            if (lots[i].onHand.isPositive())
                out.push_back(LotCount{lots[i].lotId, lots[i].onHand, after[i]});
    } else {
        std::optional<std::size_t> target;
        for (std::size_t i = 0; i < lots.size() && variance.isPositive(); ++i) {
            if (lots[i].onHand.isPositive() && !isExpired(lots[i].expiresOn, today)) {
                target = i;
                break;
            }
        }
        if (variance.isPositive() && !target) {
            for (std::size_t i = 0; i < lots.size(); ++i) {
                const bool newer = !target || lots[i].receiptOrder > lots[*target].receiptOrder
                    || (lots[i].receiptOrder == lots[*target].receiptOrder && lots[i].lotId > lots[*target].lotId);
                if (newer)
                    target = i;
            }
            if (!target)
                throw Conflict("a surplus of " + formatQuantity(variance) + " was counted but there is no lot to book it into");
        }
        for (std::size_t i = 0; i < lots.size(); ++i) {
            const bool isTarget = target && *target == i;
            if (lots[i].onHand.isPositive() || isTarget)
                out.push_back(LotCount{lots[i].lotId, lots[i].onHand, isTarget ? lots[i].onHand + variance : lots[i].onHand});
        }
    }
    // Report in plain FEFO order (the partition above was only for the walk).
    std::vector<LotSnapshot> order = lots;
    sortFefo(order);
    std::vector<LotCount> sorted;
    for (const auto& l : order)
        for (const auto& c : out)
            if (c.lotId == l.lotId)
                sorted.push_back(c);
    return sorted;
}

} // namespace ocopos::core
