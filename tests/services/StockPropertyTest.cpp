// Property: after a long random sequence of every kind of stock operation the
// cached on-hand of every lot equals its ledger and an independent model, and
// verifyLedger finds nothing. Fixed seed, so a failure reproduces.
#include "StockFixture.h"

#include "db/CatalogRepository.h"
#include "services/StockLedger.h"
#include "services/StockService.h"
#include "services/StocktakeService.h"

#include <map>
#include <random>

using namespace ocopos;
using namespace ocopos::test;

namespace {
struct ModelLot {
    QString sku;
    QString code;
    std::optional<QDate> expires;
    std::int64_t onHand = 0;  // thousandths
};

struct Sale {
    qint64 productId;
    std::vector<core::LotTake> takes;
};
} // namespace

class StockProperty : public StockFixture {
protected:
    std::map<qint64, ModelLot> model;          // lot id -> what it should hold
    std::map<QString, std::int64_t> unlotted;  // sku -> sum of unlotted movements
    std::mt19937 rng{20261128};

    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }
    bool weighed(const QString& sku) { return sku.endsWith(QStringLiteral("-KG")); }
    core::Quantity randomQty(const QString& sku, int maxUnits)
    {
        return weighed(sku) ? milli(pick(1, maxUnits * 1000)) : units(pick(1, maxUnits));
    }
    std::int64_t sellable(const QString& sku)
    {
        std::int64_t s = 0;
        for (const auto& [id, l] : model)
            if (l.sku == sku && !core::isExpired(l.expires, today()))
                s += l.onHand;
        return s;
    }
    std::vector<qint64> lotsOf(const QString& sku, bool withStock)
    {
        std::vector<qint64> out;
        for (const auto& [id, l] : model)
            if (l.sku == sku && (!withStock || l.onHand > 0))
                out.push_back(id);
        return out;
    }

    void checkAgainstModel(int step)
    {
        SCOPED_TRACE("step " + std::to_string(step));
        const auto bad = services::StockService(ctx()).verifyLedger();
        ASSERT_TRUE(bad.empty()) << bad.front().what.toStdString() << " " << bad.front().sku.toStdString();
        db::StockRepository repo(store.db());
        for (const auto& [id, l] : model) {
            const auto stored = repo.lotById(id);
            ASSERT_TRUE(stored);
            ASSERT_EQ(stored->onHand.thousandths(), l.onHand) << l.sku.toStdString() << " " << l.code.toStdString();
            ASSERT_EQ(repo.ledgerSum(id).thousandths(), l.onHand);
            ASSERT_GE(l.onHand, 0);
        }
        db::Query q(store.db(), QStringLiteral("SELECT p.sku, COALESCE(SUM(m.qty), 0) FROM stock_movements m "
                                               "JOIN products p ON p.id = m.product_id WHERE m.lot_id IS NULL GROUP BY p.sku"));
        q.exec();
        std::map<QString, std::int64_t> stored;
        while (q.next())
            stored[q.value(0).toString()] = q.value(1).toLongLong();
        for (const auto& [sku, sum] : unlotted)
            ASSERT_EQ(stored[sku], sum) << sku.toStdString();
    }
};

TEST_F(StockProperty, LedgerEqualsOnHandAfterALongRandomSequence)
{
    const std::vector<std::vector<QString>> owners{{QStringLiteral("NM-500"), QStringLiteral("CM-KG")},
                                                   {QStringLiteral("TRA-50"), QStringLiteral("GA-KG")}};
    const std::vector<QString> skus{QStringLiteral("NM-500"), QStringLiteral("CM-KG"), QStringLiteral("TRA-50"),
                                    QStringLiteral("GA-KG")};
    services::StockService stock(ctx());
    std::vector<Sale> sales;
    int lotCounter = 0;
    int conflicts = 0;
    int counts = 0;
    const int steps = 400;
    for (int step = 0; step < steps; ++step) {
        const int op = pick(0, 9);
        const QString sku = skus[static_cast<std::size_t>(pick(0, 3))];
        const qint64 pid = productId(sku);
        if (op <= 1) {  // a goods receipt of 1-3 lots from one owner
            const auto& group = owners[static_cast<std::size_t>(pick(0, 1))];
            QByteArray rowsCsv;
            std::vector<ModelLot> fresh;
            for (int n = pick(1, 3); n > 0; --n) {
                ModelLot l;
                l.sku = group[static_cast<std::size_t>(pick(0, 1))];
                l.code = QStringLiteral("L%1").arg(++lotCounter);
                if (pick(0, 4) > 0)
                    l.expires = today().addDays(pick(-2, 20));
                const auto qty = randomQty(l.sku, 20);
                l.onHand = qty.thousandths();
                rowsCsv += (l.sku + QLatin1Char(',') + QString::fromStdString(core::formatQuantity(qty)) + QLatin1Char(',')
                            + l.code + QStringLiteral(",,,") + (l.expires ? l.expires->toString(Qt::ISODate) : QString())
                            + QStringLiteral(",\n"))
                               .toUtf8();
                fresh.push_back(l);
            }
            receive(rowsCsv);
            for (const auto& l : fresh)
                model[lot(l.sku, l.code).id] = l;
        } else if (op <= 4) {  // a sale
            const auto qty = randomQty(sku, 8);
            const std::int64_t canSell = sellable(sku);
            try {
                const auto takes = stock.takeFefo(admin, pid, qty, db::StockRef{QStringLiteral("sale"), step});
                ASSERT_LE(qty.thousandths(), canSell);
                std::int64_t sum = 0;
                for (const auto& t : takes) {
                    auto& l = model.at(t.lotId);
                    ASSERT_FALSE(core::isExpired(l.expires, today())) << "sold from an expired lot";
                    ASSERT_LE(t.qty.thousandths(), l.onHand);
                    l.onHand -= t.qty.thousandths();
                    sum += t.qty.thousandths();
                }
                ASSERT_EQ(sum, qty.thousandths());
                sales.push_back(Sale{pid, takes});
            } catch (const Conflict&) {
                ASSERT_GT(qty.thousandths(), canSell);
                ++conflicts;
            }
        } else if (op == 5) {  // an overridden short sale, or one that fails later and rolls back
            const auto qty = core::Quantity::fromThousandths(sellable(sku)) + randomQty(sku, 3);
            db::TransactionGuard tx(store.db());
            const auto takes = services::StockLedger(ctx()).takeFefo(admin, pid, qty, db::StockRef{QStringLiteral("sale"), step},
                                                                     services::ShortStock::Unlotted);
            if (pick(0, 1) == 0)
                continue;  // rolled back by the guard: the model stays as it is
            tx.commit();
            for (const auto& t : takes) {
                if (t.lotId == 0)
                    unlotted[sku] -= t.qty.thousandths();
                else
                    model.at(t.lotId).onHand -= t.qty.thousandths();
            }
            sales.push_back(Sale{pid, takes});
        } else if (op == 6 && !sales.empty()) {  // a return or void of an earlier sale
            const auto i = static_cast<std::size_t>(pick(0, static_cast<int>(sales.size()) - 1));
            const Sale sale = sales[i];
            sales.erase(sales.begin() + static_cast<std::ptrdiff_t>(i));
            db::TransactionGuard tx(store.db());
            services::StockLedger(ctx()).putBack(admin, sale.productId, sale.takes,
                                                 pick(0, 1) ? core::MovementKind::Return : core::MovementKind::Void,
                                                 db::StockRef{QStringLiteral("return"), step});
            tx.commit();
            for (const auto& t : sale.takes) {
                if (t.lotId == 0) {
                    unlotted[db::CatalogRepository(store.db()).productById(sale.productId)->sku] += t.qty.thousandths();
                } else {
                    model.at(t.lotId).onHand += t.qty.thousandths();
                }
            }
        } else if (op == 7) {  // a stocktake, by lot or by product
            ++counts;
            const auto lots = lotsOf(sku, false);
            if (pick(0, 1) == 0 && !lots.empty()) {
                const qint64 id = lots[static_cast<std::size_t>(pick(0, static_cast<int>(lots.size()) - 1))];
                auto& l = model.at(id);
                const std::int64_t counted = weighed(sku) ? pick(0, static_cast<int>(l.onHand) + 3000)
                                                          : 1000 * pick(0, static_cast<int>(l.onHand / 1000) + 3);
                services::StocktakeService(ctx()).count(
                    admin, ("code,lot_code,counted_qty\n" + sku + QLatin1Char(',') + l.code + QLatin1Char(',')
                            + QString::fromStdString(core::formatQuantity(core::Quantity::fromThousandths(counted))) + QLatin1Char('\n'))
                               .toUtf8());
                l.onHand = counted;
            } else if (!lots.empty()) {
                std::int64_t total = 0;
                for (const auto id : lots)
                    total += model.at(id).onHand;
                const std::int64_t counted = weighed(sku) ? pick(0, static_cast<int>(total) + 3000)
                                                          : 1000 * pick(0, static_cast<int>(total / 1000) + 3);
                const auto r = services::StocktakeService(ctx()).count(
                    admin, ("code,counted_qty\n" + sku + QLatin1Char(',')
                            + QString::fromStdString(core::formatQuantity(core::Quantity::fromThousandths(counted))) + QLatin1Char('\n'))
                               .toUtf8());
                std::int64_t sum = 0;
                for (const auto& c : r.lots) {
                    ASSERT_EQ(c.expected.thousandths(), model.at(c.lotId).onHand);
                    model.at(c.lotId).onHand = c.counted.thousandths();
                    sum += c.counted.thousandths();
                }
                ASSERT_EQ(sum, counted);
            }
        } else if (op == 8) {  // a write-off
            const auto lots = lotsOf(sku, true);
            if (!lots.empty()) {
                const qint64 id = lots[static_cast<std::size_t>(pick(0, static_cast<int>(lots.size()) - 1))];
                auto& l = model.at(id);
                const std::int64_t qty = weighed(sku) ? pick(1, static_cast<int>(l.onHand))
                                                      : 1000 * pick(1, static_cast<int>(l.onHand / 1000));
                stock.writeOff(admin, sku, l.code, core::Quantity::fromThousandths(qty), QStringLiteral("damaged"));
                l.onHand -= qty;
            }
        } else if (op == 9) {  // a day passes
            store.clock().advanceSecs(24 * 3600);
        }
        if (step % 25 == 0)
            checkAgainstModel(step);
        if (HasFatalFailure())
            return;
    }
    checkAgainstModel(steps);
    // The sequence exercised what it was meant to.
    EXPECT_GT(model.size(), 50u);
    EXPECT_GT(conflicts, 5);
    EXPECT_GT(counts, 10);
    EXPECT_GT(rows(QStringLiteral("stock_movements")), 300);
}
