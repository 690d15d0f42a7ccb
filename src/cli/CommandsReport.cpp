// report sales|stock|best|movements, settle: thin shells over ReportService and
// SettlementService. Formats: table (default), json, csv; --out FILE writes the
// document to a file instead of standard output.
#include "Cli.h"

#include "docs/Documents.h"
#include "docs/PdfOutput.h"
#include "services/ReportExport.h"
#include "services/ReportService.h"
#include "services/SettlementService.h"
#include "core/Utf8.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace ocopos::cli {
namespace {

using core::qs;
QString g(core::Money x) { return QString::fromStdString(core::formatGrouped(x.dong())); }

QDate date(Args& a, const QString& name)
{
    return core::parseIsoDate(a.required(name), name.mid(2).toStdString());
}

/// --format and --out, checked before anything is read.
struct Output {
    QString format;
    std::optional<QString> file;
};

Output output(Cli& c, Args& a, bool csvAllowed = true, bool pdfAllowed = false)
{
    Output o;
    o.format = a.option(QStringLiteral("--format")).value_or(c.json ? QStringLiteral("json") : QStringLiteral("table"));
    o.file = a.option(QStringLiteral("--out"));
    if (o.format == QLatin1String("pdf")) {
        if (!pdfAllowed)
            throw UsageError("--format pdf is available for report sales only: use table, json" + std::string(csvAllowed ? " or csv" : ""));
        if (!o.file)
            throw UsageError("--format pdf needs --out FILE (a PDF is not written to the terminal)");
        return o;
    }
    if (o.format != QLatin1String("table") && o.format != QLatin1String("json")
        && !(csvAllowed && o.format == QLatin1String("csv")))
        throw UsageError("--format must be table, json" + std::string(csvAllowed ? " or csv" : "") + ", not '"
                         + o.format.toStdString() + "'");
    if (c.json && o.format != QLatin1String("json") && !o.file)
        throw UsageError("--json prints one JSON document: use --format json, or --out FILE for " + o.format.toStdString());
    return o;
}

/// Writes the document in the chosen format to --out or standard output.
void emit(Cli& c, const Output& o, const QJsonObject& json, const QByteArray& csv, const QString& table, int rows)
{
    const QByteArray bytes = o.format == QLatin1String("json")  ? QJsonDocument(json).toJson(QJsonDocument::Indented)
                             : o.format == QLatin1String("csv") ? csv
                                                                : table.toUtf8();
    if (!o.file) {
        std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
        std::fflush(stdout);
        return;
    }
    QFile f(*o.file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size() || !f.flush())
        throw ValidationError("out", "cannot write " + o.file->toStdString() + ": " + f.errorString().toStdString());
    c.output(QJsonObject{{QStringLiteral("out"), *o.file}, {QStringLiteral("format"), o.format}, {QStringLiteral("rows"), rows}},
             QStringLiteral("%1: %2 rows written as %3\n").arg(*o.file).arg(rows).arg(o.format));
}

QString salesTable(const services::SalesReport& r)
{
    const bool named = r.by == services::SalesGrouping::Product || r.by == services::SalesGrouping::Producer
        || r.by == services::SalesGrouping::Owner || r.by == services::SalesGrouping::Cashier;
    const bool withQty = r.by == services::SalesGrouping::Product;
    Table t;
    t.header << services::keyName(r.by);
    if (named)
        t.header << QStringLiteral("name");
    if (withQty)
        t.header << QStringLiteral("qty");
    const int first = static_cast<int>(t.header.size()) - (withQty ? 1 : 0);
    t.header << QStringLiteral("gross") << QStringLiteral("discount") << QStringLiteral("returns") << QStringLiteral("net")
             << QStringLiteral("VAT") << QStringLiteral("commission") << QStringLiteral("payout") << QStringLiteral("sales");
    for (int i = first; i < t.header.size(); ++i)
        t.right.insert(i);
    const auto cells = [&](const QString& key, const QString& label, const services::SalesFigures& f) {
        QStringList row{key};
        if (named)
            row << label;
        if (withQty)
            row << (f.qty ? qty(*f.qty) : QString());
        row << g(f.gross) << g(f.discount) << g(f.returns) << g(f.net) << g(f.vat) << g(f.commission) << g(f.payout)
            << QString::number(f.sales);
        return row;
    };
    for (const auto& row : r.rows)
        t.rows.push_back(cells(row.key.isEmpty() ? QStringLiteral("(none)") : row.key, row.label, row.figures));
    t.rows.push_back(cells(QStringLiteral("TOTAL"), QString(), r.totals));
    QString out = QStringLiteral("sales by %1, %2 – %3%4 (đồng; returns subtracted on the day they happen)\n")
                      .arg(services::toCode(r.by), r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate),
                           r.scopeOwner.isEmpty() ? QString() : QStringLiteral(", ") + r.scopeOwner);
    out += t.render();
    if (!r.totals.unlotted.isZero() && r.by == services::SalesGrouping::Producer)
        out += QStringLiteral("unlotted (sold under a manager's override from no lot): %1\n").arg(money(r.totals.unlotted));
    return out;
}

int reportSales(Cli& c, Args& a)
{
    const QDate from = date(a, QStringLiteral("--from"));
    const QDate to = date(a, QStringLiteral("--to"));
    const QString byCode = a.required(QStringLiteral("--by"));
    const auto by = services::salesGroupingFromCode(byCode);
    if (!by)
        throw UsageError("--by must be day, product, category, vat, payment, cashier, producer or owner, not '"
                         + byCode.toStdString() + "'");
    const Output o = output(c, a, true, true);
    a.finish();
    std::optional<docs::PdfOutput> pdf;
    if (o.format == QLatin1String("pdf")) {
        pdf.emplace(*o.file, "out");
        pdf->open();
    }
    const auto r = services::ReportService(c.ctx()).sales(c.session(), from, to, *by);
    if (pdf) {
        pdf->commit(docs::Documents(c.ctx()).salesReport(r));
        c.output(QJsonObject{{QStringLiteral("out"), *o.file}, {QStringLiteral("format"), o.format},
                             {QStringLiteral("rows"), static_cast<int>(r.rows.size())}},
                 QStringLiteral("%1: %2 rows written as pdf\n").arg(*o.file).arg(r.rows.size()));
        return 0;
    }
    emit(c, o, services::salesReportJson(r), services::salesReportCsv(r), salesTable(r), static_cast<int>(r.rows.size()));
    return 0;
}

int reportBest(Cli& c, Args& a)
{
    const QDate from = date(a, QStringLiteral("--from"));
    const QDate to = date(a, QStringLiteral("--to"));
    const int limit = a.option(QStringLiteral("--limit")).value_or(QStringLiteral("10")).toInt();
    const Output o = output(c, a);
    a.finish();
    services::SalesReport r;
    r.from = from;
    r.to = to;
    r.by = services::SalesGrouping::Product;
    r.rows = services::ReportService(c.ctx()).bestSellers(c.session(), from, to, limit);
    QJsonObject json = services::salesReportJson(r);
    json.remove(QStringLiteral("totals"));
    json[QStringLiteral("by")] = QStringLiteral("best_sellers");
    Table t{{QStringLiteral("#"), QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("qty"), QStringLiteral("net"),
             QStringLiteral("sales")}, {}, {0, 3, 4, 5}};
    int rank = 0;
    for (const auto& row : r.rows)
        t.rows.push_back({QString::number(++rank), row.key, row.label, row.figures.qty ? qty(*row.figures.qty) : QString(),
                          g(row.figures.net), QString::number(row.figures.sales)});
    emit(c, o, json, services::salesReportCsv(r), t.render(), static_cast<int>(r.rows.size()));
    return 0;
}

int reportStock(Cli& c, Args& a)
{
    const Output o = output(c, a);
    a.finish();
    const auto r = services::ReportService(c.ctx()).stock(c.session());
    Table t{{QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("owner"), QStringLiteral("supply"),
             QStringLiteral("on hand"), QStringLiteral("price"), QStringLiteral("at cost"), QStringLiteral("at retail"),
             QStringLiteral("value")}, {}, {4, 5, 6, 7, 8}};
    for (const auto& s : r.rows)
        t.rows.push_back({s.sku, s.name, s.ownerCode, qs(core::toCode(s.supply)), qty(s.onHand), g(s.price),
                          s.costValue ? g(*s.costValue) : QStringLiteral("-"), g(s.retailValue), g(s.value)});
    QString text = t.render();
    text += QStringLiteral("purchased at cost %1 + consignment at retail %2 = %3 (all at retail %4)\n")
                .arg(money(r.purchasedAtCost), money(r.consignmentAtRetail), money(r.value), money(r.retailValue));
    emit(c, o, services::stockReportJson(r), services::stockReportCsv(r), text, static_cast<int>(r.rows.size()));
    return 0;
}

int reportMovements(Cli& c, Args& a)
{
    const QString product = a.required(QStringLiteral("--product"));
    std::optional<QDate> from, to;
    if (auto f = a.option(QStringLiteral("--from")))
        from = core::parseIsoDate(*f, "from");
    if (auto t = a.option(QStringLiteral("--to")))
        to = core::parseIsoDate(*t, "to");
    const Output o = output(c, a, false);
    a.finish();
    const auto h = services::ReportService(c.ctx()).movements(c.session(), product, from, to);
    QJsonArray arr;
    Table t{{QStringLiteral("time"), QStringLiteral("kind"), QStringLiteral("qty"), QStringLiteral("balance"),
             QStringLiteral("lot"), QStringLiteral("producer"), QStringLiteral("ref"), QStringLiteral("user"),
             QStringLiteral("reason")}, {}, {2, 3}};
    for (const auto& e : h.entries) {
        arr.append(QJsonObject{{QStringLiteral("at"), e.at},
                               {QStringLiteral("kind"), e.kind},
                               {QStringLiteral("qty"), qty(e.qty)},
                               {QStringLiteral("balance"), qty(e.balance)},
                               {QStringLiteral("lot"), jsonText(e.lotCode)},
                               {QStringLiteral("producer"), jsonText(e.producerCode)},
                               {QStringLiteral("ref_type"), jsonText(e.refType)},
                               {QStringLiteral("ref"), jsonText(e.reference)},
                               {QStringLiteral("user"), e.user},
                               {QStringLiteral("reason"), jsonText(e.reason)}});
        t.rows.push_back({e.at, e.kind, qty(e.qty), qty(e.balance), e.lotCode.isEmpty() ? QStringLiteral("(unlotted)") : e.lotCode,
                          e.producerCode, e.reference, e.user, e.reason});
    }
    const QJsonObject json{{QStringLiteral("sku"), h.sku}, {QStringLiteral("name"), h.name}, {QStringLiteral("movements"), arr}};
    emit(c, o, json, QByteArray(), QStringLiteral("%1 %2 (%3)\n").arg(h.sku, h.name, h.unit) + t.render(),
         static_cast<int>(h.entries.size()));
    return 0;
}

QString statementText(const services::Statement& s)
{
    QString out = QStringLiteral("settlement statement %1 %2, %3 – %4%5\n")
                      .arg(s.producer.code, s.producer.name, s.from.toString(Qt::ISODate), s.to.toString(Qt::ISODate),
                           s.finalized ? QStringLiteral(" — FINALIZED #%1 %2 by %3").arg(s.settlementId).arg(s.finalizedAt, s.finalizedBy)
                                       : QStringLiteral(" — not finalized"));
    Table lines{{QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("supply"), QStringLiteral("qty"),
                 QStringLiteral("net"), QStringLiteral("returns"), QStringLiteral("commission"), QStringLiteral("payout")},
                {}, {3, 4, 5, 6, 7}};
    for (const auto& l : s.lines)
        lines.rows.push_back({l.sku, l.name, qs(core::toCode(l.supply)), qty(l.qty), g(l.net), g(l.returns),
                              g(l.commission), g(l.payout)});
    out += lines.render();
    Table hh{{QStringLiteral("producer"), QStringLiteral("name"), QStringLiteral("net"), QStringLiteral("returns"),
              QStringLiteral("payout")}, {}, {2, 3, 4}};
    for (const auto& h : s.households)
        hh.rows.push_back({h.producer, h.name, g(h.net), g(h.returns), g(h.payout)});
    out += QStringLiteral("\nby producing household\n") + hh.render();
    out += QStringLiteral("\nconsignment: net %1, commission %2, payout %3\n")
               .arg(money(s.consignment.net), money(s.consignment.commission), money(s.consignment.payout));
    out += QStringLiteral("purchased (paid at receipt): net %1\n").arg(money(s.purchased.net));
    out += QStringLiteral("total: net %1 (returns %2), commission %3, payout %4\n")
               .arg(money(s.total.net), money(s.total.returns), money(s.total.commission), money(s.total.payout));
    out += s.vietqr.isEmpty() ? QStringLiteral("VietQR: none — %1\n").arg(s.vietqrNote) : QStringLiteral("VietQR %1\n").arg(s.vietqr);
    return out;
}

int settle(Cli& c, Args& a)
{
    services::SettlementService svc(c.ctx());
    if (a.flag(QStringLiteral("--list"))) {
        const QString producer = a.option(QStringLiteral("--producer")).value_or(QString());
        a.finish();
        QJsonArray arr;
        Table t{{QStringLiteral("id"), QStringLiteral("producer"), QStringLiteral("from"), QStringLiteral("to"),
                 QStringLiteral("net"), QStringLiteral("commission"), QStringLiteral("payout"), QStringLiteral("finalized")},
                {}, {0, 4, 5, 6}};
        for (const auto& s : svc.list(c.session(), producer)) {
            arr.append(QJsonObject{{QStringLiteral("id"), s.id},
                                   {QStringLiteral("producer"), s.producer},
                                   {QStringLiteral("from"), s.from.toString(Qt::ISODate)},
                                   {QStringLiteral("to"), s.to.toString(Qt::ISODate)},
                                   {QStringLiteral("net"), static_cast<qint64>(s.net.dong())},
                                   {QStringLiteral("returns"), static_cast<qint64>(s.returns.dong())},
                                   {QStringLiteral("commission"), static_cast<qint64>(s.commission.dong())},
                                   {QStringLiteral("payout"), static_cast<qint64>(s.payout.dong())},
                                   {QStringLiteral("finalized_at"), s.finalizedAt},
                                   {QStringLiteral("finalized_by"), s.finalizedBy}});
            t.rows.push_back({QString::number(s.id), s.producer, s.from.toString(Qt::ISODate), s.to.toString(Qt::ISODate),
                              g(s.net), g(s.commission), g(s.payout), s.finalizedAt + QLatin1Char(' ') + s.finalizedBy});
        }
        c.output(QJsonObject{{QStringLiteral("settlements"), arr}}, t);
        return 0;
    }
    const auto pdfPath = a.option(QStringLiteral("--pdf"));
    std::optional<docs::PdfOutput> pdf;
    const auto openPdf = [&] {
        if (pdfPath) {
            pdf.emplace(*pdfPath, "pdf");
            pdf->open();
        }
    };
    // The statement is printed only once it is made (and, with --finalize, frozen).
    const auto finish = [&](const services::Statement& st, const Output& o) {
        if (pdf)
            pdf->commit(docs::Documents(c.ctx()).settlement(st));
        emit(c, o, services::statementToJson(st), QByteArray(), statementText(st), static_cast<int>(st.lines.size()));
    };
    if (auto id = a.option(QStringLiteral("--id"))) {
        const Output o = output(c, a, false);
        a.finish();
        bool ok = false;
        const qint64 n = id->toLongLong(&ok);
        if (!ok)
            throw UsageError("--id takes a settlement number");
        openPdf();
        finish(svc.get(c.session(), n), o);
        return 0;
    }
    const QString producer = a.required(QStringLiteral("--producer"));
    const QDate from = date(a, QStringLiteral("--from"));
    const QDate to = date(a, QStringLiteral("--to"));
    const bool finalize = a.flag(QStringLiteral("--finalize"));
    const Output o = output(c, a, false);
    a.finish();
    openPdf();
    finish(finalize ? svc.finalize(c.session(), producer, from, to) : svc.statement(c.session(), producer, from, to), o);
    return 0;
}

const Register reg{
    {QStringLiteral("report sales"),
     QStringLiteral("report sales --from D --to D --by day|product|category|vat|payment|cashier|producer|owner "
                    "[--format table|json|csv|pdf] [--out FILE]"),
     reportSales},
    {QStringLiteral("report best"), QStringLiteral("report best --from D --to D [--limit N] [--format table|json|csv] [--out FILE]"),
     reportBest},
    {QStringLiteral("report stock"), QStringLiteral("report stock [--format table|json|csv] [--out FILE]"), reportStock},
    {QStringLiteral("report movements"),
     QStringLiteral("report movements --product CODE [--from D] [--to D] [--format table|json] [--out FILE]"), reportMovements},
    {QStringLiteral("settle"),
     QStringLiteral("settle --producer CODE --from D --to D [--finalize] [--format table|json] [--out FILE] [--pdf OUT] | "
                    "settle --list [--producer CODE] | settle --id N [--pdf OUT]"),
     settle},
};

} // namespace
} // namespace ocopos::cli
