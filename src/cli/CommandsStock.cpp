// receive, count, stock, alerts: thin shells over the stock services.
#include "Cli.h"

#include "docs/Documents.h"
#include "docs/PdfOutput.h"
#include "services/AlertService.h"
#include "services/GoodsReceiptService.h"
#include "services/StockService.h"
#include "services/StocktakeService.h"

#include <cstdio>

namespace ocopos::cli {
namespace {

QJsonValue date(const std::optional<QDate>& d) { return d ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue(); }
QString dateText(const std::optional<QDate>& d) { return d ? d->toString(Qt::ISODate) : QString(); }
QJsonValue amount(const std::optional<core::Money>& m) { return m ? QJsonValue(static_cast<qint64>(m->dong())) : QJsonValue(); }

/// Warnings go to stderr in both modes, so a script sees them even with --json.
void printWarnings(const std::vector<Problem>& warnings)
{
    for (const auto& w : warnings)
        std::fprintf(stderr, "warning: %s\n", w.describe().c_str());
}

QJsonArray problemsJson(const std::vector<Problem>& list)
{
    QJsonArray out;
    for (const auto& p : list)
        out.append(QJsonObject{{QStringLiteral("line"), p.line > 0 ? QJsonValue(p.line) : QJsonValue()},
                               {QStringLiteral("field"), QString::fromStdString(p.field)},
                               {QStringLiteral("message"), QString::fromStdString(p.why)}});
    return out;
}

int receive(Cli& c, Args& a)
{
    const QString producer = a.option(QStringLiteral("--producer")).value_or(QString());
    const auto pdfPath = a.option(QStringLiteral("--pdf"));
    const QString file = a.positional(QStringLiteral("FILE.csv"));
    a.finish();
    // Who may do it is told before what is wrong with the file.
    services::requireRole(c.session(), core::Role::Manager, "receiving goods");
    const QByteArray data = readInputFile(file);
    std::optional<docs::PdfOutput> pdf;
    if (pdfPath) {
        pdf.emplace(*pdfPath, "pdf");
        pdf->open();
    }
    const auto r = services::GoodsReceiptService(c.ctx()).receive(c.session(), data, producer);
    if (pdf)
        pdf->commit(docs::Documents(c.ctx()).goodsReceiptNote(r));
    printWarnings(r.warnings);

    QJsonArray lines;
    Table t{{QStringLiteral("line"), QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("lot"),
             QStringLiteral("producer"), QStringLiteral("qty"), QStringLiteral("produced"), QStringLiteral("expires"),
             QStringLiteral("unit cost")}, {}, {5, 8}};
    for (const auto& l : r.lines) {
        lines.append(QJsonObject{{QStringLiteral("line"), l.line},
                                 {QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("lot"), l.lotCode},
                                 {QStringLiteral("producer"), l.producerCode},
                                 {QStringLiteral("qty"), qty(l.qty)},
                                 {QStringLiteral("produced_on"), date(l.producedOn)},
                                 {QStringLiteral("expires_on"), date(l.expiresOn)},
                                 {QStringLiteral("unit_cost"), amount(l.unitCost)},
                                 {QStringLiteral("cost"), amount(l.cost())}});
        t.rows.push_back({QString::number(l.line), l.sku, l.name, l.lotCode, l.producerCode, qty(l.qty),
                          dateText(l.producedOn), dateText(l.expiresOn), l.unitCost ? money(*l.unitCost) : QString()});
    }
    const QJsonObject out{{QStringLiteral("receipt_no"), r.number},
                          {QStringLiteral("supplier"), r.supplierCode},
                          {QStringLiteral("owner"), r.ownerCode},
                          {QStringLiteral("received_at"), r.receivedAt},
                          {QStringLiteral("lines"), lines},
                          {QStringLiteral("total_cost"), static_cast<qint64>(r.totalCost().dong())},
                          {QStringLiteral("warnings"), problemsJson(r.warnings)}};
    QString text = QStringLiteral("goods receipt %1 from %2 (%3): %4 lot(s)\n")
                       .arg(r.number, r.supplierCode, r.supplierName)
                       .arg(r.lines.size());
    text += t.render();
    if (!r.totalCost().isZero())
        text += QStringLiteral("total cost %1\n").arg(money(r.totalCost()));
    c.output(out, text);
    return 0;
}

int count(Cli& c, Args& a)
{
    const QString note = a.option(QStringLiteral("--note")).value_or(QString());
    const QString file = a.positional(QStringLiteral("FILE.csv"));
    a.finish();
    services::requireRole(c.session(), core::Role::Manager, "counting stock");
    const QByteArray data = readInputFile(file);
    const auto r = services::StocktakeService(c.ctx()).count(c.session(), data, note);
    QJsonArray lots;
    Table t{{QStringLiteral("line"), QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("lot"),
             QStringLiteral("expires"), QStringLiteral("expected"), QStringLiteral("counted"), QStringLiteral("variance")},
            {}, {5, 6, 7}};  // "line" left-aligned: Table::render trims leading blanks
    for (const auto& l : r.lots) {
        lots.append(QJsonObject{{QStringLiteral("line"), l.line},
                                {QStringLiteral("sku"), l.sku},
                                {QStringLiteral("name"), l.name},
                                {QStringLiteral("lot"), l.lotCode},
                                {QStringLiteral("producer"), l.producerCode},
                                {QStringLiteral("expires_on"), date(l.expiresOn)},
                                {QStringLiteral("by"), l.byProduct ? QStringLiteral("product") : QStringLiteral("lot")},
                                {QStringLiteral("expected"), qty(l.expected)},
                                {QStringLiteral("counted"), qty(l.counted)},
                                {QStringLiteral("variance"), qty(l.variance())}});
        QString variance = qty(l.variance());
        if (l.variance().isPositive())
            variance.prepend(QLatin1Char('+'));
        t.rows.push_back({QString::number(l.line), l.sku, l.name, l.lotCode, dateText(l.expiresOn), qty(l.expected),
                          qty(l.counted), variance});
    }
    const QJsonObject out{{QStringLiteral("count_id"), r.id},
                          {QStringLiteral("counted_at"), r.countedAt},
                          {QStringLiteral("lots"), lots},
                          {QStringLiteral("shrinkage"), qty(r.shrinkage())},
                          {QStringLiteral("surplus"), qty(r.surplus())}};
    const QString text = QStringLiteral("stocktake #%1: %2 lot(s), shrinkage %3, surplus %4\n")
                             .arg(r.id)
                             .arg(r.lots.size())
                             .arg(qty(r.shrinkage()), qty(r.surplus()))
        + t.render();
    c.output(out, text);
    return 0;
}

int stockList(Cli& c, Args& a)
{
    services::StockFilter f;
    f.productCode = a.option(QStringLiteral("--product")).value_or(QString());
    f.lowOnly = a.flag(QStringLiteral("--low"));
    if (const auto days = a.option(QStringLiteral("--expiring"))) {
        bool ok = false;
        const int n = days->toInt(&ok);
        if (!ok || n < 0)
            throw UsageError("--expiring needs a whole number of days (0 or more)");
        f.expiringWithinDays = n;
    }
    a.finish();
    const auto list = services::StockService(c.ctx()).stock(c.session(), f);
    QJsonArray products;
    Table t{{QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("on hand"), QStringLiteral("lot"),
             QStringLiteral("producer"), QStringLiteral("expires"), QStringLiteral("qty")}, {}, {2, 6}};
    for (const auto& p : list) {
        QJsonArray lots;
        bool first = true;
        for (const auto& l : p.lots) {
            lots.append(QJsonObject{{QStringLiteral("lot"), l.lotCode},
                                    {QStringLiteral("producer"), l.producerCode},
                                    {QStringLiteral("producer_name"), l.producerName},
                                    {QStringLiteral("receipt_no"), l.receiptNumber},
                                    {QStringLiteral("produced_on"), date(l.producedOn)},
                                    {QStringLiteral("expires_on"), date(l.expiresOn)},
                                    {QStringLiteral("qty"), qty(l.qty)},
                                    {QStringLiteral("expired"), l.expired}});
            QString expires = dateText(l.expiresOn);
            if (l.expired)
                expires += QStringLiteral(" (expired)");
            // The SKU on every row: Table::render trims a row's leading blank cells.
            t.rows.push_back({p.sku, first ? p.name : QString(),
                              first ? qty(p.onHand) + QLatin1Char(' ') + p.unit : QString(), l.lotCode, l.producerCode,
                              expires, qty(l.qty)});
            first = false;
        }
        if (p.lots.empty())
            t.rows.push_back({p.sku, p.name, qty(p.onHand) + QLatin1Char(' ') + p.unit, QString(), QString(), QString(), QString()});
        products.append(QJsonObject{{QStringLiteral("sku"), p.sku},
                                    {QStringLiteral("name"), p.name},
                                    {QStringLiteral("unit"), p.unit},
                                    {QStringLiteral("on_hand"), qty(p.onHand)},
                                    {QStringLiteral("sellable"), qty(p.sellable)},
                                    {QStringLiteral("reorder_point"), p.reorderPoint ? QJsonValue(qty(*p.reorderPoint)) : QJsonValue()},
                                    {QStringLiteral("low"), p.isLow()},
                                    {QStringLiteral("lots"), lots}});
    }
    c.output(QJsonObject{{QStringLiteral("products"), products}}, t);
    return 0;
}

int stockWriteOff(Cli& c, Args& a)
{
    const bool expired = a.flag(QStringLiteral("--expired"));
    const QString reason = a.option(QStringLiteral("--reason")).value_or(QString());
    const auto qtyText = a.option(QStringLiteral("--qty"));
    std::vector<services::WriteOffResult> done;
    services::StockService svc(c.ctx());
    if (expired) {
        if (qtyText)
            throw UsageError("--qty does not go with --expired (every expired lot is written off whole)");
        a.finish();
        done = svc.writeOffExpired(c.session(), reason);
    } else {
        const QString code = a.positional(QStringLiteral("CODE"));
        const QString lot = a.positional(QStringLiteral("LOT"));
        a.finish();
        if (reason.isEmpty())
            throw UsageError("--reason is required (why the stock is written off)");
        std::optional<core::Quantity> q;
        if (qtyText)
            q = core::parseQuantity(qtyText->toStdString(), "qty");
        done.push_back(svc.writeOff(c.session(), code, lot, q, reason));
    }
    QJsonArray list;
    Table t{{QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("lot"), QStringLiteral("expires"),
             QStringLiteral("written off"), QStringLiteral("left"), QStringLiteral("reason")}, {}, {4, 5}};
    for (const auto& w : done) {
        list.append(QJsonObject{{QStringLiteral("sku"), w.sku},
                                {QStringLiteral("name"), w.name},
                                {QStringLiteral("lot"), w.lotCode},
                                {QStringLiteral("expires_on"), date(w.expiresOn)},
                                {QStringLiteral("qty"), qty(w.qty)},
                                {QStringLiteral("left"), qty(w.left)},
                                {QStringLiteral("reason"), w.reason}});
        t.rows.push_back({w.sku, w.name, w.lotCode, dateText(w.expiresOn), qty(w.qty), qty(w.left), w.reason});
    }
    c.output(QJsonObject{{QStringLiteral("written_off"), list}},
             done.empty() ? QStringLiteral("nothing to write off\n") : t.render());
    return 0;
}

int alerts(Cli& c, Args& a)
{
    a.finish();
    const auto r = services::AlertService(c.ctx()).alerts(c.session());
    QJsonArray low, expiring, certs;
    Table lt{{QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("sellable"), QStringLiteral("on hand"),
              QStringLiteral("reorder at"), QStringLiteral("owner")}, {}, {2, 3, 4}};
    for (const auto& x : r.lowStock) {
        low.append(QJsonObject{{QStringLiteral("sku"), x.sku},
                               {QStringLiteral("name"), x.name},
                               {QStringLiteral("unit"), x.unit},
                               {QStringLiteral("owner"), x.ownerCode},
                               {QStringLiteral("on_hand"), qty(x.onHand)},
                               {QStringLiteral("sellable"), qty(x.sellable)},
                               {QStringLiteral("reorder_point"), qty(x.reorderPoint)}});
        lt.rows.push_back({x.sku, x.name, qty(x.sellable), qty(x.onHand), qty(x.reorderPoint), x.ownerCode});
    }
    Table et{{QStringLiteral("expires"), QStringLiteral("days"), QStringLiteral("sku"), QStringLiteral("name"),
              QStringLiteral("lot"), QStringLiteral("producer"), QStringLiteral("qty")}, {}, {1, 6}};
    for (const auto& x : r.expiringLots) {
        expiring.append(QJsonObject{{QStringLiteral("sku"), x.sku},
                                    {QStringLiteral("name"), x.name},
                                    {QStringLiteral("lot"), x.lotCode},
                                    {QStringLiteral("producer"), x.producerCode},
                                    {QStringLiteral("expires_on"), x.expiresOn.toString(Qt::ISODate)},
                                    {QStringLiteral("days_left"), x.daysLeft},
                                    {QStringLiteral("expired"), x.expired},
                                    {QStringLiteral("qty"), qty(x.qty)}});
        et.rows.push_back({x.expiresOn.toString(Qt::ISODate) + (x.expired ? QStringLiteral(" EXPIRED") : QString()),
                           QString::number(x.daysLeft), x.sku, x.name, x.lotCode, x.producerCode, qty(x.qty)});
    }
    Table ct{{QStringLiteral("expires"), QStringLiteral("days"), QStringLiteral("sku"), QStringLiteral("name"),
              QStringLiteral("certificate"), QStringLiteral("owner")}, {}, {1}};
    for (const auto& x : r.certificates) {
        certs.append(QJsonObject{{QStringLiteral("sku"), x.sku},
                                 {QStringLiteral("name"), x.name},
                                 {QStringLiteral("owner"), x.ownerCode},
                                 {QStringLiteral("cert_no"), jsonText(x.certNo)},
                                 {QStringLiteral("expires_on"), x.expiresOn.toString(Qt::ISODate)},
                                 {QStringLiteral("days_left"), x.daysLeft},
                                 {QStringLiteral("expired"), x.expired}});
        ct.rows.push_back({x.expiresOn.toString(Qt::ISODate) + (x.expired ? QStringLiteral(" EXPIRED") : QString()),
                           QString::number(x.daysLeft), x.sku, x.name, x.certNo, x.ownerCode});
    }
    const QJsonObject out{{QStringLiteral("today"), r.today.toString(Qt::ISODate)},
                          {QStringLiteral("expiry_warning_days"), r.expiryWarningDays},
                          {QStringLiteral("low_stock"), low},
                          {QStringLiteral("expiring_lots"), expiring},
                          {QStringLiteral("certificates"), certs}};
    const auto section = [](const QString& title, const Table& table) {
        return title + QLatin1Char('\n') + (table.rows.empty() ? QStringLiteral("(none)\n") : table.render());
    };
    const QString text = section(QStringLiteral("Low stock (%1)").arg(r.lowStock.size()), lt) + QLatin1Char('\n')
        + section(QStringLiteral("Lots expiring within %1 days or expired (%2)").arg(r.expiryWarningDays).arg(r.expiringLots.size()), et)
        + QLatin1Char('\n')
        + section(QStringLiteral("OCOP certificates expired or expiring within %1 days (%2)")
                      .arg(r.certificateWarningDays)
                      .arg(r.certificates.size()),
                  ct);
    c.output(out, text);
    return 0;
}

const Register reg{
    {QStringLiteral("receive"), QStringLiteral("receive FILE.csv [--producer CODE] [--pdf OUT]"), receive},
    {QStringLiteral("count"), QStringLiteral("count FILE.csv [--note TEXT]"), count},
    {QStringLiteral("stock"), QStringLiteral("stock [--product CODE] [--low] [--expiring DAYS]"), stockList},
    {QStringLiteral("stock write-off"),
     QStringLiteral("stock write-off CODE LOT --reason TEXT [--qty Q] | stock write-off --expired [--reason TEXT]"),
     stockWriteOff},
    {QStringLiteral("alerts"), QStringLiteral("alerts"), alerts},
};

} // namespace
} // namespace ocopos::cli
