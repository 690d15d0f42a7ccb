#pragma once

#include "Database.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace ocopos::db {

/// One outbox row with what it names: a journal entry or a finalized settlement.
struct OutboxItem {
    qint64 seq = 0;
    QString type;  ///< "journal" or "settlement"
    qint64 refId = 0;  ///< journal.id or settlements.id
    // journal
    QString at, kind, content, prevHash, hash;
    qint64 journalRefId = 0;  ///< the sale or return id the entry is about
    // settlement
    QString producerCode, from, to, finalizedAt;
    std::int64_t net = 0, returns = 0, commission = 0, payout = 0;
};

/// A producer as the centre needs it (docs/CENTRE.md).
struct SyncProducer {
    QString code, kind, name, parentCode, taxCode, district, province;
};

/// A product as the centre needs it.
struct SyncProduct {
    QString sku, name, unit, vat, ownerCode, category, supply;
    std::optional<int> ocopStars;
};

/// The sender's progress (sync_state; defaults before the first attempt).
struct SyncStateRow {
    qint64 sentThrough = 0;  ///< outbox seq the centre has acknowledged
    QString lastSentRef;  ///< receipt or return number of the newest acknowledged entry
    QString lastSuccessAt, lastAttemptAt, nextAttemptAt, lastError;
    int failures = 0;
    bool refused = false;  ///< the centre refused the chain: stop until looked at
};

/// SQL of the outbox and the sender's state. Sending is services::SyncService's.
class SyncRepository {
public:
    explicit SyncRepository(Database& db) : m_db(db) {}

    /// Up to `limit` outbox rows after `seq`, in order.
    std::vector<OutboxItem> pending(qint64 afterSeq, int limit);
    /// How many outbox rows come after `seq`.
    qint64 waitingAfter(qint64 afterSeq);
    /// The newest outbox seq (0 when empty).
    qint64 lastSeq();
    /// The outbox seq just before the first journal entry with an id above
    /// `journalId` (to resend from there); nullopt when there is none.
    std::optional<qint64> seqBeforeJournalAfter(qint64 journalId);
    /// The receipt or return number a journal entry is about (empty if unknown).
    QString journalRef(const QString& kind, qint64 refId);

    std::optional<SyncProducer> producer(const QString& code);
    std::optional<SyncProduct> product(const QString& sku);

    SyncStateRow state();
    void saveState(const SyncStateRow& s);

private:
    Database& m_db;
};

} // namespace ocopos::db
