#pragma once

#include "Session.h"

#include "core/Money.h"
#include "core/Quantity.h"
#include "db/ReportRepository.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

// How the reports count (decisions, so that every screen and export agrees):
// - A sale counts on its store-local day, a return on the day it is made
//   (docs/RULES.md §6), against the groups of the line it returns (its product,
//   owner, lot producers, cashier who sold it). Voided sales count nowhere.
// - gross and discount are those of the sales rung up in the period and are not
//   reduced by returns; returns is the net refunded; net = gross − discount −
//   returns; VAT, commission and payout have the returns' shares subtracted.
// - By payment: a receipt paid by several methods is split between them in
//   proportion to what each took (cash net of change), exactly (cumulative
//   rounding), so a method's net before returns is the money it took. Refunds
//   are paid in cash (cli.md `return`), so every return is in the cash row,
//   whatever paid for the sale: the rows say what each method brought in.
// - By lot producer: the net per lot is the sale engine's allocation; gross,
//   discount, VAT and commission are split over the lots the same exact way.
// - Every grouping splits each line exactly, so Σ rows = totals for amounts;
//   `sales` (receipts) is not additive: a receipt in two rows counts in both.

namespace ocopos::services {

using SalesGrouping = db::SalesGrouping;

/// `day`, `product`, `category`, `vat`, `payment`, `cashier`, `producer`, `owner`
/// (cli.md `report sales --by`); nullopt for anything else.
std::optional<SalesGrouping> salesGroupingFromCode(const QString& code);
QString toCode(SalesGrouping by);
/// The name of a row's key in the JSON and CSV of cli.md: `day`, `sku`,
/// `category`, `vat_rate`, `method`, `cashier`, `producer`, `owner`.
QString keyName(SalesGrouping by);

/// The figures of a report row or of its totals. Returns are counted on the day
/// they happen and already subtracted: gross and discount are those of the
/// sales rung up in the period, returns is the net refunded in it, and
/// net = gross − discount − returns; VAT, commission and payout are net of the
/// returns' VAT, commission and payout.
struct SalesFigures {
    std::optional<core::Quantity> qty;  ///< sold − returned; by product only (units differ otherwise)
    core::Money gross;
    core::Money discount;
    core::Money net;
    core::Money vat;
    core::Money returns;
    core::Money commission;
    core::Money payout;
    qint64 sales = 0;        ///< receipts (completed; voided excluded)
    core::Money unlotted;    ///< net sold from "unlotted" allocations (manager overrides), flagged
};

struct SalesRow {
    QString key;    ///< "" for lines without a category
    QString label;  ///< product, producer, owner or cashier name; empty otherwise
    SalesFigures figures;
};

struct SalesReport {
    QDate from;
    QDate to;
    SalesGrouping by = SalesGrouping::Day;
    std::vector<SalesRow> rows;
    /// Σ rows for the amounts (every grouping splits each line exactly); sales
    /// is the number of receipts, which a receipt spread over several rows
    /// counts once.
    SalesFigures totals;
    /// The owner a cooperative user's report is limited to (empty: the whole store).
    QString scopeOwner;
};

/// A product's stock and what it is worth.
struct StockRow {
    QString sku, name, unit, ownerCode, category;
    core::Supply supply = core::Supply::Consignment;
    core::Money price;          ///< today's retail price, VAT included (per unit or kg)
    core::Quantity onHand;      ///< Σ its lots
    int lots = 0;
    std::optional<core::Money> costValue;  ///< Σ lot on hand × unit cost, when any lot has a cost
    core::Quantity uncosted;    ///< on hand in lots without a unit cost
    core::Money retailValue;    ///< on hand × today's price
    /// The stock's value to the store: at cost for purchased goods (the store
    /// owns them), at retail for consignment (the producer's goods, owed at sale).
    core::Money value;
};

struct StockReport {
    std::vector<StockRow> rows;  ///< by name, Vietnamese collation
    core::Money purchasedAtCost;     ///< Σ value of purchased products
    core::Money consignmentAtRetail; ///< Σ value of consignment products
    core::Money retailValue;         ///< Σ retail value of everything
    core::Money value;               ///< purchasedAtCost + consignmentAtRetail
    QString scopeOwner;
};

struct MovementEntry {
    QString at;  ///< ISO 8601 with offset
    QString kind;
    QString lotCode;       ///< empty: the "unlotted" share of an overridden sale
    QString producerCode;  ///< the lot's producer
    QString user;
    QString reason;
    QString refType;
    QString reference;     ///< receipt, return or goods receipt number
    core::Quantity qty;    ///< signed
    core::Quantity balance;  ///< on hand in lots after it
};

struct MovementHistory {
    QString sku, name, unit;
    std::vector<MovementEntry> entries;  ///< oldest first
};

/// Sales reports, best sellers, stock value and movement history, computed by
/// SQL over the sale-line snapshots and lot allocations (never today's product
/// data). Readable by a manager; a cooperative user sees only its own (DataScope).
class ReportService {
public:
    explicit ReportService(Context ctx) : m_ctx(ctx) {}

    /// Sales over [from, to] (store-local days, inclusive) grouped one way,
    /// voided sales excluded, returns subtracted on their day. Rows are sorted:
    /// days and VAT rates in order, methods cash/card/bank_qr, names in
    /// Vietnamese collation. Throws AuthError (role), ValidationError (dates).
    SalesReport sales(const Session& actor, const QDate& from, const QDate& to, SalesGrouping by);

    /// The products with the highest net over the period (ties: quantity, SKU).
    std::vector<SalesRow> bestSellers(const Session& actor, const QDate& from, const QDate& to, int limit = 10);

    /// On hand and value per product (active products, and any other with stock).
    StockReport stock(const Session& actor);

    /// The stock ledger of one product (SKU or barcode) with its running balance,
    /// optionally within days. Throws NotFound, AuthError (another's product).
    MovementHistory movements(const Session& actor, const QString& productCode,
                              std::optional<QDate> from = std::nullopt, std::optional<QDate> to = std::nullopt);

private:
    Context m_ctx;
};

} // namespace ocopos::services
