#pragma once

#include "db/centre/PortalRepository.h"
#include "services/Session.h"

#include <QString>
#include <optional>
#include <stdexcept>

namespace ocopos::core {
class Clock;
}

// Who is signed in to the portal (docs/PORTAL.md "Security"): portal users and
// their argon2id passwords (services::PinHasher, as the store's PINs), login
// with a lockout and a rate limit, sessions kept as the SHA-256 of a random
// cookie, each with its CSRF token.

namespace ocopos::portal {

/// A signed-in user, as a request sees it.
struct Identity {
    qint64 userId = 0;
    QString login, name, role; ///< role: province, store, cooperative
    std::optional<qint64> storeId;
    QString storeCode;
    QString producerKey;
    QString csrf; ///< what every POST of this session must carry
    QString tokenSha256; ///< the session's key (logout)
    db::PortalScope scope() const;
};

/// A refused admin command on portal users (exit 3 invalid, 4 not found, 5 conflict).
class PortalUserError : public std::runtime_error {
public:
    enum class Kind { Invalid, NotFound, Conflict };
    PortalUserError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
    {
    }
    Kind kind() const noexcept { return m_kind; }

private:
    Kind m_kind;
};

struct LoginOutcome {
    enum class Status { Ok, Wrong, Locked, RateLimited };
    Status status = Status::Wrong;
    QString token; ///< the session cookie's value (Ok only)
    Identity identity;
};

class PortalAuth {
public:
    /// Lockout: this many wrong passwords in a row lock the user for kLockSeconds.
    static constexpr qint64 kMaxFailures = 5;
    static constexpr qint64 kLockSeconds = 15 * 60;
    /// Rate limit: at most this many failed attempts per address, and per login
    /// name (known or not), in kWindowSeconds; then 429 until the window has moved on.
    static constexpr qint64 kMaxPerIp = 30;
    static constexpr qint64 kMaxPerLogin = 10;
    static constexpr qint64 kWindowSeconds = 10 * 60;
    /// A session lasts this long from login (then log in again).
    static constexpr qint64 kSessionSeconds = 8 * 3600;

    PortalAuth(db::Database& db, const core::Clock& clock, services::PinHashCost cost = {})
        : m_db(db)
        , m_clock(clock)
        , m_cost(cost)
    {
    }

    /// Checks the rate limit, the lockout and the password; on success opens a session.
    LoginOutcome login(const QString& ip, const QString& login, const QString& password);
    /// The session of a cookie value, if it is valid and its user is not disabled.
    std::optional<Identity> identify(const QString& token);
    void logout(const Identity& who);

    // Admin commands (ocopos-centre user ...). Throw PortalUserError.
    /// role "province" (no target), "store" (target: a store code), "cooperative"
    /// (target: a province producer key, e.g. HTX:HTX-CAIRONG). Password: 8 or more characters.
    void addUser(
        const QString& login, const QString& name, const QString& role, const QString& target, const QString& password);
    void setPassword(const QString& login, const QString& password);
    /// Disables the user and ends its sessions.
    void disable(const QString& login);
    std::vector<db::PortalUser> users();

private:
    qint64 nowSecs() const;
    db::Database& m_db;
    const core::Clock& m_clock;
    services::PinHashCost m_cost;
};

/// 32 random bytes (QRandomGenerator::system), base64url without padding.
QString randomToken();
/// A password to hand to a user: 14 characters of a–z and 2–9 without the
/// look-alikes (i l o 0 1), about 70 bits, easy to type on a phone.
QString generatePassword();

} // namespace ocopos::portal
