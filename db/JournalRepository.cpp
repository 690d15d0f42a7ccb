#include "JournalRepository.h"

namespace ocopos::db {

std::optional<QString> JournalRepository::lastHash()
{
    Query q(m_db, QStringLiteral("SELECT hash FROM journal ORDER BY id DESC LIMIT 1"));
    const auto v = q.scalar();
    if (!v)
        return std::nullopt;
    return v->toString();
}

void JournalRepository::append(const JournalEntry& e)
{
    // The entry and its outbox row together (docs/CENTRE.md): on PostgreSQL in one
    // statement, one round trip; on SQLite a second statement costs no round trip.
    static const QString values = QStringLiteral("VALUES (:at, :kind, :ref, :content, :prev, :hash)");
    static const QString postgres = QStringLiteral("WITH j AS (INSERT INTO journal (at, kind, ref_id, content, prev_hash, hash) ")
        + values + QStringLiteral(" RETURNING id) INSERT INTO outbox (type, ref_id) SELECT 'journal', id FROM j");
    static const QString sqlite = QStringLiteral("INSERT INTO journal (at, kind, ref_id, content, prev_hash, hash) ") + values;
    const bool pg = m_db.isPostgres();
    Query q(m_db, pg ? postgres : sqlite);
    q.bind(QStringLiteral(":at"), e.at)
        .bind(QStringLiteral(":kind"), e.kind)
        .bind(QStringLiteral(":ref"), e.refId)
        .bind(QStringLiteral(":content"), e.content)
        .bind(QStringLiteral(":prev"), e.prevHash)
        .bind(QStringLiteral(":hash"), e.hash)
        .exec();
    if (!pg)
        enqueue(m_db, QStringLiteral("journal"), q.lastInsertId());
}

void JournalRepository::enqueue(Database& db, const QString& type, qint64 refId)
{
    Query(db, QStringLiteral("INSERT INTO outbox (type, ref_id) VALUES (:type, :ref)"))
        .bind(QStringLiteral(":type"), type)
        .bind(QStringLiteral(":ref"), v64(refId))
        .exec();
}

void JournalRepository::forEachEntry(const std::function<bool(const JournalEntry&)>& visit)
{
    enum Column { Id, At, Kind, RefId, Content, PrevHash, Hash };
    Query q(m_db, QStringLiteral("SELECT id, at, kind, ref_id, content, prev_hash, hash FROM journal ORDER BY id"));
    q.exec();
    while (q.next())
        if (!visit({q.value(Id).toLongLong(), q.value(At).toString(), q.value(Kind).toString(), q.value(RefId).toLongLong(),
                    q.value(Content).toString(), q.value(PrevHash).toString(), q.value(Hash).toString()}))
            return;
}

std::optional<UnjournaledRecord> JournalRepository::firstUnjournaled()
{
    const struct {
        const char* kind;
        const char* sql;
    } orphans[] = {
        {"sale", "SELECT receipt_no FROM sales s WHERE NOT EXISTS (SELECT 1 FROM journal j WHERE j.kind = 'sale' "
                 "AND j.ref_id = s.id) ORDER BY id LIMIT 1"},
        {"void", "SELECT receipt_no FROM sales s WHERE status = 'voided' AND NOT EXISTS (SELECT 1 FROM journal j "
                 "WHERE j.kind = 'void' AND j.ref_id = s.id) ORDER BY id LIMIT 1"},
        {"return", "SELECT number FROM returns r WHERE NOT EXISTS (SELECT 1 FROM journal j WHERE j.kind = 'return' "
                   "AND j.ref_id = r.id) ORDER BY id LIMIT 1"},
    };
    for (const auto& o : orphans) {
        Query q(m_db, QString::fromLatin1(o.sql));
        if (const auto ref = q.scalar())
            return UnjournaledRecord{QString::fromLatin1(o.kind), ref->toString()};
    }
    return std::nullopt;
}

} // namespace ocopos::db
