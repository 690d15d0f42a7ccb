#pragma once

#include "Domain.h"
#include "Money.h"
#include "Quantity.h"
#include "Vat.h"

#include <QString>

#include <optional>
#include <vector>

namespace ocopos::core {

/// A discount as the cashier typed it: a percent (basis points, ≤ 100 %) or an amount.
struct Discount {
    enum class Kind { None, Percent, Amount };
    Kind kind = Kind::None;
    std::int64_t value = 0;  ///< basis points, or đồng

    static Discount none() { return {}; }
    static Discount percent(BasisPoints bp) { return {Kind::Percent, bp.bp}; }
    static Discount amount(Money m) { return {Kind::Amount, m.dong()}; }
    bool isNone() const { return kind == Kind::None || value == 0; }
};

/// One line as it enters pricing: the product's data at the time of sale
/// (the attribution snapshot) and what the cashier asked for.
struct CartLine {
    qint64 productId = 0;
    QString sku;
    QString name;
    QString unit;
    QString category;
    SoldBy soldBy = SoldBy::Unit;
    Money unitPrice;                 ///< VAT included; per unit or per kg
    VatRate vat = VatRate::percent(10);
    Quantity qty;
    Discount discount;
    /// A price-embedded scale label fixes the line's gross.
    std::optional<Money> labelPrice;
    qint64 ownerId = 0;
    QString ownerCode;
    Supply supply = Supply::Consignment;
    BasisPoints commission;          ///< the percent that applies (product, owner or store default)
};

struct PricedLine {
    Money gross;
    Money lineDiscount;
    Money saleDiscount;  ///< this line's share of the sale discount
    Money net;           ///< gross − line discount − sale discount
    Money vat;           ///< round(net × r / (100 + r))
    Money commission;    ///< consignment only
    Money payout;        ///< consignment: net − commission; purchased: 0
};

struct VatRow {
    VatRate rate = VatRate::percent(0);
    Money amount;  ///< Σ line nets at that rate (VAT included)
    Money vat;     ///< Σ line VAT
    Money base;    ///< amount − vat
};

struct PricedCart {
    std::vector<PricedLine> lines;
    Money gross;
    Money lineDiscounts;
    Money saleDiscount;
    Money total;         ///< Σ line nets
    Money vat;           ///< Σ line VAT
    std::vector<VatRow> vatRows;  ///< 0, 5, 8, 10, then KCT
    /// Discounts above the store's threshold, one sentence each; a manager must approve.
    std::vector<QString> overrideReasons;
    bool needsOverride() const { return !overrideReasons.empty(); }
};

/// Prices a cart by docs/RULES.md §3: gross = round(price × qty) (or the label's price),
/// line discount, sale discount allocated over line nets by largest remainder (ties
/// to the earlier line), VAT per line and per rate, commission and payout.
/// Throws ValidationError (with line = 1-based cart line) for a fractional quantity of
/// a unit product, a non-positive quantity, a percent over 100 or an amount over
/// what it discounts. Pure.
PricedCart priceCart(const std::vector<CartLine>& lines, const Discount& saleDiscount, BasisPoints overrideThreshold);

struct Payment {
    PaymentMethod method = PaymentMethod::Cash;
    Money amount;
    QString reference;  ///< card slip number, optional
};

struct PaymentOutcome {
    Money paid;
    Money change;
};

/// Checks payments against the total: every amount positive; non-cash payments
/// together never more than the total (only cash gives change); paid ≥ total
/// (Conflict "payment short" otherwise). Pure.
PaymentOutcome settlePayments(Money total, const std::vector<Payment>& payments);

/// Splits `amount` over lot quantities in proportion, by largest remainder.
std::vector<Money> splitOverQuantities(Money amount, const std::vector<Quantity>& qtys);

/// round(value × part / whole), for refunds of part of a line.
Money proportion(Money value, Quantity part, Quantity whole);

} // namespace ocopos::core
