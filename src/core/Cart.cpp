#include "Cart.h"

#include "Arithmetic.h"
#include "ErrorCodes.h"

#include <map>

namespace ocopos::core {

namespace {
std::string lineField(std::size_t i, const char* field) { return "lines[" + std::to_string(i + 1) + "]." + field; }

Money applyDiscount(const Discount& d, Money base, const std::string& field)
{
    switch (d.kind) {
    case Discount::Kind::None:
        return Money(0);
    case Discount::Kind::Percent:
        if (d.value < 0 || d.value > 10000)
            throw ValidationError(field, "a percent discount is between 0 and 100");
        return Money(mulDivRound(base.dong(), d.value, 10000));
    case Discount::Kind::Amount:
        if (d.value < 0)
            throw ValidationError(field, "a discount cannot be negative");
        if (d.value > base.dong())
            throw ValidationError(field, "the discount " + formatVnd(Money(d.value)) + " is more than the "
                                             + formatVnd(base) + " it applies to");
        return Money(d.value);
    }
    return Money(0);
}

/// Over the threshold? A percent is judged as typed; an amount against its base.
/// Exactly the threshold is not over.
bool overThreshold(const Discount& d, Money discount, Money base, BasisPoints threshold)
{
    if (d.isNone())
        return false;
    if (d.kind == Discount::Kind::Percent)
        return d.value > threshold.bp;
    return static_cast<Int128>(discount.dong()) * 10000 > static_cast<Int128>(threshold.bp) * base.dong();
}
} // namespace

PricedCart priceCart(const std::vector<CartLine>& lines, const Discount& saleDiscount, BasisPoints threshold)
{
    PricedCart cart;
    cart.lines.resize(lines.size());
    std::vector<std::int64_t> nets;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const CartLine& in = lines[i];
        PricedLine& out = cart.lines[i];
        if (!in.qty.isPositive())
            throw ValidationError(lineField(i, "qty"), "must be more than 0", static_cast<int>(i + 1));
        if (in.soldBy == SoldBy::Unit && !in.qty.isWhole())
            throw ValidationError(lineField(i, "qty"), in.sku.toStdString() + " is sold by unit: whole quantities only",
                                  static_cast<int>(i + 1));
        out.gross = in.labelPrice ? *in.labelPrice : Money(mulDivRound(in.unitPrice.dong(), in.qty.thousandths(), 1000));
        out.lineDiscount = applyDiscount(in.discount, out.gross, lineField(i, "discount"));
        if (overThreshold(in.discount, out.lineDiscount, out.gross, threshold))
            cart.overrideReasons.push_back(QStringLiteral("line %1 (%2): discount %3 of %4")
                                               .arg(i + 1)
                                               .arg(in.sku, QString::fromStdString(formatVnd(out.lineDiscount)),
                                                    QString::fromStdString(formatVnd(out.gross))));
        nets.push_back((out.gross - out.lineDiscount).dong());
        cart.gross += out.gross;
        cart.lineDiscounts += out.lineDiscount;
    }
    Money sumNets;
    for (auto n : nets)
        sumNets += Money(n);
    cart.saleDiscount = applyDiscount(saleDiscount, sumNets, "discount");
    if (overThreshold(saleDiscount, cart.saleDiscount, sumNets, threshold))
        cart.overrideReasons.push_back(QStringLiteral("sale discount %1 of %2")
                                           .arg(QString::fromStdString(formatVnd(cart.saleDiscount)),
                                                QString::fromStdString(formatVnd(sumNets))));
    const auto shares = allocateLargestRemainder(cart.saleDiscount.dong(), nets);
    std::map<VatRate, VatRow> rows;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const CartLine& in = lines[i];
        PricedLine& out = cart.lines[i];
        out.saleDiscount = Money(shares[i]);
        out.net = Money(nets[i]) - out.saleDiscount;
        out.vat = in.vat.vatIncludedIn(out.net);
        if (in.supply == Supply::Consignment) {
            out.commission = Money(mulDivRound(out.net.dong(), in.commission.bp, 10000));
            out.payout = out.net - out.commission;
        }
        cart.total += out.net;
        cart.vat += out.vat;
        VatRow& row = rows.try_emplace(in.vat, VatRow{in.vat, {}, {}, {}}).first->second;
        row.amount += out.net;
        row.vat += out.vat;
        row.base = row.amount - row.vat;
    }
    for (auto& [rate, row] : rows)
        cart.vatRows.push_back(row);
    return cart;
}

PaymentOutcome settlePayments(Money total, const std::vector<Payment>& payments)
{
    Money paid;
    Money nonCash;
    for (std::size_t i = 0; i < payments.size(); ++i) {
        const auto& p = payments[i];
        if (!p.amount.isNegative() && !p.amount.isZero()) {
            paid += p.amount;
            if (p.method != PaymentMethod::Cash)
                nonCash += p.amount;
        } else {
            throw ValidationError("payments[" + std::to_string(i + 1) + "].amount", "must be more than 0");
        }
    }
    if (nonCash > total)
        throw ValidationError("payments", "card and bank transfer together (" + formatVnd(nonCash)
                                              + ") cannot exceed the amount due (" + formatVnd(total)
                                              + "): only cash gives change");
    if (paid < total)
        throw Conflict(codes::paymentShort, "payment short: " + formatVnd(paid) + " paid of " + formatVnd(total) + " due",
                       {{"paid", std::to_string(paid.dong())}, {"due", std::to_string(total.dong())}});
    return PaymentOutcome{paid, paid - total};
}

std::vector<Money> splitOverQuantities(Money amount, const std::vector<Quantity>& qtys)
{
    std::vector<std::int64_t> w;
    w.reserve(qtys.size());
    for (const auto& q : qtys)
        w.push_back(q.thousandths());
    std::vector<Money> out;
    for (auto v : allocateLargestRemainder(amount.dong(), w))
        out.emplace_back(v);
    return out;
}

Money proportion(Money value, Quantity part, Quantity whole)
{
    return Money(mulDivRound(value.dong(), part.thousandths(), whole.thousandths()));
}

} // namespace ocopos::core
