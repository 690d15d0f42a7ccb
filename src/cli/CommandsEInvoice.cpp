// einvoice: sending, listing and exporting the e-invoices the till issues
// (docs/EINVOICE.md). `send` asks for no login, like `sync`: it sends only what
// the store has committed, to the provider an admin set up, so cron runs it.
#include "Cli.h"
#include "core/Clock.h"
#include "core/ErrorCodes.h"
#include "services/EInvoiceSender.h"
#include "services/EInvoiceService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ocopos::cli {
namespace {

QDate dateOption(Args& a, const QString& name, bool required)
{
    const auto v = required ? std::optional<QString>(a.required(name)) : a.option(name);
    if (!v)
        return {};
    return core::parseIsoDate(*v, name.mid(2).toStdString());
}

int send(Cli& c, Args& a)
{
    a.finish();
    const services::EInvoiceSendRun r = services::EInvoiceSender(c.ctx()).run(true);
    if (!r.error.isEmpty())
        throw Error(codes::einvoiceProviderUnreachable,
            r.error.toStdString() + " (" + std::to_string(r.accepted) + " accepted before that)",
            { { "url", services::EInvoiceService(c.ctx()).config().url.toStdString() } });
    const QJsonObject out { { QStringLiteral("batches"), r.batches }, { QStringLiteral("accepted"), r.accepted },
        { QStringLiteral("sent"), r.sent }, { QStringLiteral("rejected"), r.rejected },
        { QStringLiteral("waiting"), r.waiting } };
    c.output(out,
        QStringLiteral("%1 accepted, %2 sent and waiting for the tax authority's code, %3 rejected, in %4 "
                       "batches; %5 wait\n")
            .arg(r.accepted)
            .arg(r.sent)
            .arg(r.rejected)
            .arg(r.batches)
            .arg(r.waiting));
    return 0;
}

QJsonObject itemJson(const services::EInvoiceListItem& i)
{
    return QJsonObject { { QStringLiteral("id"), i.ref.id }, { QStringLiteral("kind"), i.ref.kind },
        { QStringLiteral("form"), i.ref.form }, { QStringLiteral("series"), i.ref.series },
        { QStringLiteral("number"), i.ref.number }, { QStringLiteral("issued_on"), i.ref.issuedOn },
        { QStringLiteral("receipt_no"), i.receiptNo },
        { QStringLiteral("refers_to"), i.refersTo ? QJsonValue(*i.refersTo) : QJsonValue() },
        { QStringLiteral("total"), i.total }, { QStringLiteral("status"), i.ref.status },
        { QStringLiteral("authority_code"), jsonText(i.ref.authorityCode) },
        { QStringLiteral("reject_reason"), jsonText(i.ref.rejectReason) }, { QStringLiteral("attempts"), i.attempts },
        { QStringLiteral("next_attempt_at"), jsonText(i.nextAttemptAt) },
        { QStringLiteral("last_error"), jsonText(i.lastError) }, { QStringLiteral("xml_sha256"), i.ref.xmlSha256 } };
}

int list(Cli& c, Args& a)
{
    const QString status = a.option(QStringLiteral("--status")).value_or(QString());
    const QDate from = dateOption(a, QStringLiteral("--from"), false);
    const QDate to = dateOption(a, QStringLiteral("--to"), false);
    a.finish();
    static const QStringList statuses { QStringLiteral("pending"), QStringLiteral("sent"), QStringLiteral("accepted"),
        QStringLiteral("rejected") };
    if (!status.isEmpty() && !statuses.contains(status))
        throw UsageError("--status must be pending, sent, accepted or rejected");
    services::requireRole(c.session(), core::Role::Manager, "listing e-invoices");
    QJsonArray items;
    Table t;
    t.header = QStringList { QStringLiteral("invoice"), QStringLiteral("kind"), QStringLiteral("date"),
        QStringLiteral("receipt"), QStringLiteral("total"), QStringLiteral("status"), QStringLiteral("code / reason") };
    t.right = { 4 };
    for (const auto& i : services::EInvoiceService(c.ctx()).list(status, from, to)) {
        items.append(itemJson(i));
        t.rows.push_back({ QStringLiteral("%1 %2-%3").arg(i.ref.form, i.ref.series).arg(i.ref.number), i.ref.kind,
            i.ref.issuedOn, i.receiptNo, QString::number(i.total), i.ref.status,
            i.ref.status == QLatin1String("rejected")
                ? i.ref.rejectReason
                : (i.ref.authorityCode.isEmpty() ? i.lastError : i.ref.authorityCode) });
    }
    c.output(QJsonObject { { QStringLiteral("einvoices"), items } }, t);
    return 0;
}

int exportXml(Cli& c, Args& a)
{
    const QDate from = dateOption(a, QStringLiteral("--from"), true);
    const QDate to = dateOption(a, QStringLiteral("--to"), true);
    const QString dir = a.required(QStringLiteral("--out"));
    a.finish();
    if (to < from)
        throw ValidationError("to", "is before --from");
    services::requireRole(c.session(), core::Role::Manager, "exporting e-invoices");
    const auto files = services::EInvoiceService(c.ctx()).exportXml(from, to, dir);
    QJsonArray names;
    for (const auto& f : files)
        names.append(f);
    c.output(QJsonObject { { QStringLiteral("from"), from.toString(Qt::ISODate) },
                 { QStringLiteral("to"), to.toString(Qt::ISODate) }, { QStringLiteral("out"), dir },
                 { QStringLiteral("files"), names } },
        QStringLiteral("%1 invoices written to %2\n").arg(files.size()).arg(dir));
    return 0;
}

const Register reg {
    { QStringLiteral("einvoice send"), QStringLiteral("einvoice send"), send },
    { QStringLiteral("einvoice list"), QStringLiteral("einvoice list [--status S] [--from D] [--to D]"), list },
    { QStringLiteral("einvoice export"), QStringLiteral("einvoice export --from D --to D --out DIR"), exportXml },
};

} // namespace
} // namespace ocopos::cli
