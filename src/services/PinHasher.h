#pragma once

#include "Session.h"

#include <QString>

namespace ocopos::services {

/// Hashes and checks PINs with argon2id (libsodium crypto_pwhash_str). New hashes
/// use the cost given; a stored hash is checked at the cost it names. Virtual so
/// that tests can count or observe the (slow) hashing; the app uses this one.
class PinHasher {
public:
    explicit PinHasher(PinHashCost cost = {});
    virtual ~PinHasher() = default;
    PinHasher(const PinHasher&) = delete;
    PinHasher& operator=(const PinHasher&) = delete;

    /// A new salted hash. Throws Error when libsodium can't (out of memory).
    virtual QString hash(const QString& pin) const;
    /// True when `pin` matches `hash`; false for anything that is not a hash.
    virtual bool verify(const QString& hash, const QString& pin) const;
    /// A hash at this hasher's cost that no PIN matches: checked for unknown users
    /// so that a wrong name costs as long as a wrong PIN (names can't be probed by
    /// timing).
    QString unmatchable() const;

    const PinHashCost& cost() const noexcept { return m_cost; }

private:
    PinHashCost m_cost;
};

} // namespace ocopos::services
