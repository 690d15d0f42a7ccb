#pragma once

#include "Session.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <vector>

namespace ocopos::db {
struct OutboxItem;
}

namespace ocopos::services {

/// Where the store stands with the province centre (`sync --status`).
struct SyncStatus {
    bool configured = false;  ///< centre_url, centre_store and centre_token are set
    QString url;
    QString store;
    qint64 waiting = 0;  ///< outbox entries not yet acknowledged by the centre
    qint64 sentThrough = 0;  ///< the newest acknowledged outbox seq
    QString lastSentRef;  ///< receipt or return number of the newest acknowledged entry
    QString lastSuccessAt, lastAttemptAt, nextAttemptAt;  ///< ISO 8601, empty when never
    QString lastError;
    int failures = 0;  ///< failed tries since the last success
    bool refused = false;  ///< the centre refused the chain: the background sender waits for an administrator
};

/// What one `run` did.
struct SyncRun {
    int batches = 0;  ///< batches the centre acknowledged
    qint64 accepted = 0;  ///< entries the centre stored now
    qint64 duplicates = 0;  ///< entries it already had
    SyncStatus status;  ///< after the run
};

/// Sends the outbox to the province centre (docs/CENTRE.md): batches in outbox
/// order, each acknowledged before the next; what the centre acknowledged is
/// marked sent in the store's database. Selling never waits on it: it runs in
/// `ocopos-cli sync` and on the app's background thread, on its own connection.
class SyncService {
public:
    explicit SyncService(Context ctx) : m_ctx(ctx) {}

    SyncStatus status();
    /// Whether a centre is set up (centre_url, centre_store, centre_token): cheap,
    /// unlike status(), which counts what waits.
    bool configured();

    /// Sends until nothing waits. Nothing waiting: no network at all. On a
    /// failure the failure is recorded (backoff, last error) and thrown:
    /// Conflict sync.not_configured; Error sync.unreachable (no answer, a
    /// timeout, the centre's 5xx); AuthError sync.unauthorized (401/403);
    /// Conflict sync.chain_broken (409: sending stops until an administrator
    /// runs `sync` by hand); Error sync.rejected (400/413: a bug). Batches
    /// acknowledged before the failure stay acknowledged.
    SyncRun run(int batchSize = kBatchSize);

    /// True when the background sender should try now: configured, something
    /// waits, the backoff after the last failure has passed, and no chain refusal.
    bool due();

    /// The wait after `failures` failed tries in a row: 5 s, doubling, at most 15 min.
    static std::chrono::seconds backoff(int failures);

    /// The batch the centre gets for these outbox rows (docs/CENTRE.md §2), with
    /// the producers and products they refer to as the store has them now.
    QByteArray batchJson(const QString& store, const std::vector<db::OutboxItem>& items);

    static constexpr int kBatchSize = 200;

private:
    Context m_ctx;
};

} // namespace ocopos::services
