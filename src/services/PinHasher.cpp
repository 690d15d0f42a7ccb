#include "PinHasher.h"

#include "core/Errors.h"

#include <sodium.h>

namespace ocopos::services {

static_assert(PinHashCost{}.opsLimit == crypto_pwhash_OPSLIMIT_INTERACTIVE);
static_assert(PinHashCost{}.memLimitBytes == crypto_pwhash_MEMLIMIT_INTERACTIVE);

namespace {
void initSodium()
{
    static const bool ok = sodium_init() >= 0;
    if (!ok)
        throw Error("libsodium failed to initialise");
}
} // namespace

PinHashCost PinHashCost::minimum() { return PinHashCost{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN}; }

PinHasher::PinHasher(PinHashCost cost) : m_cost(cost) {}

QString PinHasher::hash(const QString& pin) const
{
    initSodium();
    const QByteArray p = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, p.constData(), static_cast<unsigned long long>(p.size()), m_cost.opsLimit,
                          m_cost.memLimitBytes) != 0)
        throw Error("out of memory while hashing a PIN");
    return QString::fromLatin1(out);
}

bool PinHasher::verify(const QString& hash, const QString& pin) const
{
    initSodium();
    const QByteArray h = hash.toLatin1();
    const QByteArray p = pin.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), p.constData(), static_cast<unsigned long long>(p.size())) == 0;
}

QString PinHasher::unmatchable() const
{
    // At the strong cost: the hash of a random secret that was thrown away, made
    // once, so that no login has to hash before it verifies. Other costs (tests)
    // are cheap enough to hash on the spot.
    if (m_cost == PinHashCost{})
        return QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$7mO6FsmkjkYX9e5LUs+geA$"
                              "sM6BwMrD3G1XLfpOkEuhn7taUd5vBuUuIsWn4+8V2/0");
    return hash(QStringLiteral("not-a-pin"));
}

} // namespace ocopos::services
