#pragma once

#include "Session.h"

#include "core/Errors.h"

#include <QString>

#include <memory>
#include <vector>

namespace ocopos::services {

class PinHasher;

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

/// How the admin that `init` creates starts out.
enum class InitialAdmin {
    /// PIN 000000, which everyone can read in the documentation: it must be
    /// changed before anything else (Session::mustChangePin).
    MustChangePin,
    /// PIN 000000 kept: the demo is a training store whose PINs are published in
    /// the README on purpose.
    Training,
};

/// Users, roles and PINs. PINs (4–8 digits) are stored only as argon2id hashes
/// (PinHasher, at Context::pinHashCost). Five wrong PINs in a row lock the user
/// for five minutes; the lock is persisted. Every login and failure goes to the
/// audit log. No PIN is hashed or checked while the write lock is held: the other
/// tills' sales never wait for a login.
class AuthService {
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockSeconds = 300;
    /// The PIN of the admin that `init` creates.
    static constexpr const char* kInitialAdminPin = "000000";

    /// Hashes at ctx.pinHashCost.
    explicit AuthService(Context ctx);
    /// Hashes and checks with `hasher` (tests observe the hashing through it).
    AuthService(Context ctx, std::shared_ptr<const PinHasher> hasher);

    /// Creates `admin` with PIN 000000 when there is no user yet (init).
    void ensureAdmin(InitialAdmin kind = InitialAdmin::MustChangePin);

    /// Checks the PIN. Throws AuthError (wrong PIN, locked, inactive, unknown user
    /// — all the same message apart from the lock, so names can't be probed). A
    /// user whose PIN must change logs in (to change it): the session says so.
    Session login(const QString& username, const QString& pin);

    /// A manager's (or admin's) PIN given in place for an override; audited with
    /// `what`. Throws AuthError, also when that PIN is the public one that must
    /// change.
    Session authorizeOverride(const QString& username, const QString& pin, const QString& what);

    void addUser(const Session& actor, const NewUser& user);
    std::vector<UserInfo> listUsers(const Session& actor);
    /// Admin for anyone; any user for themselves. Clears the must-change flag; a
    /// user who must change theirs may not choose 000000 again (ValidationError).
    void setPin(const Session& actor, const QString& username, const QString& newPin);
    void deactivate(const Session& actor, const QString& username);

    /// Throws ValidationError unless 4–8 digits.
    static void validatePin(const QString& pin);

private:
    /// Audits a refused login in its own short transaction and throws AuthError.
    [[noreturn]] void refuse(const QString& username, const QString& why, const AuthError& error);

    Context m_ctx;
    std::shared_ptr<const PinHasher> m_hasher;
};

} // namespace ocopos::services
