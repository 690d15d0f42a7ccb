#include "Journal.h"

#include "core/Clock.h"
#include "db/Database.h"

#include <QCryptographicHash>

namespace ocopos::services {

QString Journal::genesisHash() { return QString(64, QLatin1Char('0')); }

QString Journal::hashOf(const QString& prevHash, const QByteArray& content)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toLatin1());
    h.addData(content);
    return QString::fromLatin1(h.result().toHex());
}

QString Journal::lastHash()
{
    db::Query q(m_ctx.db, QStringLiteral("SELECT hash FROM journal ORDER BY id DESC LIMIT 1"));
    auto v = q.scalar();
    return v ? v->toString() : genesisHash();
}

QString Journal::append(const QString& kind, qint64 refId, const QByteArray& content)
{
    return append(kind, refId, content, lastHash());
}

QString Journal::append(const QString& kind, qint64 refId, const QByteArray& content, const QString& prev)
{
    const QString hash = hashOf(prev, content);
    db::Query q(m_ctx.db, QStringLiteral("INSERT INTO journal (at, kind, ref_id, content, prev_hash, hash) "
                                         "VALUES (:at, :kind, :ref, :content, :prev, :hash)"));
    q.bind(QStringLiteral(":at"), core::Clock::isoString(m_ctx.clock.now()))
        .bind(QStringLiteral(":kind"), kind)
        .bind(QStringLiteral(":ref"), refId)
        .bind(QStringLiteral(":content"), QString::fromUtf8(content))
        .bind(QStringLiteral(":prev"), prev)
        .bind(QStringLiteral(":hash"), hash)
        .exec();
    return hash;
}

} // namespace ocopos::services
