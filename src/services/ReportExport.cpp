#include "ReportExport.h"

#include "core/Csv.h"
#include "core/Utf8.h"

#include <QJsonArray>

namespace ocopos::services {

namespace {

QJsonValue m(core::Money x) { return QJsonValue(static_cast<qint64>(x.dong())); }
QString qty(core::Quantity q) { return QString::fromStdString(core::formatQuantity(q)); }
using core::qs;

bool hasName(SalesGrouping by)
{
    return by == SalesGrouping::Product || by == SalesGrouping::Producer || by == SalesGrouping::Owner
        || by == SalesGrouping::Cashier;
}

QJsonObject figuresJson(const SalesFigures& f, bool unlotted)
{
    QJsonObject o{{QStringLiteral("gross"), m(f.gross)},
                  {QStringLiteral("discount"), m(f.discount)},
                  {QStringLiteral("net"), m(f.net)},
                  {QStringLiteral("vat"), m(f.vat)},
                  {QStringLiteral("returns"), m(f.returns)},
                  {QStringLiteral("commission"), m(f.commission)},
                  {QStringLiteral("payout"), m(f.payout)},
                  {QStringLiteral("sales"), f.sales}};
    if (f.qty)
        o[QStringLiteral("qty")] = qty(*f.qty);
    if (unlotted)
        o[QStringLiteral("unlotted")] = m(f.unlotted);
    return o;
}

QByteArray csv(const QStringList& header, const std::vector<QStringList>& rows)
{
    QByteArray out(kUtf8Bom);
    const auto line = [&](const QStringList& cells) {
        QStringList escaped;
        for (const auto& c : cells)
            escaped << core::csvEscape(c);
        out += escaped.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    line(header);
    for (const auto& r : rows)
        line(r);
    return out;
}

QString n(core::Money x) { return QString::number(x.dong()); }

} // namespace

QJsonObject salesReportJson(const SalesReport& r)
{
    const bool producer = r.by == SalesGrouping::Producer;
    QJsonArray rows;
    for (const auto& row : r.rows) {
        QJsonObject o = figuresJson(row.figures, producer);
        o[keyName(r.by)] = row.key.isEmpty() ? QJsonValue() : QJsonValue(row.key);
        if (hasName(r.by))
            o[QStringLiteral("name")] = row.label;
        rows.append(o);
    }
    QJsonObject out{{QStringLiteral("from"), r.from.toString(Qt::ISODate)},
                    {QStringLiteral("to"), r.to.toString(Qt::ISODate)},
                    {QStringLiteral("by"), toCode(r.by)},
                    {QStringLiteral("rows"), rows},
                    {QStringLiteral("totals"), figuresJson(r.totals, producer)}};
    out[QStringLiteral("scope")] = r.scopeOwner.isEmpty() ? QJsonValue() : QJsonValue(r.scopeOwner);
    return out;
}

QByteArray salesReportCsv(const SalesReport& r)
{
    const bool producer = r.by == SalesGrouping::Producer;
    const bool withQty = r.by == SalesGrouping::Product;
    QStringList header{keyName(r.by)};
    if (hasName(r.by))
        header << QStringLiteral("name");
    if (withQty)
        header << QStringLiteral("qty");
    header << QStringLiteral("gross") << QStringLiteral("discount") << QStringLiteral("returns") << QStringLiteral("net")
           << QStringLiteral("vat") << QStringLiteral("commission") << QStringLiteral("payout") << QStringLiteral("sales");
    if (producer)
        header << QStringLiteral("unlotted");
    std::vector<QStringList> rows;
    for (const auto& row : r.rows) {
        const auto& f = row.figures;
        QStringList cells{row.key};
        if (hasName(r.by))
            cells << row.label;
        if (withQty)
            cells << (f.qty ? qty(*f.qty) : QString());
        cells << n(f.gross) << n(f.discount) << n(f.returns) << n(f.net) << n(f.vat) << n(f.commission) << n(f.payout)
              << QString::number(f.sales);
        if (producer)
            cells << n(f.unlotted);
        rows.push_back(cells);
    }
    return csv(header, rows);
}

QJsonObject stockReportJson(const StockReport& r)
{
    QJsonArray products;
    for (const auto& s : r.rows)
        products.append(QJsonObject{{QStringLiteral("sku"), s.sku},
                                    {QStringLiteral("name"), s.name},
                                    {QStringLiteral("unit"), s.unit},
                                    {QStringLiteral("owner"), s.ownerCode},
                                    {QStringLiteral("supply"), qs(core::toCode(s.supply))},
                                    {QStringLiteral("category"), s.category.isEmpty() ? QJsonValue() : QJsonValue(s.category)},
                                    {QStringLiteral("price"), m(s.price)},
                                    {QStringLiteral("on_hand"), qty(s.onHand)},
                                    {QStringLiteral("lots"), s.lots},
                                    {QStringLiteral("cost_value"), s.costValue ? m(*s.costValue) : QJsonValue()},
                                    {QStringLiteral("uncosted_qty"), qty(s.uncosted)},
                                    {QStringLiteral("retail_value"), m(s.retailValue)},
                                    {QStringLiteral("value"), m(s.value)}});
    QJsonObject out{{QStringLiteral("products"), products},
                    {QStringLiteral("totals"), QJsonObject{{QStringLiteral("purchased_at_cost"), m(r.purchasedAtCost)},
                                                           {QStringLiteral("consignment_at_retail"), m(r.consignmentAtRetail)},
                                                           {QStringLiteral("retail_value"), m(r.retailValue)},
                                                           {QStringLiteral("value"), m(r.value)}}}};
    out[QStringLiteral("scope")] = r.scopeOwner.isEmpty() ? QJsonValue() : QJsonValue(r.scopeOwner);
    return out;
}

QByteArray stockReportCsv(const StockReport& r)
{
    std::vector<QStringList> rows;
    for (const auto& s : r.rows)
        rows.push_back({s.sku, s.name, s.unit, s.ownerCode, qs(core::toCode(s.supply)), s.category, n(s.price), qty(s.onHand),
                        QString::number(s.lots), s.costValue ? n(*s.costValue) : QString(), qty(s.uncosted),
                        n(s.retailValue), n(s.value)});
    return csv({QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("unit"), QStringLiteral("owner"),
                QStringLiteral("supply"), QStringLiteral("category"), QStringLiteral("price"), QStringLiteral("on_hand"),
                QStringLiteral("lots"), QStringLiteral("cost_value"), QStringLiteral("uncosted_qty"),
                QStringLiteral("retail_value"), QStringLiteral("value")},
               rows);
}

} // namespace ocopos::services
