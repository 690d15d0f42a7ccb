// sync: a thin shell over SyncService (docs/CENTRE.md). No login: it sends
// only what the store has committed, to the centre an admin set up, so cron
// runs it without a PIN.
#include "Cli.h"

#include "services/SyncService.h"

#include <QJsonObject>

namespace ocopos::cli {
namespace {

QJsonObject statusJson(const services::SyncStatus& s)
{
    return QJsonObject{{QStringLiteral("configured"), s.configured},
                       {QStringLiteral("centre"), jsonText(s.url)},
                       {QStringLiteral("store"), jsonText(s.store)},
                       {QStringLiteral("waiting"), s.waiting},
                       {QStringLiteral("sent_through"), s.sentThrough},
                       {QStringLiteral("last_sent_ref"), jsonText(s.lastSentRef)},
                       {QStringLiteral("last_success_at"), jsonText(s.lastSuccessAt)},
                       {QStringLiteral("last_attempt_at"), jsonText(s.lastAttemptAt)},
                       {QStringLiteral("next_attempt_at"), jsonText(s.nextAttemptAt)},
                       {QStringLiteral("failures"), s.failures},
                       {QStringLiteral("last_error"), jsonText(s.lastError)},
                       {QStringLiteral("refused"), s.refused}};
}

QString statusText(const services::SyncStatus& s)
{
    if (!s.configured)
        return QStringLiteral("sync is off: no province centre is set up (centre_url, centre_store, centre_token)\n"
                              "%1 entries wait\n")
            .arg(s.waiting);
    QString out = QStringLiteral("centre %1, store %2\n").arg(s.url, s.store);
    out += s.lastSentRef.isEmpty() ? QStringLiteral("nothing sent yet\n")
                                   : QStringLiteral("synced up to %1 (last success %2)\n").arg(s.lastSentRef, s.lastSuccessAt);
    out += QStringLiteral("%1 entries wait\n").arg(s.waiting);
    if (!s.lastError.isEmpty())
        out += QStringLiteral("last failure (%1, %2 in a row): %3\n").arg(s.lastAttemptAt).arg(s.failures).arg(s.lastError);
    if (s.refused)
        out += QStringLiteral("the centre refused this store's journal: the background sender waits until `ocopos-cli sync` "
                              "is run by hand\n");
    else if (!s.nextAttemptAt.isEmpty())
        out += QStringLiteral("next background try at %1\n").arg(s.nextAttemptAt);
    return out;
}

int sync(Cli& c, Args& a)
{
    const bool status = a.flag(QStringLiteral("--status"));
    const auto batch = a.option(QStringLiteral("--batch"));
    a.finish();
    int batchSize = services::SyncService::kBatchSize;
    if (batch) {
        bool ok = false;
        batchSize = batch->toInt(&ok);
        if (!ok || batchSize < 1 || batchSize > 1000)
            throw UsageError("--batch must be a whole number from 1 to 1000");
    }
    services::SyncService sync(c.ctx());
    if (status) {
        const auto s = sync.status();
        c.output(statusJson(s), statusText(s));
        return 0;
    }
    const auto r = sync.run(batchSize);
    QJsonObject out = statusJson(r.status);
    out[QStringLiteral("batches")] = r.batches;
    out[QStringLiteral("accepted")] = r.accepted;
    out[QStringLiteral("duplicates")] = r.duplicates;
    c.output(out, QStringLiteral("sent %1 entries in %2 batches (%3 the centre already had)\n")
                          .arg(r.accepted)
                          .arg(r.batches)
                          .arg(r.duplicates)
                      + statusText(r.status));
    return 0;
}

const Register reg{
    {QStringLiteral("sync"), QStringLiteral("sync [--status] [--batch N]"), sync},
};

} // namespace
} // namespace ocopos::cli
