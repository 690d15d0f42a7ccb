#include "SyncService.h"

#include "CentreClient.h"
#include "SettingsService.h"
#include "core/Clock.h"
#include "core/ErrorCodes.h"
#include "db/Database.h"
#include "db/SyncRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <deque>
#include <set>

namespace ocopos::services {

namespace {

std::string s(const QString& q) { return q.toStdString(); }

QJsonValue orNull(const QString& v) { return v.isEmpty() ? QJsonValue() : QJsonValue(v); }

struct Config {
    QString url, store, token;
    bool complete() const { return !url.isEmpty() && !store.isEmpty() && !token.isEmpty(); }
};

Config config(Context ctx)
{
    SettingsService settings(ctx);
    return {settings.get(QStringLiteral("centre_url")), settings.get(QStringLiteral("centre_store")),
            settings.get(QStringLiteral("centre_token"))};
}

/// The codes a journal entry's content refers to (sale and return lines).
void collectCodes(const QString& content, std::set<QString>& producers, std::set<QString>& skus)
{
    const QJsonObject o = QJsonDocument::fromJson(content.toUtf8()).object();
    for (const QJsonValue line : o.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = line.toObject();
        if (const QString sku = l.value(QStringLiteral("sku")).toString(); !sku.isEmpty())
            skus.insert(sku);
        if (const QString owner = l.value(QStringLiteral("owner")).toString(); !owner.isEmpty())
            producers.insert(owner);
        for (const QJsonValue lot : l.value(QStringLiteral("lots")).toArray())
            if (const QString p = lot.toObject().value(QStringLiteral("producer")).toString(); !p.isEmpty())
                producers.insert(p);
    }
}

/// Records a failed try (the backoff; a chain refusal stops the background
/// sender) and throws `e`.
template <typename E>
[[noreturn]] void recordFailure(Context ctx, db::SyncRepository& repo, const E& e, bool refused)
{
    db::TransactionGuard tx(ctx.db);
    db::SyncStateRow st = repo.state();
    st.failures += 1;
    st.lastAttemptAt = core::Clock::isoString(ctx.clock.now());
    st.nextAttemptAt = core::Clock::isoString(ctx.clock.now().addSecs(SyncService::backoff(st.failures).count()));
    st.lastError = QString::fromStdString(e.what());
    st.refused = refused;
    repo.saveState(st);
    tx.commit();
    throw e;
}

} // namespace

std::chrono::seconds SyncService::backoff(int failures)
{
    if (failures <= 0)
        return std::chrono::seconds(0);
    const int doublings = std::min(failures - 1, 10);
    return std::chrono::seconds(std::min<qint64>(qint64(5) << doublings, 15 * 60));
}

SyncStatus SyncService::status()
{
    const Config c = config(m_ctx);
    db::SyncRepository repo(m_ctx.db);
    const db::SyncStateRow st = repo.state();
    SyncStatus out;
    out.configured = c.complete();
    out.url = c.url;
    out.store = c.store;
    out.sentThrough = st.sentThrough;
    out.waiting = repo.waitingAfter(st.sentThrough);
    out.lastSentRef = st.lastSentRef;
    out.lastSuccessAt = st.lastSuccessAt;
    out.lastAttemptAt = st.lastAttemptAt;
    out.nextAttemptAt = st.nextAttemptAt;
    out.lastError = st.lastError;
    out.failures = st.failures;
    out.refused = st.refused;
    return out;
}

bool SyncService::configured() { return config(m_ctx).complete(); }

bool SyncService::due()
{
    if (!configured())
        return false;  // and no counting of a long outbox every tick
    const SyncStatus st = status();
    if (!st.configured || st.refused || st.waiting == 0)
        return false;
    if (st.nextAttemptAt.isEmpty())
        return true;
    const QDateTime next = QDateTime::fromString(st.nextAttemptAt, Qt::ISODate);
    return !next.isValid() || m_ctx.clock.now() >= next;
}

QByteArray SyncService::batchJson(const QString& store, const std::vector<db::OutboxItem>& items)
{
    db::SyncRepository repo(m_ctx.db);
    std::set<QString> producerCodes, skus;
    QJsonArray entries;
    for (const auto& i : items) {
        if (i.type == QLatin1String("journal")) {
            collectCodes(i.content, producerCodes, skus);
            entries.append(QJsonObject{{QStringLiteral("seq"), i.seq},
                                       {QStringLiteral("type"), i.type},
                                       {QStringLiteral("id"), i.refId},
                                       {QStringLiteral("at"), i.at},
                                       {QStringLiteral("kind"), i.kind},
                                       {QStringLiteral("ref_id"), i.journalRefId},
                                       {QStringLiteral("prev_hash"), i.prevHash},
                                       {QStringLiteral("hash"), i.hash},
                                       {QStringLiteral("content"), i.content}});
        } else {
            producerCodes.insert(i.producerCode);
            entries.append(QJsonObject{{QStringLiteral("seq"), i.seq},
                                       {QStringLiteral("type"), i.type},
                                       {QStringLiteral("id"), i.refId},
                                       {QStringLiteral("producer"), i.producerCode},
                                       {QStringLiteral("from"), i.from},
                                       {QStringLiteral("to"), i.to},
                                       {QStringLiteral("finalized_at"), i.finalizedAt},
                                       {QStringLiteral("net_vnd"), qint64(i.net)},
                                       {QStringLiteral("returns_vnd"), qint64(i.returns)},
                                       {QStringLiteral("commission_vnd"), qint64(i.commission)},
                                       {QStringLiteral("payout_vnd"), qint64(i.payout)},
                                       {QStringLiteral("content"), i.content}});
        }
    }
    QJsonArray products;
    for (const QString& sku : skus) {
        const auto p = repo.product(sku);
        if (!p)
            continue;  // a product renamed away since the sale: the line's snapshot still names it
        producerCodes.insert(p->ownerCode);
        products.append(QJsonObject{{QStringLiteral("sku"), p->sku},
                                    {QStringLiteral("name"), p->name},
                                    {QStringLiteral("unit"), p->unit},
                                    {QStringLiteral("vat"), p->vat},
                                    {QStringLiteral("owner"), p->ownerCode},
                                    {QStringLiteral("category"), orNull(p->category)},
                                    {QStringLiteral("ocop_stars"), p->ocopStars ? QJsonValue(*p->ocopStars) : QJsonValue()},
                                    {QStringLiteral("supply"), p->supply}});
    }
    // Producers and, up the tree, the cooperatives they belong to.
    QJsonArray producers;
    std::set<QString> done;
    std::deque<QString> queue(producerCodes.begin(), producerCodes.end());
    while (!queue.empty()) {
        const QString code = queue.front();
        queue.pop_front();
        if (code.isEmpty() || !done.insert(code).second)
            continue;
        const auto p = repo.producer(code);
        if (!p)
            continue;
        if (!p->parentCode.isEmpty())
            queue.push_back(p->parentCode);
        producers.append(QJsonObject{{QStringLiteral("code"), p->code},
                                     {QStringLiteral("kind"), p->kind},
                                     {QStringLiteral("name"), p->name},
                                     {QStringLiteral("parent"), orNull(p->parentCode)},
                                     {QStringLiteral("tax_code"), orNull(p->taxCode)},
                                     {QStringLiteral("district"), orNull(p->district)},
                                     {QStringLiteral("province"), orNull(p->province)}});
    }
    const QJsonObject batch{{QStringLiteral("protocol"), 1},
                            {QStringLiteral("store"), store},
                            {QStringLiteral("producers"), producers},
                            {QStringLiteral("products"), products},
                            {QStringLiteral("entries"), entries}};
    return QJsonDocument(batch).toJson(QJsonDocument::Compact);
}

SyncRun SyncService::run(int batchSize)
{
    const Config c = config(m_ctx);
    if (!c.complete())
        throw Conflict(codes::syncNotConfigured,
                       "no province centre is set up: set centre_url, centre_store and centre_token (`ocopos-cli settings "
                       "set`)");
    db::SyncRepository repo(m_ctx.db);
    CentreClient client(QUrl(c.url), c.token);
    SyncRun out;
    const auto nowIso = [&] { return core::Clock::isoString(m_ctx.clock.now()); };

    int rewinds = 0;
    for (;;) {
        const qint64 after = repo.state().sentThrough;
        const std::vector<db::OutboxItem> items = repo.pending(after, std::max(1, batchSize));
        if (items.empty())
            break;
        const CentreAnswer a = client.postBatch(batchJson(c.store, items));
        const QString message = a.body.value(QStringLiteral("message")).toString();
        if (!a.answered() || a.status >= 500)
            recordFailure(m_ctx, repo, Error(codes::syncUnreachable,
                             "the centre " + s(c.url) + " "
                                 + (a.answered() ? "cannot store now (HTTP " + std::to_string(a.status) + ": " + s(message) + ")"
                                                 : "did not answer: " + s(a.transportError))
                                 + "; " + std::to_string(repo.waitingAfter(after)) + " entries wait and will be sent later",
                             {{"url", s(c.url)}}),
                 false);
        if (a.status == 401 || a.status == 403)
            recordFailure(m_ctx, repo, AuthError(codes::syncUnauthorized,
                           "the centre refused store " + s(c.store) + "'s token (HTTP " + std::to_string(a.status) + ": "
                               + s(message) + "); ask the province admin for a new one",
                           {{"store", s(c.store)}}),
                 false);
        const QString error = a.body.value(QStringLiteral("error")).toString();
        if (a.status == 409 && error == QLatin1String("out_of_order")) {
            // The centre has fewer of our entries than we thought (say it was
            // restored from a backup): resend from after its last one.
            const qint64 through = a.body.value(QStringLiteral("journal_through")).toInteger();
            const auto back = repo.seqBeforeJournalAfter(through);
            if (!back || *back >= after || ++rewinds > 3)
                recordFailure(m_ctx, repo, Conflict(codes::syncChainBroken,
                              "the centre's copy of store " + s(c.store) + " ends at entry " + std::to_string(through)
                                  + ", which does not lead to this store's entries: " + s(message),
                              {{"store", s(c.store)}, {"entry", std::to_string(through)}}),
                     true);
            db::TransactionGuard tx(m_ctx.db);
            db::SyncStateRow st = repo.state();
            st.sentThrough = *back;
            repo.saveState(st);
            tx.commit();
            continue;
        }
        if (a.status == 409)
            recordFailure(m_ctx, repo, Conflict(codes::syncChainBroken,
                          "the centre refused store " + s(c.store) + "'s journal at entry "
                              + std::to_string(a.body.value(QStringLiteral("entry")).toInteger()) + ": " + s(message),
                          {{"store", s(c.store)},
                           {"entry", std::to_string(a.body.value(QStringLiteral("entry")).toInteger())}}),
                 true);
        if (a.status != 200)
            recordFailure(m_ctx, repo, Error(codes::syncRejected,
                             "the centre refused the batch (HTTP " + std::to_string(a.status) + " " + s(error) + ": "
                                 + s(message) + ")",
                             {{"message", s(message)}}),
                 false);

        // Acknowledged: mark it sent. Another sender (cron and the app) may have
        // got further meanwhile: the mark only moves forward.
        const auto lastJournal = std::find_if(items.rbegin(), items.rend(),
                                              [](const db::OutboxItem& i) { return i.type == QLatin1String("journal"); });
        db::TransactionGuard tx(m_ctx.db);
        db::SyncStateRow st = repo.state();
        if (items.back().seq > st.sentThrough) {
            st.sentThrough = items.back().seq;
            if (lastJournal != items.rend())
                st.lastSentRef = repo.journalRef(lastJournal->kind, lastJournal->journalRefId);
        }
        st.lastSuccessAt = st.lastAttemptAt = nowIso();
        st.failures = 0;
        st.nextAttemptAt.clear();
        st.lastError.clear();
        st.refused = false;
        repo.saveState(st);
        tx.commit();
        out.batches += 1;
        out.accepted += a.body.value(QStringLiteral("accepted")).toInteger();
        out.duplicates += a.body.value(QStringLiteral("duplicates")).toInteger();
        rewinds = 0;
    }
    out.status = status();
    return out;
}

} // namespace ocopos::services
