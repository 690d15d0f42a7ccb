#include "SyncRepository.h"

namespace ocopos::db {

namespace {

QString text(const Query& q, int column)
{
    const QVariant v = q.value(column);
    return v.isNull() ? QString() : v.toString();
}

} // namespace

std::vector<OutboxItem> SyncRepository::pending(qint64 afterSeq, int limit)
{
    enum Column {
        Seq, Type, RefId, At, Kind, JournalRef, Content, PrevHash, Hash,
        Producer, From, To, FinalizedAt, Net, Returns, Commission, Payout, StatementContent
    };
    Query q(m_db, QStringLiteral(
                      "SELECT o.seq, o.type, o.ref_id, j.at, j.kind, j.ref_id, j.content, j.prev_hash, j.hash, "
                      "p.code, s.from_date, s.to_date, s.finalized_at, s.net_vnd, s.returns_vnd, s.commission_vnd, "
                      "s.payout_vnd, s.content FROM outbox o "
                      "LEFT JOIN journal j ON o.type = 'journal' AND j.id = o.ref_id "
                      "LEFT JOIN settlements s ON o.type = 'settlement' AND s.id = o.ref_id "
                      "LEFT JOIN producers p ON p.id = s.producer_id "
                      "WHERE o.seq > :after ORDER BY o.seq LIMIT :limit"));
    q.bind(QStringLiteral(":after"), v64(afterSeq)).bind(QStringLiteral(":limit"), limit).exec();
    std::vector<OutboxItem> out;
    while (q.next()) {
        OutboxItem i;
        i.seq = q.value(Seq).toLongLong();
        i.type = q.value(Type).toString();
        i.refId = q.value(RefId).toLongLong();
        if (i.type == QLatin1String("journal")) {
            i.at = text(q, At);
            i.kind = text(q, Kind);
            i.journalRefId = q.value(JournalRef).toLongLong();
            i.content = text(q, Content);
            i.prevHash = text(q, PrevHash);
            i.hash = text(q, Hash);
        } else {
            i.producerCode = text(q, Producer);
            i.from = text(q, From);
            i.to = text(q, To);
            i.finalizedAt = text(q, FinalizedAt);
            i.net = q.value(Net).toLongLong();
            i.returns = q.value(Returns).toLongLong();
            i.commission = q.value(Commission).toLongLong();
            i.payout = q.value(Payout).toLongLong();
            i.content = text(q, StatementContent);
        }
        out.push_back(std::move(i));
    }
    return out;
}

qint64 SyncRepository::waitingAfter(qint64 afterSeq)
{
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE seq > :after"));
    q.bind(QStringLiteral(":after"), v64(afterSeq));
    return q.scalar().value_or(QVariant(0)).toLongLong();
}

qint64 SyncRepository::lastSeq()
{
    Query q(m_db, QStringLiteral("SELECT MAX(seq) FROM outbox"));
    const auto v = q.scalar();
    return v && !v->isNull() ? v->toLongLong() : 0;
}

std::optional<qint64> SyncRepository::seqBeforeJournalAfter(qint64 journalId)
{
    Query q(m_db, QStringLiteral("SELECT MIN(seq) FROM outbox WHERE type = 'journal' AND ref_id > :id"));
    q.bind(QStringLiteral(":id"), v64(journalId));
    const auto v = q.scalar();
    if (!v || v->isNull())
        return std::nullopt;
    return v->toLongLong() - 1;
}

QString SyncRepository::journalRef(const QString& kind, qint64 refId)
{
    Query q(m_db, kind == QLatin1String("return") ? QStringLiteral("SELECT number FROM returns WHERE id = :id")
                                                  : QStringLiteral("SELECT receipt_no FROM sales WHERE id = :id"));
    q.bind(QStringLiteral(":id"), v64(refId));
    const auto v = q.scalar();
    return v ? v->toString() : QString();
}

std::optional<SyncProducer> SyncRepository::producer(const QString& code)
{
    enum Column { Code, Kind, Name, Parent, TaxCode, District, Province };
    Query q(m_db, QStringLiteral("SELECT p.code, p.kind, p.name, parent.code, p.tax_code, p.district, p.province "
                                 "FROM producers p LEFT JOIN producers parent ON parent.id = p.parent_id "
                                 "WHERE p.code = :code"));
    q.bind(QStringLiteral(":code"), code).exec();
    if (!q.next())
        return std::nullopt;
    return SyncProducer{text(q, Code), text(q, Kind),     text(q, Name),    text(q, Parent),
                        text(q, TaxCode), text(q, District), text(q, Province)};
}

std::optional<SyncProduct> SyncRepository::product(const QString& sku)
{
    enum Column { Sku, Name, Unit, Vat, Owner, Category, Supply, Stars };
    Query q(m_db, QStringLiteral("SELECT p.sku, p.name, p.unit, p.vat, o.code, p.category, p.supply, p.ocop_stars "
                                 "FROM products p JOIN producers o ON o.id = p.owner_id WHERE p.sku = :sku"));
    q.bind(QStringLiteral(":sku"), sku).exec();
    if (!q.next())
        return std::nullopt;
    SyncProduct p{text(q, Sku),      text(q, Name),   text(q, Unit), text(q, Vat), text(q, Owner),
                  text(q, Category), text(q, Supply), std::nullopt};
    if (!q.value(Stars).isNull())
        p.ocopStars = q.value(Stars).toInt();
    return p;
}

SyncStateRow SyncRepository::state()
{
    enum Column { SentThrough, LastRef, LastSuccess, LastAttempt, Failures, NextAttempt, LastError, Refused };
    Query q(m_db, QStringLiteral("SELECT sent_through, last_sent_ref, last_success_at, last_attempt_at, failures, "
                                 "next_attempt_at, last_error, refused FROM sync_state WHERE singleton = 1"));
    q.exec();
    SyncStateRow s;
    if (!q.next())
        return s;
    s.sentThrough = q.value(SentThrough).toLongLong();
    s.lastSentRef = text(q, LastRef);
    s.lastSuccessAt = text(q, LastSuccess);
    s.lastAttemptAt = text(q, LastAttempt);
    s.failures = q.value(Failures).toInt();
    s.nextAttemptAt = text(q, NextAttempt);
    s.lastError = text(q, LastError);
    s.refused = q.value(Refused).toInt() != 0;
    return s;
}

void SyncRepository::saveState(const SyncStateRow& s)
{
    const auto orNull = [](const QString& v) { return v.isEmpty() ? QVariant() : QVariant(v); };
    Query(m_db, QStringLiteral(
                    "INSERT INTO sync_state (singleton, sent_through, last_sent_ref, last_success_at, last_attempt_at, "
                    "failures, next_attempt_at, last_error, refused) VALUES (1, :through, :ref, :success, :attempt, "
                    ":failures, :next, :error, :refused) ON CONFLICT (singleton) DO UPDATE SET "
                    "sent_through = excluded.sent_through, last_sent_ref = excluded.last_sent_ref, "
                    "last_success_at = excluded.last_success_at, last_attempt_at = excluded.last_attempt_at, "
                    "failures = excluded.failures, next_attempt_at = excluded.next_attempt_at, "
                    "last_error = excluded.last_error, refused = excluded.refused"))
        .bind(QStringLiteral(":through"), v64(s.sentThrough))
        .bind(QStringLiteral(":ref"), orNull(s.lastSentRef))
        .bind(QStringLiteral(":success"), orNull(s.lastSuccessAt))
        .bind(QStringLiteral(":attempt"), orNull(s.lastAttemptAt))
        .bind(QStringLiteral(":failures"), s.failures)
        .bind(QStringLiteral(":next"), orNull(s.nextAttemptAt))
        .bind(QStringLiteral(":error"), orNull(s.lastError))
        .bind(QStringLiteral(":refused"), s.refused ? 1 : 0)
        .exec();
}

} // namespace ocopos::db
