#include "Journal.h"

#include "core/Clock.h"
#include "db/JournalRepository.h"

#include <sodium.h>

namespace ocopos::services {

QString Journal::genesisHash() { return QString(64, QLatin1Char('0')); }

QString Journal::hashOf(const QString& prevHash, const QByteArray& content)
{
    // libsodium's SHA-256 rather than QCryptographicHash's: the same digest at a
    // third of the CPU (a sale's 5 KB entry is hashed in its transaction).
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw Error("libsodium failed to initialise");
    const QByteArray prev = prevHash.toLatin1();
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(prev.constData()),
                              static_cast<unsigned long long>(prev.size()));
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(content.constData()),
                              static_cast<unsigned long long>(content.size()));
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state, digest);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex());
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
