// sell, void, return, shift, check: thin shells over the sale engine's services.
#include "Cli.h"
#include "PrintHelpers.h"

#include "docs/Documents.h"
#include "docs/PdfOutput.h"
#include "services/IntegrityService.h"
#include "services/ReturnService.h"
#include "services/SaleService.h"
#include "services/ShiftService.h"
#include "core/Utf8.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cstdio>

namespace ocopos::cli {
namespace {

QJsonValue m(core::Money x) { return QJsonValue(static_cast<qint64>(x.dong())); }
using core::qs;
QString pct(core::BasisPoints p) { return QString::fromStdString(core::formatPercent(p)); }

QJsonArray vatJson(const std::vector<core::VatRow>& rows)
{
    QJsonArray out;
    for (const auto& r : rows)
        out.append(QJsonObject{{QStringLiteral("rate"), QString::fromStdString(r.rate.code())},
                               {QStringLiteral("amount"), m(r.amount)},
                               {QStringLiteral("vat"), m(r.vat)},
                               {QStringLiteral("base"), m(r.base)}});
    return out;
}

/// The e-invoice of a sale, return or void (docs/EINVOICE.md); null when none was issued.
QJsonValue einvoiceJson(const std::optional<services::EInvoiceRef>& e)
{
    if (!e)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("kind"), e->kind},
                       {QStringLiteral("form"), e->form},
                       {QStringLiteral("series"), e->series},
                       {QStringLiteral("number"), e->number},
                       {QStringLiteral("status"), e->status},
                       {QStringLiteral("authority_code"), jsonText(e->authorityCode)},
                       {QStringLiteral("xml_sha256"), e->xmlSha256}};
}

QJsonObject saleJson(const services::SaleResult& s)
{
    QJsonArray lines;
    for (const auto& l : s.lines) {
        QJsonArray lots;
        for (const auto& lot : l.lots)
            lots.append(QJsonObject{{QStringLiteral("lot"), lot.lotId ? QJsonValue(lot.lotCode) : QJsonValue()},
                                    {QStringLiteral("producer"), lot.producerCode},
                                    {QStringLiteral("qty"), qty(lot.qty)},
                                    {QStringLiteral("amount"), m(lot.amount)},
                                    {QStringLiteral("unlotted"), !lot.lotId.has_value()}});
        lines.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("qty"), qty(l.qty)},
                                 {QStringLiteral("unit_price"), m(l.unitPrice)},
                                 {QStringLiteral("gross"), m(l.gross)},
                                 {QStringLiteral("discount"), m(l.discount)},
                                 {QStringLiteral("sale_discount"), m(l.saleDiscount)},
                                 {QStringLiteral("net"), m(l.net)},
                                 {QStringLiteral("vat_rate"), QString::fromStdString(l.vatRate.code())},
                                 {QStringLiteral("vat"), m(l.vat)},
                                 {QStringLiteral("owner"), l.ownerCode},
                                 {QStringLiteral("supply"), qs(core::toCode(l.supply))},
                                 {QStringLiteral("commission_pct"), pct(l.commissionPct)},
                                 {QStringLiteral("commission"), m(l.commission)},
                                 {QStringLiteral("payout"), m(l.payout)},
                                 {QStringLiteral("lots"), lots}});
    }
    QJsonArray pays;
    for (const auto& p : s.payments) {
        QJsonObject o{{QStringLiteral("method"), qs(core::toCode(p.method))}, {QStringLiteral("amount"), m(p.amount)}};
        if (!p.reference.isEmpty())
            o[QStringLiteral("reference")] = p.reference;
        pays.append(o);
    }
    QJsonObject out{{QStringLiteral("sale_id"), s.saleId},
                    {QStringLiteral("receipt_no"), s.receiptNo},
                    {QStringLiteral("time"), core::Clock::isoString(s.time)},
                    {QStringLiteral("till"), s.till},
                    {QStringLiteral("cashier"), s.cashier},
                    {QStringLiteral("status"), s.status},
                    {QStringLiteral("lines"), lines},
                    {QStringLiteral("gross"), m(s.gross)},
                    {QStringLiteral("discount"), m(s.discount)},
                    {QStringLiteral("total"), m(s.total)},
                    {QStringLiteral("vat"), vatJson(s.vat)},
                    {QStringLiteral("payments"), pays},
                    {QStringLiteral("paid"), m(s.paid)},
                    {QStringLiteral("change"), m(s.change)},
                    {QStringLiteral("journal_hash"), s.journalHash}};
    if (!s.vietqr.isEmpty())
        out[QStringLiteral("vietqr")] = s.vietqr;
    out[QStringLiteral("einvoice")] = einvoiceJson(s.einvoice);
    if (s.einvoiceCancel)
        out[QStringLiteral("einvoice_cancel")] = einvoiceJson(s.einvoiceCancel);
    return out;
}

QString saleText(const services::SaleResult& s)
{
    Table t{{QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("qty"), QStringLiteral("price"),
             QStringLiteral("discount"), QStringLiteral("net"), QStringLiteral("VAT")}, {}, {2, 3, 4, 5}};
    for (const auto& l : s.lines)
        t.rows.push_back({l.sku, l.name, qty(l.qty), money(l.unitPrice), money(l.discount + l.saleDiscount), money(l.net),
                          QString::fromStdString(l.vatRate.code())});
    QString out = QStringLiteral("receipt %1  %2  till %3  cashier %4%5\n")
                      .arg(s.receiptNo, core::Clock::isoString(s.time), s.till, s.cashier,
                           s.status == QLatin1String("voided") ? QStringLiteral("  VOIDED") : QString());
    out += t.render();
    out += QStringLiteral("total %1  paid %2  change %3\n").arg(money(s.total), money(s.paid), money(s.change));
    if (!s.vietqr.isEmpty())
        out += QStringLiteral("VietQR %1\n").arg(s.vietqr);
    out += QStringLiteral("journal %1\n").arg(s.journalHash.left(12));
    return out;
}

/// Writes the document of an operation already committed. A failure here can no
/// longer undo the operation, so the error says what was done and how to print it again.
template <class Make>
void writeAfterCommit(docs::PdfOutput& pdf, Make make, const std::string& done)
{
    try {
        pdf.commit(make());
    } catch (const ValidationError& e) {
        throw ValidationError(e.problems().empty() ? std::string("pdf") : e.problems().front().field,
                              (e.problems().empty() ? std::string(e.what()) : e.problems().front().why) + " (" + done + ")");
    } catch (const std::exception& e) {
        throw std::runtime_error(std::string(e.what()) + " (" + done + ")");
    }
}

int sell(Cli& c, Args& a)
{
    const QString file = a.option(QStringLiteral("--file")).value_or(QStringLiteral("-"));
    const auto pdfPath = a.option(QStringLiteral("--receipt-pdf"));
    const auto printer = printerOption(a);
    a.finish();
    const QByteArray data = readInputFile(file);
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        throw ValidationError("sale", "not a JSON object: " + err.errorString().toStdString() + " at offset "
                                          + std::to_string(err.offset));
    const auto request = services::saleRequestFromJson(doc.object());
    const auto& cashier = c.session();
    // A receipt that cannot be written refuses the sale before it is made.
    std::optional<docs::PdfOutput> pdf;
    if (pdfPath) {
        pdf.emplace(*pdfPath, "receipt-pdf");
        pdf->open();
    }
    const auto sale = services::SaleService(c.ctx()).commit(cashier, request);
    if (pdf)
        writeAfterCommit(*pdf, [&] { return docs::Documents(c.ctx()).receipt(sale); },
                         "sale " + sale.receiptNo.toStdString() + " was recorded; reprint it with `receipt "
                             + sale.receiptNo.toStdString() + " --pdf OUT`");
    QJsonObject out = saleJson(sale);
    QString text = saleText(sale);
    if (printer) {
        out[QStringLiteral("print")] = printedOrThrow(docs::PrintQueue(c.ctx()).afterSale(cashier, sale, *printer), *printer,
                                                      "sale " + sale.receiptNo.toStdString() + " was recorded");
        text += QStringLiteral("receipt printed on %1\n").arg(*printer);
    }
    c.output(out, text);
    return 0;
}

int voidSale(Cli& c, Args& a)
{
    const auto printer = printerOption(a);
    const QString receipt = a.positional(QStringLiteral("RECEIPT_NO"));
    a.finish();
    const auto& manager = c.session();
    const auto sale = services::SaleService(c.ctx()).voidSale(manager, receipt);
    QJsonObject out = saleJson(sale);
    if (printer)
        out[QStringLiteral("print")] = printedOrThrow(docs::PrintQueue(c.ctx()).afterVoid(manager, sale, *printer), *printer,
                                                      "sale " + sale.receiptNo.toStdString() + " was voided");
    c.output(out, QStringLiteral("receipt %1 voided (%2)\n").arg(sale.receiptNo, money(sale.total)));
    return 0;
}

int returnItems(Cli& c, Args& a)
{
    const QString spec = a.required(QStringLiteral("--lines"));
    const bool damaged = a.flag(QStringLiteral("--damaged"));
    const QString reason = a.option(QStringLiteral("--reason")).value_or(QString());
    const auto pdfPath = a.option(QStringLiteral("--pdf"));
    const auto printer = printerOption(a);
    const QString receipt = a.positional(QStringLiteral("RECEIPT_NO"));
    a.finish();
    std::vector<services::ReturnLineRequest> lines;
    int i = 0;
    for (const QString& part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        ++i;
        const auto colon = part.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0)
            throw UsageError("--lines takes SKU:QTY[,SKU:QTY...]; '" + part.toStdString() + "' has no quantity");
        lines.push_back({part.left(colon).trimmed(),
                         core::parseQuantity(part.mid(colon + 1).trimmed().toStdString(), "lines[" + std::to_string(i) + "].qty")});
    }
    std::optional<docs::PdfOutput> pdf;
    if (pdfPath) {
        pdf.emplace(*pdfPath, "pdf");
        pdf->open();
    }
    const auto& manager = c.session();
    const auto r = services::ReturnService(c.ctx()).returnItems(manager, receipt, lines, damaged, reason);
    if (pdf)
        writeAfterCommit(*pdf, [&] { return docs::Documents(c.ctx()).returnSlip(r); },
                         "return " + r.number.toStdString() + " was recorded");
    QJsonArray arr;
    Table t{{QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("qty"), QStringLiteral("refund")}, {}, {2, 3}};
    for (const auto& l : r.lines) {
        QJsonArray lots;
        for (const auto& lot : l.lots)
            lots.append(QJsonObject{{QStringLiteral("lot"), lot.lotId ? QJsonValue(lot.lotCode) : QJsonValue()},
                                    {QStringLiteral("producer"), lot.producerCode},
                                    {QStringLiteral("qty"), qty(lot.qty)},
                                    {QStringLiteral("amount"), m(lot.amount)}});
        arr.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                               {QStringLiteral("name"), l.name},
                               {QStringLiteral("qty"), qty(l.qty)},
                               {QStringLiteral("refund"), m(l.refund)},
                               {QStringLiteral("vat"), m(l.vat)},
                               {QStringLiteral("commission"), m(l.commission)},
                               {QStringLiteral("payout"), m(l.payout)},
                               {QStringLiteral("lots"), lots}});
        t.rows.push_back({l.sku, l.name, qty(l.qty), money(l.refund)});
    }
    QJsonObject out{{QStringLiteral("return_no"), r.number},
                          {QStringLiteral("receipt_no"), r.receiptNo},
                          {QStringLiteral("time"), core::Clock::isoString(r.time)},
                          {QStringLiteral("damaged"), r.damaged},
                          {QStringLiteral("refund"), m(r.refund)},
                          {QStringLiteral("lines"), arr},
                          {QStringLiteral("journal_hash"), r.journalHash},
                          {QStringLiteral("einvoice"), einvoiceJson(r.einvoice)}};
    if (printer)
        out[QStringLiteral("print")] = printedOrThrow(docs::PrintQueue(c.ctx()).afterReturn(manager, r, *printer), *printer,
                                                      "return " + r.number.toStdString() + " was recorded");
    c.output(out, QStringLiteral("return %1 against %2: refund %3 in cash\n").arg(r.number, r.receiptNo, money(r.refund))
                      + t.render());
    return 0;
}

QJsonObject shiftJson(const services::ShiftReport& r)
{
    QJsonObject methods;
    for (const auto& [method, amount] : r.byMethod)
        methods[qs(core::toCode(method))] = m(amount);
    QJsonObject out{{QStringLiteral("shift_id"), r.shift.id},
                    {QStringLiteral("till"), r.shift.till},
                    {QStringLiteral("status"), r.shift.open ? QStringLiteral("open") : QStringLiteral("closed")},
                    {QStringLiteral("opened_by"), r.shift.openedBy},
                    {QStringLiteral("opened_at"), core::Clock::isoString(r.shift.openedAt)},
                    {QStringLiteral("float"), m(r.shift.openingFloat)},
                    {QStringLiteral("sales"), r.sales},
                    {QStringLiteral("voids"), r.voids},
                    {QStringLiteral("returns"), r.returns},
                    {QStringLiteral("gross"), m(r.gross)},
                    {QStringLiteral("discount"), m(r.discounts)},
                    {QStringLiteral("total"), m(r.total)},
                    {QStringLiteral("refunds"), m(r.refunds)},
                    {QStringLiteral("by_method"), methods},
                    {QStringLiteral("vat"), vatJson(r.vat)},
                    {QStringLiteral("cash_in"), m(r.cashIn)},
                    {QStringLiteral("change_given"), m(r.changeGiven)},
                    {QStringLiteral("expected"), m(r.expectedCash)},
                    {QStringLiteral("first_receipt"), jsonText(r.firstReceipt)},
                    {QStringLiteral("last_receipt"), jsonText(r.lastReceipt)},
                    {QStringLiteral("journal_hash"), r.journalHash}};
    out[QStringLiteral("counted")] = r.counted ? m(*r.counted) : QJsonValue();
    out[QStringLiteral("variance")] = r.variance ? m(*r.variance) : QJsonValue();
    out[QStringLiteral("sync_waiting")] = r.syncWaiting ? QJsonValue(*r.syncWaiting) : QJsonValue();
    if (r.einvoices) {
        QJsonArray rejections;
        for (const auto& [invoice, reason] : r.einvoices->rejections)
            rejections.append(QJsonObject{{QStringLiteral("invoice"), invoice}, {QStringLiteral("reason"), reason}});
        out[QStringLiteral("einvoices")] = QJsonObject{{QStringLiteral("pending"), r.einvoices->pending},
                                                       {QStringLiteral("accepted"), r.einvoices->accepted},
                                                       {QStringLiteral("rejected"), r.einvoices->rejected},
                                                       {QStringLiteral("rejections"), rejections}};
    } else {
        out[QStringLiteral("einvoices")] = QJsonValue();
    }
    if (!r.shift.open)
        out[QStringLiteral("closed_at")] = core::Clock::isoString(r.shift.closedAt);
    return out;
}

QString shiftText(const services::ShiftReport& r, const QString& title)
{
    QString out = QStringLiteral("%1 — till %2, opened %3 by %4\n")
                      .arg(title, r.shift.till, core::Clock::isoString(r.shift.openedAt), r.shift.openedBy);
    out += QStringLiteral("sales %1 (%2 – %3), voids %4, returns %5\n")
               .arg(r.sales).arg(r.firstReceipt, r.lastReceipt).arg(r.voids).arg(r.returns);
    out += QStringLiteral("total %1, refunds %2\n").arg(money(r.total), money(r.refunds));
    for (const auto& [method, amount] : r.byMethod)
        out += QStringLiteral("  %1 %2\n").arg(qs(core::toCode(method)), money(amount));
    out += QStringLiteral("float %1 + cash in %2 − change %3 − refunds %4 = expected %5\n")
               .arg(money(r.shift.openingFloat), money(r.cashIn), money(r.changeGiven), money(r.refunds), money(r.expectedCash));
    if (r.counted)
        out += QStringLiteral("counted %1, variance %2\n").arg(money(*r.counted), money(*r.variance));
    if (r.syncWaiting)
        out += QStringLiteral("waiting to be sent to the centre: %1 entries\n").arg(*r.syncWaiting);
    if (r.einvoices) {
        out += QStringLiteral("e-invoices: %1 accepted, %2 waiting, %3 rejected\n")
                   .arg(r.einvoices->accepted)
                   .arg(r.einvoices->pending)
                   .arg(r.einvoices->rejected);
        for (const auto& [invoice, reason] : r.einvoices->rejections)
            out += QStringLiteral("  rejected %1: %2\n").arg(invoice, reason);
    }
    out += QStringLiteral("journal %1\n").arg(r.journalHash.left(12));
    return out;
}

int shiftOpen(Cli& c, Args& a)
{
    const auto amount = core::parseMoney(a.required(QStringLiteral("--float")).toStdString(), "float");
    a.finish();
    const auto s = services::ShiftService(c.ctx()).open(c.session(), amount);
    c.output(QJsonObject{{QStringLiteral("shift_id"), s.id},
                         {QStringLiteral("till"), s.till},
                         {QStringLiteral("float"), m(s.openingFloat)},
                         {QStringLiteral("opened_at"), core::Clock::isoString(s.openedAt)}},
             QStringLiteral("shift %1 open on till %2 with float %3\n").arg(s.id).arg(s.till, money(s.openingFloat)));
    return 0;
}

int shiftClose(Cli& c, Args& a)
{
    const auto counted = core::parseMoney(a.required(QStringLiteral("--counted")).toStdString(), "counted");
    const auto pdfPath = a.option(QStringLiteral("--pdf"));
    const auto printer = printerOption(a);
    a.finish();
    std::optional<docs::PdfOutput> pdf;
    if (pdfPath) {
        pdf.emplace(*pdfPath, "pdf");
        pdf->open();
    }
    const auto& actor = c.session();
    const auto r = services::ShiftService(c.ctx()).close(actor, counted);
    if (pdf)
        writeAfterCommit(*pdf, [&] { return docs::Documents(c.ctx()).shiftReport(r); },
                         "shift " + std::to_string(r.shift.id) + " was closed");
    QJsonObject out = shiftJson(r);
    if (printer)
        out[QStringLiteral("print")] = printedOrThrow(docs::PrintQueue(c.ctx()).afterShiftReport(actor, r, *printer),
                                                      *printer, "shift " + std::to_string(r.shift.id) + " was closed");
    c.output(out, shiftText(r, QStringLiteral("Z report")));
    return 0;
}

int shiftX(Cli& c, Args& a)
{
    a.finish();
    const auto r = services::ShiftService(c.ctx()).xReport(c.session());
    c.output(shiftJson(r), shiftText(r, QStringLiteral("X report")));
    return 0;
}

int check(Cli& c, Args& a)
{
    a.finish();
    const auto r = services::IntegrityService(c.ctx()).check(c.session());
    QJsonValue firstBad;
    QString text = QStringLiteral("journal: %1 entries, ").arg(r.entries);
    if (r.firstBad) {
        firstBad = QJsonObject{{QStringLiteral("entry"), r.firstBad->entryId ? QJsonValue(r.firstBad->entryId) : QJsonValue()},
                               {QStringLiteral("kind"), r.firstBad->kind},
                               {QStringLiteral("ref"), r.firstBad->ref},
                               {QStringLiteral("reason"), r.firstBad->reason}};
        text += QStringLiteral("first bad: entry %1 (%2 %3): %4\n")
                    .arg(r.firstBad->entryId).arg(r.firstBad->kind, r.firstBad->ref, r.firstBad->reason);
    } else {
        text += QStringLiteral("chain intact\n");
    }
    for (const auto& p : r.databaseProblems)
        text += QStringLiteral("database: %1\n").arg(p);
    for (const auto& p : r.ledgerProblems)
        text += QStringLiteral("stock ledger: %1\n").arg(p);
    text += r.ok ? QStringLiteral("ok\n") : QStringLiteral("NOT OK\n");
    if (!r.ok)
        std::fputs("error: check failed\n", stderr);
    c.output(QJsonObject{{QStringLiteral("ok"), r.ok},
                         {QStringLiteral("entries"), r.entries},
                         {QStringLiteral("first_bad"), firstBad},
                         {QStringLiteral("database"), QJsonArray::fromStringList(r.databaseProblems)},
                         {QStringLiteral("ledger"), QJsonArray::fromStringList(r.ledgerProblems)}},
             text);
    return r.ok ? 0 : 5;
}

const Register reg{
    {QStringLiteral("sell"), QStringLiteral("sell [--file SALE.json] [--receipt-pdf OUT] [--printer URI]"), sell},
    {QStringLiteral("void"), QStringLiteral("void RECEIPT_NO [--printer URI]"), voidSale},
    {QStringLiteral("return"), QStringLiteral("return RECEIPT_NO --lines SKU:QTY[,SKU:QTY...] [--damaged] [--reason R] [--pdf OUT] [--printer URI]"), returnItems},
    {QStringLiteral("shift open"), QStringLiteral("shift open --float AMOUNT"), shiftOpen},
    {QStringLiteral("shift close"), QStringLiteral("shift close --counted AMOUNT [--pdf OUT] [--printer URI]"), shiftClose},
    {QStringLiteral("shift x"), QStringLiteral("shift x"), shiftX},
    {QStringLiteral("check"), QStringLiteral("check"), check},
};

} // namespace
} // namespace ocopos::cli
