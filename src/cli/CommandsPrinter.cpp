// printer, print queue/retry, drawer open: the till's receipt printer
// (docs/CLI.md "Receipt printers", docs/PRINTERS.md).
#include "Cli.h"
#include "PrintHelpers.h"
#include "docs/Documents.h"
#include "docs/ThermalDocuments.h"
#include "services/PrinterService.h"
#include "services/SettingsService.h"

namespace ocopos::cli {
namespace {

QString onOff(bool v)
{
    return v ? QStringLiteral("on") : QStringLiteral("off");
}

bool parseOnOff(const QString& value, const char* option)
{
    if (value == QLatin1String("on"))
        return true;
    if (value == QLatin1String("off"))
        return false;
    throw UsageError(std::string(option) + " takes on or off, not '" + value.toStdString() + "'");
}

QJsonObject printerJson(const services::PrinterSettings& p)
{
    return QJsonObject { { QStringLiteral("till"), p.till }, { QStringLiteral("uri"), p.uri },
        { QStringLiteral("width_mm"), p.widthMm }, { QStringLiteral("auto_print"), p.autoPrint },
        { QStringLiteral("kick_on_cash"), p.kickOnCash } };
}

QString printerText(const services::PrinterSettings& p)
{
    return QStringLiteral("till %1: %2, %3 mm, auto print %4, drawer on cash %5\n")
        .arg(p.till, p.uri)
        .arg(p.widthMm)
        .arg(onOff(p.autoPrint), onOff(p.kickOnCash));
}

/// The printer a command talks to: --printer, else this till's.
QString targetPrinter(Cli& c, const std::optional<QString>& option, int* widthMm = nullptr)
{
    const auto p = services::PrinterService(c.ctx()).printer();
    if (widthMm)
        *widthMm = p ? p->widthMm : docs::Documents(c.ctx()).storeSettings().receiptWidthMm;
    if (option)
        return *option;
    if (!p) {
        const QString till = services::SettingsService(c.ctx()).till();
        throw Error(codes::printerNotConfigured,
            "till " + till.toStdString() + " has no receipt printer: give --printer URI or set one with `printer set`",
            { { "till", till.toStdString() } });
    }
    return p->uri;
}

int printerSet(Cli& c, Args& a)
{
    services::PrinterSettings p;
    p.uri = a.required(QStringLiteral("--uri"));
    const auto width = a.option(QStringLiteral("--width"));
    const auto autoPrint = a.option(QStringLiteral("--auto-print"));
    const auto kick = a.option(QStringLiteral("--kick-on-cash"));
    a.finish();
    services::PrinterService service(c.ctx());
    if (const auto old = service.printer()) // options not given keep their value
        p = services::PrinterSettings { old->till, p.uri, old->widthMm, old->autoPrint, old->kickOnCash };
    if (width) {
        bool ok = false;
        p.widthMm = width->toInt(&ok);
        if (!ok)
            throw UsageError("--width takes 58 or 80, not '" + width->toStdString() + "'");
    }
    if (autoPrint)
        p.autoPrint = parseOnOff(*autoPrint, "--auto-print");
    if (kick)
        p.kickOnCash = parseOnOff(*kick, "--kick-on-cash");
    service.setPrinter(c.session(), p);
    const auto saved = *service.printer();
    c.output(printerJson(saved), printerText(saved));
    return 0;
}

int printerShow(Cli& c, Args& a)
{
    a.finish();
    c.session();
    const auto p = services::PrinterService(c.ctx()).printer();
    if (!p) {
        const QString till = services::SettingsService(c.ctx()).till();
        c.output(QJsonObject { { QStringLiteral("till"), till }, { QStringLiteral("uri"), QJsonValue() } },
            QStringLiteral("till %1 has no receipt printer\n").arg(till));
        return 0;
    }
    c.output(printerJson(*p), printerText(*p));
    return 0;
}

int printerList(Cli& c, Args& a)
{
    a.finish();
    c.session();
    QJsonArray arr;
    Table t { { QStringLiteral("till"), QStringLiteral("printer"), QStringLiteral("width"),
                  QStringLiteral("auto print"), QStringLiteral("drawer on cash") },
        {}, { 2 } };
    for (const auto& p : services::PrinterService(c.ctx()).printers()) {
        arr.append(printerJson(p));
        t.rows.push_back({ p.till, p.uri, QString::number(p.widthMm), onOff(p.autoPrint), onOff(p.kickOnCash) });
    }
    c.output(QJsonObject { { QStringLiteral("printers"), arr } }, t);
    return 0;
}

int printerRemove(Cli& c, Args& a)
{
    a.finish();
    services::PrinterService service(c.ctx());
    service.removePrinter(c.session(), QString());
    const QString till = services::SettingsService(c.ctx()).till();
    c.output(QJsonObject { { QStringLiteral("till"), till }, { QStringLiteral("removed"), true } },
        QStringLiteral("till %1 has no receipt printer now\n").arg(till));
    return 0;
}

QJsonValue statusJson(const std::optional<printing::escpos::Status>& s)
{
    if (!s)
        return QJsonValue();
    return QJsonObject { { QStringLiteral("offline"), s->offline }, { QStringLiteral("cover_open"), s->coverOpen },
        { QStringLiteral("paper_out"), s->paperOut }, { QStringLiteral("paper_near_end"), s->paperNearEnd },
        { QStringLiteral("error"), s->error } };
}

int printerTest(Cli& c, Args& a)
{
    const auto option = printerOption(a);
    a.finish();
    c.session();
    int width = 80;
    const QString uri = targetPrinter(c, option, &width);
    const QString store = services::SettingsService(c.ctx()).get(QStringLiteral("store_name"));
    const QByteArray page = docs::PrintQueue::testPage(uri, docs::thermal::widthOf(width), store);
    const auto out = docs::PrintQueue::send(uri, page);
    c.output(QJsonObject { { QStringLiteral("printer"), uri }, { QStringLiteral("width_mm"), width },
                 { QStringLiteral("bytes"), out.bytes }, { QStringLiteral("status"), statusJson(out.status) } },
        QStringLiteral("test page sent to %1 (%2 bytes)\n").arg(uri).arg(out.bytes));
    return 0;
}

int printerStatus(Cli& c, Args& a)
{
    const auto option = printerOption(a);
    a.finish();
    c.session();
    const QString uri = targetPrinter(c, option);
    const auto status = printing::PrinterLink(printing::PrinterAddress::parse(uri)).status();
    QString text;
    if (!status)
        text = QStringLiteral("%1 did not report its status (only network printers answer)\n").arg(uri);
    else
        text = QStringLiteral("%1: %2%3\n")
                   .arg(uri,
                       status->paperOut         ? QStringLiteral("paper out")
                           : status->blocking() ? QStringLiteral("offline")
                                                : QStringLiteral("ready"),
                       status->paperNearEnd ? QStringLiteral(", paper near its end") : QString());
    c.output(
        QJsonObject { { QStringLiteral("printer"), uri }, { QStringLiteral("status"), statusJson(status) } }, text);
    return 0;
}

QJsonObject jobJson(const services::PrintJob& j)
{
    return QJsonObject { { QStringLiteral("job"), j.id }, { QStringLiteral("till"), j.till },
        { QStringLiteral("kind"), j.kind }, { QStringLiteral("ref"), j.ref }, { QStringLiteral("kick"), j.kick },
        { QStringLiteral("reprint"), j.reprint }, { QStringLiteral("created_at"), j.createdAt },
        { QStringLiteral("attempts"), j.attempts }, { QStringLiteral("last_error"), jsonText(j.lastError) },
        { QStringLiteral("reason"), jsonText(j.lastErrorCode) },
        { QStringLiteral("printed_at"), jsonText(j.printedAt) } };
}

int printQueue(Cli& c, Args& a)
{
    const bool all = a.flag(QStringLiteral("--all-tills"));
    a.finish();
    c.session();
    QJsonArray arr;
    Table t { { QStringLiteral("job"), QStringLiteral("till"), QStringLiteral("document"), QStringLiteral("ref"),
                  QStringLiteral("queued"), QStringLiteral("tries"), QStringLiteral("last error") },
        {}, { 0, 5 } };
    for (const auto& j : services::PrinterService(c.ctx()).unprinted(QString(), all)) {
        arr.append(jobJson(j));
        t.rows.push_back(
            { QString::number(j.id), j.till, j.kind, j.ref, j.createdAt, QString::number(j.attempts), j.lastError });
    }
    c.output(QJsonObject { { QStringLiteral("unprinted"), arr } }, t);
    return 0;
}

int printRetry(Cli& c, Args& a)
{
    const auto option = printerOption(a);
    const auto jobWord = a.optionalPositional();
    a.finish();
    c.session();
    docs::PrintQueue queue(c.ctx());
    const QString uri = option.value_or(QString());
    std::vector<docs::PrintAttempt> attempts;
    if (jobWord) {
        bool ok = false;
        const qint64 id = jobWord->toLongLong(&ok);
        if (!ok)
            throw UsageError("print retry takes a job number, not '" + jobWord->toStdString() + "'");
        attempts.push_back(queue.print(id, uri));
    } else {
        attempts = queue.printPending(uri);
    }
    QJsonArray printed;
    QString text;
    for (const auto& at : attempts) {
        if (!at.printed)
            throw Error(ErrorCode(at.errorCode),
                at.error.toStdString() + " (print job " + std::to_string(at.jobId) + " stays queued"
                    + (printed.isEmpty() ? "" : "; the jobs before it printed") + ")");
        printed.append(at.jobId);
        text += QStringLiteral("print job %1 printed\n").arg(at.jobId);
    }
    if (attempts.empty())
        text = QStringLiteral("nothing waits to be printed\n");
    c.output(QJsonObject { { QStringLiteral("printed"), printed } }, text);
    return 0;
}

int drawerOpen(Cli& c, Args& a)
{
    const QString reason = a.required(QStringLiteral("--reason"));
    const auto option = printerOption(a);
    a.finish();
    docs::PrintQueue(c.ctx()).openDrawer(c.session(), reason, option.value_or(QString()));
    c.output(QJsonObject { { QStringLiteral("drawer"), QStringLiteral("opened") },
                 { QStringLiteral("reason"), reason.simplified() } },
        QStringLiteral("cash drawer opened (%1)\n").arg(reason.simplified()));
    return 0;
}

const Register reg {
    { QStringLiteral("printer set"),
        QStringLiteral("printer set --uri URI [--width 58|80] [--auto-print on|off] [--kick-on-cash on|off]"),
        printerSet },
    { QStringLiteral("printer show"), QStringLiteral("printer show"), printerShow },
    { QStringLiteral("printer list"), QStringLiteral("printer list"), printerList },
    { QStringLiteral("printer remove"), QStringLiteral("printer remove"), printerRemove },
    { QStringLiteral("printer test"), QStringLiteral("printer test [--printer URI]"), printerTest },
    { QStringLiteral("printer status"), QStringLiteral("printer status [--printer URI]"), printerStatus },
    { QStringLiteral("print queue"), QStringLiteral("print queue [--all-tills]"), printQueue },
    { QStringLiteral("print retry"), QStringLiteral("print retry [JOB] [--printer URI]"), printRetry },
    { QStringLiteral("drawer open"), QStringLiteral("drawer open --reason R [--printer URI]"), drawerOpen },
};

} // namespace
} // namespace ocopos::cli
