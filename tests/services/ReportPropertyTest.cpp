// Property: over a random store history (fixed seed) every grouping of the sales
// report adds up to the same totals, and those equal what the sale engine
// returned — Σ sales − Σ voided − Σ returns, counted on their days — for the
// whole store, for sub-periods and for one cooperative's scope.
#include "ReportFixture.h"

#include "services/ReportService.h"

#include <map>
#include <random>

using namespace ocopos;
using namespace ocopos::services;
using namespace ocopos::test;
using core::Money;

namespace {

struct Sums {
    std::int64_t gross = 0, discount = 0, net = 0, vat = 0, returns = 0, commission = 0, payout = 0, sales = 0;
    bool operator==(const Sums&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Sums& s)
{
    return os << "{gross " << s.gross << ", discount " << s.discount << ", net " << s.net << ", vat " << s.vat
              << ", returns " << s.returns << ", commission " << s.commission << ", payout " << s.payout << ", sales "
              << s.sales << "}";
}

Sums of(const SalesFigures& f)
{
    return {f.gross.dong(), f.discount.dong(), f.net.dong(), f.vat.dong(), f.returns.dong(), f.commission.dong(),
            f.payout.dong(), f.sales};
}

/// What the engine said happened, by day and owner.
struct Event {
    QDate day;
    QString owner;
    Sums s;
    qint64 saleId = 0;  ///< for receipt counts
};

class ReportProperty : public ReportFixture {
protected:
    std::mt19937 rng{20261128};
    std::vector<Event> events;
    std::vector<SaleResult> sold;  ///< completed (not voided), for returns
    std::map<QString, std::int64_t> returnedOf;

    int pick(int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); }

    void record(const SaleResult& s, int sign)
    {
        const QDate day = core::Clock::localDate(s.time);
        std::map<QString, Sums> byOwner;
        for (const auto& l : s.lines) {
            auto& e = byOwner[l.ownerCode];
            e.gross += sign * l.gross.dong();
            e.discount += sign * (l.discount + l.saleDiscount).dong();
            e.net += sign * l.net.dong();
            e.vat += sign * l.vat.dong();
            e.commission += sign * l.commission.dong();
            e.payout += sign * l.payout.dong();
        }
        for (auto& [owner, e] : byOwner)
            events.push_back({day, owner, e, sign > 0 ? s.saleId : -s.saleId});
    }

    void record(const ReturnResult& r, const SaleResult& sale)
    {
        for (const auto& l : r.lines) {
            QString owner;
            for (const auto& sl : sale.lines)
                if (sl.lineNo == l.saleLineNo)
                    owner = sl.ownerCode;
            Sums e;
            e.net = -l.refund.dong();
            e.returns = l.refund.dong();
            e.vat = -l.vat.dong();
            e.commission = -l.commission.dong();
            e.payout = -l.payout.dong();
            events.push_back({core::Clock::localDate(r.time), owner, e, 0});
        }
    }

    Sums expected(QDate from, QDate to, const QString& owner = QString())
    {
        Sums t;
        std::map<qint64, int> receipts;
        for (const auto& e : events) {
            if (e.day < from || e.day > to || (!owner.isEmpty() && e.owner != owner))
                continue;
            t.gross += e.s.gross;
            t.discount += e.s.discount;
            t.net += e.s.net;
            t.vat += e.s.vat;
            t.returns += e.s.returns;
            t.commission += e.s.commission;
            t.payout += e.s.payout;
            if (e.saleId != 0)
                receipts[std::abs(e.saleId)] += e.saleId > 0 ? 1 : -1;
        }
        for (const auto& [id, n] : receipts)
            t.sales += n > 0 ? 1 : 0;
        return t;
    }

    SaleLineRequest randomLine()
    {
        static const char* skus[] = {"NM-500", "CM-KG", "TRA-50", "RUOU-500", "NK-500", "GA-KG"};
        const QString sku = QString::fromLatin1(skus[pick(6)]);
        QString qty = sku.endsWith(QLatin1String("KG")) ? QStringLiteral("0.%1").arg(100 + pick(900))
                                                       : QString::number(1 + pick(3));
        SaleLineRequest l = saleLine(sku, qty);
        if (pick(5) == 0)  // within the 10 % a cashier may give alone
            l.discount = core::Discount::percent(core::BasisPoints{25 * (1 + pick(40))});
        return l;
    }

    void randomSale(const Session& cashier)
    {
        SaleRequest r;
        const int n = 1 + pick(4);
        for (int i = 0; i < n; ++i)
            r.lines.push_back(randomLine());
        if (pick(6) == 0) {
            const std::int64_t max = SaleService(store.ctx()).preview(r).total.dong() / 10;
            r.discount = pick(2) ? core::Discount::percent(core::BasisPoints{50 * (1 + pick(20))})
                                 : core::Discount::amount(Money(max / (1 + pick(3))));
        }
        const Money total = SaleService(store.ctx()).preview(r).total;
        switch (pick(5)) {
        case 0:
            r.payments = {pay(core::PaymentMethod::Card, total.dong())};
            break;
        case 1:
            r.payments = {pay(core::PaymentMethod::BankQr, total.dong())};
            break;
        case 2:
            if (total.dong() > 3) {
                r.payments = {pay(core::PaymentMethod::Card, total.dong() / 3), cash(total.dong())};
                break;
            }
            [[fallthrough]];
        default:
            r.payments = {cash(total.dong() + 1000 * pick(50))};
        }
        const SaleResult s = SaleService(store.ctx()).commit(cashier, r);
        record(s, +1);
        if (pick(15) == 0) {
            SaleService(store.ctx()).voidSale(manager, s.receiptNo);
            record(s, -1);
        } else {
            sold.push_back(s);
        }
    }

    void randomReturn()
    {
        if (sold.empty())
            return;
        const SaleResult& sale = sold[static_cast<std::size_t>(pick(static_cast<int>(sold.size())))];
        const auto& line = sale.lines[static_cast<std::size_t>(pick(static_cast<int>(sale.lines.size())))];
        const QString key = sale.receiptNo + line.sku;
        // Whole units for unit products; weighed lines come back whole.
        std::int64_t already = 0;
        for (const auto& l : sale.lines)
            if (l.sku == line.sku)
                already += l.qty.thousandths();
        already -= returnedOf[key];
        if (already <= 0)
            return;
        std::int64_t q = line.soldBy == core::SoldBy::Weight ? already : 1000 * (1 + pick(static_cast<int>(already / 1000)));
        q = std::min(q, already);
        const auto r = ReturnService(store.ctx()).returnItems(manager, sale.receiptNo,
                                                              {{line.sku, core::Quantity::fromThousandths(q)}}, pick(4) == 0);
        returnedOf[key] += q;
        record(r, sale);
    }

    void makeRandomHistory(int days)
    {
        at("2026-09-30T08:00:00+07:00");
        const char* producersOf[][2] = {{"NM-500", "HO-A1"}, {"NM-500", "HO-A2"}, {"CM-KG", "HO-A2"}, {"CM-KG", "HTX-A"},
                                        {"TRA-50", "HO-B1"}, {"RUOU-500", "HO-B1"}, {"RUOU-500", "HTX-B"}, {"NK-500", "DN-C"},
                                        {"GA-KG", "HTX-B"}, {"GA-KG", "HO-B1"}};
        // Small lots, so that lines often span two of them.
        for (int k = 0; k < 40; ++k)
            for (const auto& [sku, producer] : producersOf)
                addLot(store, QString::fromLatin1(sku), QStringLiteral("P%1-%2").arg(k).arg(QString::fromLatin1(producer)),
                       QString::fromLatin1(producer), QString::fromLatin1(QByteArray(sku).endsWith("KG") ? "2.5" : "3"));
        const Session cashiers[] = {thu, ngan};
        for (int d = 0; d < days; ++d) {
            const QDate day = QDate(2026, 10, 1).addDays(d);
            store.clock().set(QDateTime(day, QTime(8, 0), core::Clock::storeZone()));
            const Session& cashier = cashiers[pick(2)];
            openShift(cashier);
            const int sales = 3 + pick(8);
            for (int i = 0; i < sales; ++i) {
                store.clock().advanceSecs(600 + pick(1800));
                randomSale(cashier);
                if (pick(6) == 0)
                    randomReturn();
            }
            closeShift(cashier);
        }
    }

    void expectAllGroupingsAgree(const Session& who, QDate from, QDate to, const Sums& want)
    {
        for (auto by : {SalesGrouping::Day, SalesGrouping::Product, SalesGrouping::Category, SalesGrouping::Vat,
                        SalesGrouping::Payment, SalesGrouping::Cashier, SalesGrouping::Producer, SalesGrouping::Owner}) {
            SCOPED_TRACE(toCode(by).toStdString() + " " + from.toString(Qt::ISODate).toStdString() + " – "
                         + to.toString(Qt::ISODate).toStdString());
            const SalesReport r = ReportService(store.ctx()).sales(who, from, to, by);
            Sums rows;
            for (const auto& row : r.rows) {
                const Sums s = of(row.figures);
                rows.gross += s.gross;
                rows.discount += s.discount;
                rows.net += s.net;
                rows.vat += s.vat;
                rows.returns += s.returns;
                rows.commission += s.commission;
                rows.payout += s.payout;
            }
            Sums totals = of(r.totals);
            EXPECT_EQ(totals, want);
            rows.sales = want.sales;  // receipts spread over rows: compared below where they partition
            EXPECT_EQ(rows, want);
            if (by == SalesGrouping::Day || by == SalesGrouping::Cashier) {
                std::int64_t receipts = 0;
                for (const auto& row : r.rows)
                    receipts += row.figures.sales;
                EXPECT_EQ(receipts, want.sales);
            }
        }
    }
};

} // namespace

TEST_F(ReportProperty, EveryGroupingAddsUpToTheEngineTotals)
{
    makeRandomHistory(20);
    ASSERT_GT(events.size(), 100u);
    const Sums all = expected(QDate(2026, 10, 1), QDate(2026, 10, 31));
    EXPECT_EQ(all.net, all.gross - all.discount - all.returns);
    EXPECT_GT(all.returns, 0);
    expectAllGroupingsAgree(manager, QDate(2026, 10, 1), QDate(2026, 10, 31), all);
    // Sub-periods cut through returns of earlier sales.
    std::mt19937 periods(7);
    for (int i = 0; i < 3; ++i) {
        const QDate a = QDate(2026, 10, 1).addDays(static_cast<int>(periods() % 20));
        const QDate b = a.addDays(static_cast<int>(periods() % 8));
        expectAllGroupingsAgree(manager, a, b, expected(a, b));
    }
    // A cooperative's scope is exactly its own lines.
    expectAllGroupingsAgree(coopA, QDate(2026, 10, 1), QDate(2026, 10, 31),
                            expected(QDate(2026, 10, 1), QDate(2026, 10, 31), QStringLiteral("HTX-A")));
    expectAllGroupingsAgree(coopB, QDate(2026, 10, 5), QDate(2026, 10, 12),
                            expected(QDate(2026, 10, 5), QDate(2026, 10, 12), QStringLiteral("HTX-B")));
}
