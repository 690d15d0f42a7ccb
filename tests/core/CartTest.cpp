#include "core/Cart.h"
#include "core/Errors.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

using namespace ocopos;
using namespace ocopos::core;

namespace {
CartLine line(const char* sku, std::int64_t price, std::int64_t qtyThousandths, VatRate vat = VatRate::percent(8),
              Supply supply = Supply::Consignment, std::int64_t commissionBp = 2000, SoldBy soldBy = SoldBy::Unit)
{
    CartLine l;
    l.productId = 1;
    l.sku = QString::fromLatin1(sku);
    l.name = l.sku;
    l.unitPrice = Money(price);
    l.qty = Quantity::fromThousandths(qtyThousandths);
    l.vat = vat;
    l.supply = supply;
    l.commission = BasisPoints{commissionBp};
    l.soldBy = soldBy;
    return l;
}
const BasisPoints kTen{1000};
} // namespace

TEST(Cart, GrossNetVatCommission)
{
    auto c = priceCart({line("NM", 120000, 2000)}, Discount::none(), kTen);
    ASSERT_EQ(c.lines.size(), 1u);
    EXPECT_EQ(c.lines[0].gross.dong(), 240000);
    EXPECT_EQ(c.lines[0].net.dong(), 240000);
    EXPECT_EQ(c.lines[0].vat.dong(), 17778);        // 240000 × 8 / 108 = 17777.78
    EXPECT_EQ(c.lines[0].commission.dong(), 48000);  // 20 %
    EXPECT_EQ(c.lines[0].payout.dong(), 192000);
    EXPECT_EQ(c.total.dong(), 240000);
    EXPECT_FALSE(c.needsOverride());
}

TEST(Cart, WeighedLineRoundsOnce)
{
    // 0.350 kg × 450.000 đ/kg = 157.500 đ; 0.333 kg × 100.001 = 33.300,333 -> 33.300
    auto c = priceCart({line("CM", 450000, 350, VatRate::percent(8), Supply::Consignment, 2000, SoldBy::Weight),
                        line("X", 100001, 333, VatRate::percent(8), Supply::Consignment, 2000, SoldBy::Weight)},
                       Discount::none(), kTen);
    EXPECT_EQ(c.lines[0].gross.dong(), 157500);
    EXPECT_EQ(c.lines[1].gross.dong(), 33300);
}

TEST(Cart, UnitProductsTakeWholeQuantities)
{
    EXPECT_THROW(priceCart({line("NM", 1000, 1500)}, Discount::none(), kTen), ValidationError);
    EXPECT_THROW(priceCart({line("NM", 1000, 0)}, Discount::none(), kTen), ValidationError);
    EXPECT_THROW(priceCart({line("NM", 1000, -1000)}, Discount::none(), kTen), ValidationError);
}

TEST(Cart, LineDiscountPercentAndAmount)
{
    auto l = line("CM", 450000, 350, VatRate::percent(8), Supply::Consignment, 2000, SoldBy::Weight);
    l.discount = Discount::percent(BasisPoints{500});
    auto c = priceCart({l}, Discount::none(), kTen);
    EXPECT_EQ(c.lines[0].lineDiscount.dong(), 7875);  // 5 % of 157.500
    EXPECT_EQ(c.lines[0].net.dong(), 149625);
    l.discount = Discount::amount(Money(157500));
    EXPECT_EQ(priceCart({l}, Discount::none(), kTen).lines[0].net.dong(), 0);
    l.discount = Discount::amount(Money(157501));
    EXPECT_THROW(priceCart({l}, Discount::none(), kTen), ValidationError);
    l.discount = Discount::percent(BasisPoints{10001});
    EXPECT_THROW(priceCart({l}, Discount::none(), kTen), ValidationError);
}

TEST(Cart, SaleDiscountAllocatedByLargestRemainderTiesToEarlier)
{
    // Three equal nets share 10 đ: 4, 3, 3 (ties go to the earlier line).
    auto c = priceCart({line("A", 1000, 1000), line("B", 1000, 1000), line("C", 1000, 1000)},
                       Discount::amount(Money(10)), kTen);
    EXPECT_EQ(c.lines[0].saleDiscount.dong(), 4);
    EXPECT_EQ(c.lines[1].saleDiscount.dong(), 3);
    EXPECT_EQ(c.lines[2].saleDiscount.dong(), 3);
    EXPECT_EQ(c.saleDiscount.dong(), 10);
    EXPECT_EQ(c.total.dong(), 2990);
    // Percent of the sum of line nets: 5 % of 3.000 = 150, 50 each.
    c = priceCart({line("A", 1000, 1000), line("B", 1000, 1000), line("C", 1000, 1000)},
                  Discount::percent(BasisPoints{500}), kTen);
    EXPECT_EQ(c.saleDiscount.dong(), 150);
    EXPECT_EQ(c.lines[2].saleDiscount.dong(), 50);
    EXPECT_THROW(priceCart({line("A", 1000, 1000)}, Discount::amount(Money(1001)), kTen), ValidationError);
}

TEST(Cart, OverrideThresholdJudgesEachDiscountOnItsOwn)
{
    auto a = line("A", 100000, 1000);
    a.discount = Discount::percent(BasisPoints{1000});  // exactly 10 %: not over
    EXPECT_FALSE(priceCart({a}, Discount::none(), kTen).needsOverride());
    a.discount = Discount::percent(BasisPoints{1001});
    EXPECT_TRUE(priceCart({a}, Discount::none(), kTen).needsOverride());
    a.discount = Discount::amount(Money(10000));  // 10 % of 100.000: not over
    EXPECT_FALSE(priceCart({a}, Discount::none(), kTen).needsOverride());
    a.discount = Discount::amount(Money(10001));
    EXPECT_TRUE(priceCart({a}, Discount::none(), kTen).needsOverride());
    // The sale discount is judged against the sum of line nets (after line discounts).
    a.discount = Discount::amount(Money(10000));   // net 90.000
    EXPECT_FALSE(priceCart({a}, Discount::amount(Money(9000)), kTen).needsOverride());
    EXPECT_TRUE(priceCart({a}, Discount::amount(Money(9001)), kTen).needsOverride());
    // Two discounts of 10 % each are each fine although together they are 19 %.
    EXPECT_FALSE(priceCart({a}, Discount::percent(BasisPoints{1000}), kTen).needsOverride());
    EXPECT_EQ(priceCart({a}, Discount::percent(BasisPoints{1001}), kTen).overrideReasons.size(), 1u);
}

TEST(Cart, VatTablePerRateAndKctApart)
{
    auto c = priceCart({line("A", 108000, 1000, VatRate::percent(8)), line("B", 110000, 1000, VatRate::percent(10)),
                        line("C", 50000, 1000, VatRate::kct()), line("D", 20000, 1000, VatRate::percent(0)),
                        line("E", 54000, 1000, VatRate::percent(8))},
                       Discount::none(), kTen);
    ASSERT_EQ(c.vatRows.size(), 4u);
    EXPECT_EQ(c.vatRows[0].rate.code(), "0");
    EXPECT_EQ(c.vatRows[1].rate.code(), "8");
    EXPECT_EQ(c.vatRows[1].amount.dong(), 162000);
    EXPECT_EQ(c.vatRows[1].vat.dong(), 12000);
    EXPECT_EQ(c.vatRows[1].base.dong(), 150000);
    EXPECT_EQ(c.vatRows[2].rate.code(), "10");
    EXPECT_EQ(c.vatRows[3].rate.code(), "KCT");
    EXPECT_EQ(c.vatRows[3].vat.dong(), 0);
}

TEST(Cart, PurchasedGoodsEarnNoPayout)
{
    auto c = priceCart({line("NK", 8000, 3000, VatRate::percent(8), Supply::Purchased)}, Discount::none(), kTen);
    EXPECT_EQ(c.lines[0].commission.dong(), 0);
    EXPECT_EQ(c.lines[0].payout.dong(), 0);
    EXPECT_EQ(c.lines[0].net.dong(), 24000);
}

TEST(Cart, LabelPriceFixesGross)
{
    auto l = line("CM", 450000, 351, VatRate::percent(8), Supply::Consignment, 2000, SoldBy::Weight);
    l.labelPrice = Money(158000);
    EXPECT_EQ(priceCart({l}, Discount::none(), kTen).lines[0].gross.dong(), 158000);
}

TEST(Payments, OnlyCashGivesChange)
{
    auto r = settlePayments(Money(185000), {{PaymentMethod::Cash, Money(200000), {}}});
    EXPECT_EQ(r.change.dong(), 15000);
    r = settlePayments(Money(700000), {{PaymentMethod::BankQr, Money(200000), {}}, {PaymentMethod::Cash, Money(500000), {}}});
    EXPECT_EQ(r.change.dong(), 0);
    r = settlePayments(Money(650000), {{PaymentMethod::BankQr, Money(200000), {}}, {PaymentMethod::Cash, Money(500000), {}}});
    EXPECT_EQ(r.change.dong(), 50000);
    EXPECT_THROW(settlePayments(Money(100), {{PaymentMethod::Card, Money(101), {}}}), ValidationError);
    EXPECT_THROW(settlePayments(Money(100), {{PaymentMethod::Card, Money(60), {}}, {PaymentMethod::BankQr, Money(60), {}}}),
                 ValidationError);
    EXPECT_THROW(settlePayments(Money(100), {{PaymentMethod::Cash, Money(99), {}}}), Conflict);
    EXPECT_THROW(settlePayments(Money(100), {{PaymentMethod::Cash, Money(0), {}}}), ValidationError);
    EXPECT_THROW(settlePayments(Money(100), {}), Conflict);
    EXPECT_EQ(settlePayments(Money(0), {}).change.dong(), 0);
}

TEST(Cart, ProportionAndLotSplit)
{
    EXPECT_EQ(proportion(Money(236850), Quantity::units(1), Quantity::units(3)).dong(), 78950);
    EXPECT_EQ(proportion(Money(100), Quantity::units(1), Quantity::units(3)).dong(), 33);
    EXPECT_EQ(proportion(Money(101), Quantity::units(1), Quantity::units(2)).dong(), 51);  // 50.5 half-up
    const auto parts = splitOverQuantities(Money(100), {Quantity::units(1), Quantity::units(1), Quantity::units(1)});
    EXPECT_EQ(parts[0].dong(), 34);
    EXPECT_EQ(parts[2].dong(), 33);
}

// Thousands of random carts: every sum adds up exactly.
TEST(Cart, RandomCartsAddUpExactly)
{
    std::mt19937_64 rng(42);
    const VatRate rates[] = {VatRate::percent(0), VatRate::percent(5), VatRate::percent(8), VatRate::percent(10),
                             VatRate::kct()};
    for (int round = 0; round < 3000; ++round) {
        std::vector<CartLine> lines;
        const auto n = 1 + rng() % 10;
        for (std::size_t i = 0; i < n; ++i) {
            const bool weighed = rng() % 3 == 0;
            auto l = line("X", 1000 + static_cast<std::int64_t>(rng() % 3'000'000),
                          weighed ? 1 + static_cast<std::int64_t>(rng() % 5000) : 1000 * (1 + static_cast<std::int64_t>(rng() % 5)),
                          rates[rng() % 5], rng() % 4 == 0 ? Supply::Purchased : Supply::Consignment,
                          static_cast<std::int64_t>(rng() % 10001), weighed ? SoldBy::Weight : SoldBy::Unit);
            if (rng() % 3 == 0)
                l.discount = Discount::percent(BasisPoints{static_cast<std::int64_t>(rng() % 3000)});
            lines.push_back(l);
        }
        const Discount sale = rng() % 2 ? Discount::percent(BasisPoints{static_cast<std::int64_t>(rng() % 2000)})
                                        : Discount::amount(Money(static_cast<std::int64_t>(rng() % 1000)));
        PricedCart c;
        try {
            c = priceCart(lines, sale, kTen);
        } catch (const ValidationError&) {
            continue;  // an amount discount larger than the cart
        }
        Money nets, allocated, vat, gross, lineDisc;
        for (const auto& pl : c.lines) {
            ASSERT_EQ(pl.net, pl.gross - pl.lineDiscount - pl.saleDiscount);
            ASSERT_FALSE(pl.net.isNegative());
            ASSERT_EQ(pl.net, pl.commission + pl.payout + (pl.payout.isZero() && pl.commission.isZero() ? pl.net : Money(0)));
            nets += pl.net;
            allocated += pl.saleDiscount;
            vat += pl.vat;
            gross += pl.gross;
            lineDisc += pl.lineDiscount;
        }
        ASSERT_EQ(nets, c.total);
        ASSERT_EQ(allocated, c.saleDiscount);
        ASSERT_EQ(gross, c.gross);
        ASSERT_EQ(lineDisc, c.lineDiscounts);
        ASSERT_EQ(c.gross - c.lineDiscounts - c.saleDiscount, c.total);
        Money rowVat, rowAmount;
        std::map<std::string, Money> perRate;
        for (std::size_t i = 0; i < lines.size(); ++i)
            perRate[lines[i].vat.code()] += c.lines[i].vat;
        for (const auto& r : c.vatRows) {
            ASSERT_EQ(perRate[r.rate.code()], r.vat);
            ASSERT_EQ(r.amount - r.vat, r.base);
            rowVat += r.vat;
            rowAmount += r.amount;
        }
        ASSERT_EQ(rowVat, vat);
        ASSERT_EQ(rowAmount, c.total);
        // Lot amounts add up to the line net for any split.
        for (const auto& pl : c.lines) {
            std::vector<Quantity> q;
            for (int k = 0; k < 1 + static_cast<int>(rng() % 4); ++k)
                q.push_back(Quantity::fromThousandths(1 + static_cast<std::int64_t>(rng() % 3000)));
            Money sum;
            for (auto m : splitOverQuantities(pl.net, q))
                sum += m;
            ASSERT_EQ(sum, pl.net);
        }
    }
}
