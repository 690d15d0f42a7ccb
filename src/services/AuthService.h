#pragma once

#include "Session.h"

#include <QString>

#include <vector>

namespace ocopos::services {

struct UserInfo {
    qint64 id = 0;
    QString username;
    QString displayName;
    core::Role role = core::Role::Cashier;
    QString producerCode;  ///< for cooperative users
    bool active = true;
    bool locked = false;
};

struct NewUser {
    QString username;
    QString displayName;
    core::Role role = core::Role::Cashier;
    QString producerCode;  ///< required for, and only for, the cooperative role
    QString pin;
};

/// Users, roles and PINs. PINs (4–8 digits) are stored only as argon2id hashes
/// (libsodium crypto_pwhash_str). Five wrong PINs in a row lock the user for five
/// minutes; the lock is persisted. Every login and failure goes to the audit log.
class AuthService {
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockSeconds = 300;

    explicit AuthService(Context ctx) : m_ctx(ctx) {}

    /// Creates `admin` with PIN 000000 when there is no user yet (init).
    void ensureAdmin();

    /// Checks the PIN. Throws AuthError (wrong PIN, locked, inactive, unknown user
    /// — all the same message apart from the lock, so names can't be probed).
    Session login(const QString& username, const QString& pin);

    /// A manager's (or admin's) PIN given in place for an override; audited with
    /// `what`. Throws AuthError.
    Session authorizeOverride(const QString& username, const QString& pin, const QString& what);

    void addUser(const Session& actor, const NewUser& user);
    std::vector<UserInfo> listUsers(const Session& actor);
    /// Admin for anyone; any user for themselves.
    void setPin(const Session& actor, const QString& username, const QString& newPin);
    void deactivate(const Session& actor, const QString& username);

    /// Throws ValidationError unless 4–8 digits.
    static void validatePin(const QString& pin);
    static QString hashPin(const QString& pin);
    /// Tests only: hash new PINs with libsodium's minimum argon2id cost so that
    /// suites creating many users stay fast. Verifying is unaffected (each hash
    /// names its own cost). Never called by the app or the CLI.
    static void setFastHashingForTests(bool fast);
    static bool verifyPin(const QString& hash, const QString& pin);

private:
    Context m_ctx;
};

} // namespace ocopos::services
