#include "Journal.h"

#include "core/Clock.h"
#include "db/JournalRepository.h"

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
    return db::JournalRepository(m_ctx.db).lastHash().value_or(genesisHash());
}

QString Journal::append(const QString& kind, qint64 refId, const QByteArray& content)
{
    return append(kind, refId, content, lastHash());
}

QString Journal::append(const QString& kind, qint64 refId, const QByteArray& content, const QString& prev)
{
    const QString hash = hashOf(prev, content);
    db::JournalRepository(m_ctx.db).append(
        {0, core::Clock::isoString(m_ctx.clock.now()), kind, refId, QString::fromUtf8(content), prev, hash});
    return hash;
}

} // namespace ocopos::services
