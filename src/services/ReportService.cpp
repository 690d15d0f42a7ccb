#include "ReportService.h"

#include "ReportScope.h"
#include "core/Arithmetic.h"
#include "core/Errors.h"
#include "core/Vat.h"
#include "core/VietText.h"
#include "db/CatalogRepository.h"

#include <algorithm>
#include <array>

namespace ocopos::services {

using core::Money;
using core::Quantity;

namespace {

struct GroupingName {
    SalesGrouping by;
    const char* code;
    const char* key;
};
constexpr std::array<GroupingName, 8> kGroupings{{{SalesGrouping::Day, "day", "day"},
                                                  {SalesGrouping::Product, "product", "sku"},
                                                  {SalesGrouping::Category, "category", "category"},
                                                  {SalesGrouping::Vat, "vat", "vat_rate"},
                                                  {SalesGrouping::Payment, "payment", "method"},
                                                  {SalesGrouping::Cashier, "cashier", "cashier"},
                                                  {SalesGrouping::Producer, "producer", "producer"},
                                                  {SalesGrouping::Owner, "owner", "owner"}}};

int methodRank(const QString& m)
{
    const QStringList order{QStringLiteral("cash"), QStringLiteral("card"), QStringLiteral("bank_qr")};
    const auto i = order.indexOf(m);
    return i < 0 ? 99 : static_cast<int>(i);
}

bool byName(const SalesRow& a, const SalesRow& b)
{
    const int c = core::compareVietnamese(a.label.isEmpty() ? a.key : a.label, b.label.isEmpty() ? b.key : b.label);
    return c != 0 ? c < 0 : a.key < b.key;
}

void sortRows(std::vector<SalesRow>& rows, SalesGrouping by)
{
    switch (by) {
    case SalesGrouping::Day:
        std::sort(rows.begin(), rows.end(), [](const SalesRow& a, const SalesRow& b) { return a.key < b.key; });
        break;
    case SalesGrouping::Vat:
        std::sort(rows.begin(), rows.end(), [](const SalesRow& a, const SalesRow& b) {
            return core::VatRate::parse(a.key.toStdString()) < core::VatRate::parse(b.key.toStdString());
        });
        break;
    case SalesGrouping::Payment:
        std::sort(rows.begin(), rows.end(),
                  [](const SalesRow& a, const SalesRow& b) { return methodRank(a.key) < methodRank(b.key); });
        break;
    case SalesGrouping::Category:
    case SalesGrouping::Product:
    case SalesGrouping::ProductSupply:
    case SalesGrouping::Cashier:
    case SalesGrouping::Producer:
    case SalesGrouping::Owner:
        std::sort(rows.begin(), rows.end(), byName);
        break;
    }
}

SalesRow toRow(const db::SalesGroupRow& g, bool withQty)
{
    SalesRow r;
    r.key = g.key;
    r.label = g.label;
    auto& f = r.figures;
    if (withQty)
        f.qty = Quantity::fromThousandths(g.qty);
    f.gross = Money(g.gross);
    f.discount = Money(g.discount);
    f.net = Money(g.net);
    f.vat = Money(g.vat);
    f.returns = Money(g.returns);
    f.commission = Money(g.commission);
    f.payout = Money(g.payout);
    f.sales = g.sales;
    f.unlotted = Money(g.unlotted);
    return r;
}

QString ownerCode(Context& ctx, std::optional<qint64> id)
{
    if (!id)
        return QString();
    const auto p = db::CatalogRepository(ctx.db).producerById(*id);
    return p ? p->code : QString();
}

} // namespace

std::optional<SalesGrouping> salesGroupingFromCode(const QString& code)
{
    for (const auto& g : kGroupings)
        if (code == QLatin1String(g.code))
            return g.by;
    return std::nullopt;
}

QString toCode(SalesGrouping by)
{
    for (const auto& g : kGroupings)
        if (g.by == by)
            return QString::fromLatin1(g.code);
    return QStringLiteral("product_supply");
}

QString keyName(SalesGrouping by)
{
    for (const auto& g : kGroupings)
        if (g.by == by)
            return QString::fromLatin1(g.key);
    return QStringLiteral("sku");
}

SalesReport ReportService::sales(const Session& actor, const QDate& from, const QDate& to, SalesGrouping by)
{
    const DataScope scope = DataScope::of(actor, "sales reports");
    const db::ReportFilter filter = scope.filter(from, to);
    db::ReportRepository repo(m_ctx.db);
    SalesReport report;
    report.from = from;
    report.to = to;
    report.by = by;
    report.scopeOwner = ownerCode(m_ctx, scope.ownerId());
    const bool withQty = by == SalesGrouping::Product || by == SalesGrouping::ProductSupply;
    for (const auto& g : repo.salesBy(by, filter)) {
        report.rows.push_back(toRow(g, withQty));
        const auto& f = report.rows.back().figures;
        auto& t = report.totals;
        t.gross += f.gross;
        t.discount += f.discount;
        t.net += f.net;
        t.vat += f.vat;
        t.returns += f.returns;
        t.commission += f.commission;
        t.payout += f.payout;
        t.unlotted += f.unlotted;
    }
    report.totals.sales = repo.receiptCount(filter);
    sortRows(report.rows, by);
    return report;
}

std::vector<SalesRow> ReportService::bestSellers(const Session& actor, const QDate& from, const QDate& to, int limit)
{
    if (limit <= 0)
        throw ValidationError("limit", "must be at least 1");
    auto rows = sales(actor, from, to, SalesGrouping::Product).rows;
    std::sort(rows.begin(), rows.end(), [](const SalesRow& a, const SalesRow& b) {
        if (a.figures.net != b.figures.net)
            return a.figures.net > b.figures.net;
        if (a.figures.qty != b.figures.qty)
            return a.figures.qty > b.figures.qty;
        return a.key < b.key;
    });
    if (static_cast<int>(rows.size()) > limit)
        rows.resize(static_cast<std::size_t>(limit));
    return rows;
}

StockReport ReportService::stock(const Session& actor)
{
    const DataScope scope = DataScope::of(actor, "the stock report");
    StockReport out;
    out.scopeOwner = ownerCode(m_ctx, scope.ownerId());
    for (const auto& s : db::ReportRepository(m_ctx.db).stockValues(scope.ownerId())) {
        StockRow r;
        r.sku = s.sku;
        r.name = s.name;
        r.unit = s.unit;
        r.ownerCode = s.ownerCode;
        r.category = s.category;
        r.supply = core::supplyFromCode(s.supply.toStdString()).value_or(core::Supply::Consignment);
        r.price = Money(s.price);
        r.onHand = Quantity::fromThousandths(s.onHand);
        r.lots = s.lots;
        r.uncosted = Quantity::fromThousandths(s.uncostedQty);
        // One rounding per figure (half-up), on quantities in thousandths.
        if (s.onHand != s.uncostedQty)
            r.costValue = Money(core::roundHalfUp(s.costValue, 1000));
        r.retailValue = Money(core::mulDivRound(s.onHand, s.price, 1000));
        if (r.supply == core::Supply::Purchased) {
            r.value = r.costValue.value_or(Money(0));
            out.purchasedAtCost += r.value;
        } else {
            r.value = r.retailValue;
            out.consignmentAtRetail += r.value;
        }
        out.retailValue += r.retailValue;
        out.rows.push_back(r);
    }
    out.value = out.purchasedAtCost + out.consignmentAtRetail;
    std::sort(out.rows.begin(), out.rows.end(), [](const StockRow& a, const StockRow& b) {
        const int c = core::compareVietnamese(a.name, b.name);
        return c != 0 ? c < 0 : a.sku < b.sku;
    });
    return out;
}

MovementHistory ReportService::movements(const Session& actor, const QString& productCode, std::optional<QDate> from,
                                         std::optional<QDate> to)
{
    const DataScope scope = DataScope::of(actor, "stock movements");
    db::CatalogRepository catalog(m_ctx.db);
    auto p = catalog.productBySku(productCode);
    if (!p)
        p = catalog.productByBarcode(productCode);
    if (!p)
        throw NotFound("no product with SKU or barcode '" + productCode.toStdString() + "'");
    scope.requireOwner(p->ownerId, p->sku);
    if (from && to && *from > *to)
        throw ValidationError("to", "the period ends before it starts");
    MovementHistory h;
    h.sku = p->sku;
    h.name = p->name;
    h.unit = p->unit;
    const QString f = from ? from->toString(Qt::ISODate) : QStringLiteral("0000-00-00");
    const QString t = to ? to->toString(Qt::ISODate) : QStringLiteral("9999-99-99");
    for (const auto& m : db::ReportRepository(m_ctx.db).movements(p->id, f, t))
        h.entries.push_back({m.at, m.kind, m.lotCode, m.producerCode, m.username, m.reason, m.refType, m.reference,
                             Quantity::fromThousandths(m.qty), Quantity::fromThousandths(m.balance)});
    return h;
}

} // namespace ocopos::services
