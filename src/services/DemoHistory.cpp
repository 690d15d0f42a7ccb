#include "DemoHistory.h"

#include "ReturnService.h"
#include "SaleService.h"
#include "ShiftService.h"
#include "core/Errors.h"
#include "core/Logging.h"
#include "db/CatalogRepository.h"
#include "db/Database.h"
#include "db/DemoRepository.h"
#include "db/StockRepository.h"

#include <spdlog/spdlog.h>

#include <map>
#include <random>
#include <set>

namespace ocopos::services {

using core::Money;
using core::Quantity;

namespace {

using DemoProduct = db::DemoProductRow;

/// The seller's dice: std::mt19937 is the same everywhere; the distributions of
/// <random> are not, so draws are plain modulo.
class Dice {
public:
    int below(int n) { return static_cast<int>(m_rng() % static_cast<unsigned>(n)); }
    bool chance(int percent) { return below(100) < percent; }

private:
    std::mt19937 m_rng{20261128};
};

Session userSession(db::Database& db, const char* username, core::Role role)
{
    const auto user = db::DemoRepository(db).activeUser(QString::fromLatin1(username));
    if (!user)
        throw NotFound(std::string("the demo history needs the demo user ") + username);
    Session s;
    s.userId = user->id;
    s.username = QString::fromLatin1(username);
    s.displayName = user->displayName;
    s.role = role;
    return s;
}

std::vector<DemoProduct> activeProducts(db::Database& db)
{
    return db::DemoRepository(db).sellableProducts();
}

/// One goods receipt per owner, dated before the first sale: a lot from each of
/// (up to two of) its member households, else from the owner itself.
int receiveStock(Context ctx, const Session& manager, const std::vector<DemoProduct>& products, const QDateTime& when)
{
    db::TransactionGuard tx(ctx.db);
    db::CatalogRepository catalog(ctx.db);
    db::StockRepository stock(ctx.db);
    const QString at = core::Clock::isoString(when);
    const QDate day = core::Clock::localDate(when);
    std::map<qint64, qint64> receiptOf;
    int lots = 0;
    for (const auto& p : products) {
        auto& receipt = receiptOf[p.ownerId];
        if (receipt == 0) {
            receipt = stock.insertReceipt(QStringLiteral("DEMO-%1").arg(receiptOf.size(), 3, 10, QLatin1Char('0')), p.ownerId,
                                          at, manager.userId, QStringLiteral("demo stock"));
        }
        std::vector<qint64> makers = catalog.memberIds(p.ownerId);
        if (makers.empty())
            makers.push_back(p.ownerId);
        if (makers.size() > 2)
            makers.resize(2);
        for (std::size_t k = 0; k < makers.size(); ++k) {
            const std::int64_t units = p.weighed ? (p.price > 1000000 ? 6 : 30) : p.price < 60000 ? 150 : p.price < 400000 ? 70 : 30;
            const Quantity qty = Quantity::units(units / static_cast<std::int64_t>(makers.size()) + 5);
            db::NewLot lot;
            lot.productId = p.id;
            lot.receiptId = receipt;
            lot.producerId = makers[k];
            lot.lotCode = QStringLiteral("DM%1-%2").arg(day.toString(QStringLiteral("yyMMdd"))).arg(k + 1);
            lot.producedOn = day.addDays(-20);
            lot.expiresOn = day.addDays(p.weighed ? 120 : 400);
            if (p.purchased)
                lot.unitCost = Money(p.price * 7 / 1000 * 100);
            lot.receivedQty = qty;
            lot.receivedAt = at;
            stock.addMovement(db::Movement{p.id, stock.insertLot(lot), core::MovementKind::Receipt, qty, at, manager.userId,
                                           QStringLiteral("demo stock"), db::StockRef{QStringLiteral("goods_receipt"), receipt}});
            ++lots;
        }
    }
    tx.commit();
    return lots;
}

struct Sold {
    QString receiptNo;
    QDate day;
    std::vector<std::pair<QString, Quantity>> lines;
    std::vector<bool> weighed;
};

class Generator {
public:
    explicit Generator(std::vector<DemoProduct> products) : m_products(std::move(products))
    {
        for (std::size_t i = 0; i < m_products.size(); ++i) {
            const auto price = m_products[i].price;
            // Cheap everyday goods sell more often than pearls and coal paintings.
            const int weight = price < 100000 ? 6 : price < 400000 ? 4 : price < 1000000 ? 2 : 1;
            for (int w = 0; w < weight; ++w)
                m_bag.push_back(i);
        }
    }

    SaleRequest randomSale(SaleService& sales)
    {
        SaleRequest r;
        const int n = 1 + (m_dice.chance(55) ? 0 : m_dice.below(4));
        std::set<std::size_t> used;
        for (int i = 0; i < n; ++i) {
            const std::size_t k = m_bag[static_cast<std::size_t>(m_dice.below(static_cast<int>(m_bag.size())))];
            if (!used.insert(k).second)
                continue;
            const DemoProduct& p = m_products[k];
            SaleLineRequest line;
            line.code = p.sku;
            if (p.weighed)
                line.qty = Quantity::fromThousandths(p.price > 1000000 ? 100 + 50 * m_dice.below(9) : 200 + 50 * m_dice.below(27));
            else if (p.price < 20000)
                line.qty = Quantity::units(m_dice.chance(50) ? 6 : 1 + m_dice.below(4));
            else
                line.qty = Quantity::units(m_dice.chance(75) ? 1 : 2 + m_dice.below(2));
            if (m_dice.chance(8))
                line.discount = core::Discount::percent(core::BasisPoints{m_dice.chance(50) ? 500 : 1000});
            r.lines.push_back(line);
        }
        const Money total = sales.preview(r).total;
        if (m_dice.chance(6)) {
            if (total.dong() >= 200000 && m_dice.chance(50))
                r.discount = core::Discount::amount(Money(10000));
            else
                r.discount = core::Discount::percent(core::BasisPoints{500});
        }
        const std::int64_t due = sales.preview(r).total.dong();
        const int how = m_dice.below(100);
        if (how < 55) {
            const std::int64_t steps[] = {1000, 10000, 50000, 100000, 500000};
            const std::int64_t step = steps[m_dice.below(5)];
            r.payments = {core::Payment{core::PaymentMethod::Cash, Money((due + step - 1) / step * step), {}}};
        } else if (how < 75) {
            r.payments = {core::Payment{core::PaymentMethod::Card, Money(due),
                                        QStringLiteral("POS%1").arg(100000 + m_dice.below(900000))}};
        } else if (how < 95 || due < 20000) {
            r.payments = {core::Payment{core::PaymentMethod::BankQr, Money(due), {}}};
        } else {
            const std::int64_t qr = due / 2 / 1000 * 1000;
            r.payments = {core::Payment{core::PaymentMethod::BankQr, Money(qr), {}},
                          core::Payment{core::PaymentMethod::Cash, Money((due - qr + 9999) / 10000 * 10000), {}}};
        }
        return r;
    }

    Dice& dice() { return m_dice; }

private:
    std::vector<DemoProduct> m_products;
    std::vector<std::size_t> m_bag;
    Dice m_dice;
};

} // namespace

DemoHistorySummary loadDemoHistory(Context ctx, int days)
{
    DemoHistorySummary sum;
    const Session cashiers[] = {userSession(ctx.db, "thungan1", core::Role::Cashier),
                                userSession(ctx.db, "thungan2", core::Role::Cashier)};
    const Session manager = userSession(ctx.db, "quanly", core::Role::Manager);
    const auto products = activeProducts(ctx.db);
    if (products.empty())
        return sum;
    const QDate today = ctx.clock.today();
    const QDate first = today.addDays(-days);
    const auto moment = [](QDate d, int minutes) {
        return QDateTime(d, QTime(0, 0), core::Clock::storeZone()).addSecs(static_cast<qint64>(minutes) * 60);
    };

    // The store's own clock, moved through the month; the caller's clock is left alone.
    core::FixedClock clock(moment(first, 7 * 60));
    Context at{ctx.db, clock};
    if (db::DemoRepository(ctx.db).lotCount() == 0)
        sum.lots = receiveStock(at, manager, products, moment(first.addDays(-2), 9 * 60));

    Generator gen(products);
    Dice& dice = gen.dice();
    SaleService sales(at);
    ShiftService shifts(at);
    ReturnService returns(at);
    std::vector<Sold> sold;
    std::set<QString> returned;
    for (int d = 0; d < days; ++d) {
        const QDate day = first.addDays(d);
        const bool weekend = day.dayOfWeek() >= 6;
        const Session& cashier = cashiers[d % 2];
        clock.set(moment(day, 7 * 60 + 45));
        shifts.open(cashier, Money(2000000));
        int minute = 8 * 60;
        const int receipts = (weekend ? 24 : 14) + dice.below(10);
        for (int i = 0; i < receipts; ++i) {
            minute += 10 + dice.below(weekend ? 25 : 40);
            clock.set(moment(day, std::min(minute, 21 * 60 + 30)));
            SaleResult s;
            try {
                s = sales.commit(cashier, gen.randomSale(sales));
            } catch (const Conflict&) {
                continue;  // out of stock (or only expired lots): the customer leaves
            }
            if ((d == days / 6 || d == days * 2 / 3) && i == 3) {
                clock.set(clock.now().addSecs(120));
                sales.voidSale(manager, s.receiptNo);
                ++sum.voided;
                continue;
            }
            ++sum.sales;
            Sold record{s.receiptNo, day, {}, {}};
            for (const auto& l : s.lines) {
                record.lines.emplace_back(l.sku, l.qty);
                record.weighed.push_back(l.soldBy == core::SoldBy::Weight);
            }
            sold.push_back(record);
            // Now and then a customer brings back something bought a few days ago.
            if (d >= 2 && dice.chance(3)) {
                const Sold& back = sold[sold.size() - 1 - static_cast<std::size_t>(dice.below(std::min<int>(60, static_cast<int>(sold.size()))))];
                if (back.day < day && returned.insert(back.receiptNo).second) {
                    const std::size_t k = static_cast<std::size_t>(dice.below(static_cast<int>(back.lines.size())));
                    const Quantity q = back.weighed[k] ? back.lines[k].second : Quantity::units(1);
                    returns.returnItems(manager, back.receiptNo, {{back.lines[k].first, q}}, dice.chance(25),
                                        dice.chance(50) ? QStringLiteral("khách đổi ý") : QStringLiteral("hỏng bao bì"));
                    ++sum.returns;
                }
            }
        }
        clock.set(moment(day, 22 * 60));
        shifts.close(cashier, shifts.xReport(cashier).expectedCash);
    }
    core::logger("sale")->info("demo history: {} sales, {} voided, {} returns over {} days", sum.sales, sum.voided,
                               sum.returns, days);
    return sum;
}

} // namespace ocopos::services
