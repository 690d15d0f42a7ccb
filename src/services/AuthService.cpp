#include "AuthService.h"

#include "AuditLog.h"
#include "PinHasher.h"
#include "core/ErrorCodes.h"
#include "core/VietText.h"
#include "db/UserRepository.h"

#include <QRegularExpression>

namespace ocopos::services {

namespace {
const QString kBadLogin = QStringLiteral("wrong user name or PIN");

bool lockedAt(const db::UserRecord& u, const QDateTime& now)
{
    const QDateTime until = QDateTime::fromString(u.lockedUntil, Qt::ISODate);
    return until.isValid() && now < until;
}

AuthError lockedError(const db::UserRecord& u, const QDateTime& now)
{
    const QDateTime until = QDateTime::fromString(u.lockedUntil, Qt::ISODate);
    const auto mins = (now.secsTo(until) + 59) / 60;
    return AuthError(codes::authLocked,
                     "user " + u.username.toStdString() + " is locked after " + std::to_string(AuthService::kMaxFailures)
                         + " wrong PINs; try again in " + std::to_string(mins) + " minute(s)",
                     {{"user", u.username.toStdString()}, {"minutes", std::to_string(mins)}});
}

Session sessionOf(const db::UserRecord& u)
{
    Session s;
    s.userId = u.id;
    s.username = u.username;
    s.displayName = u.displayName;
    s.role = u.role;
    s.producerId = u.producerId;
    s.mustChangePin = u.mustChangePin;
    return s;
}
} // namespace

AuthService::AuthService(Context ctx) : AuthService(ctx, std::make_shared<PinHasher>(ctx.pinHashCost)) {}

AuthService::AuthService(Context ctx, std::shared_ptr<const PinHasher> hasher) : m_ctx(ctx), m_hasher(std::move(hasher)) {}

void AuthService::validatePin(const QString& pin)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4,8}$"));
    if (!re.match(pin).hasMatch())
        throw ValidationError("pin", "a PIN is 4 to 8 digits");
}

void AuthService::ensureAdmin(InitialAdmin kind)
{
    db::UserRepository users(m_ctx.db);
    if (users.count() > 0)
        return;
    db::NewUserRecord admin;
    admin.username = QStringLiteral("admin");
    admin.displayName = QStringLiteral("Quản trị");
    admin.role = core::Role::Admin;
    admin.pinHash = m_hasher->hash(QString::fromLatin1(kInitialAdminPin));
    // The demo's training store publishes its PINs in the README on purpose: only
    // a real store's admin is made to replace the PIN everyone knows.
    admin.mustChangePin = kind == InitialAdmin::MustChangePin;
    admin.createdAt = core::Clock::isoString(m_ctx.clock.now());
    users.insert(admin);
    audit(m_ctx, nullptr, QStringLiteral("user_add"), QStringLiteral("admin (admin) created at init"),
          QStringLiteral("admin"));
}

void AuthService::refuse(const QString& username, const QString& why, const AuthError& error)
{
    db::TransactionGuard tx(m_ctx.db);
    audit(m_ctx, nullptr, QStringLiteral("login_failed"), why, username);
    tx.commit();
    throw error;
}

Session AuthService::login(const QString& username, const QString& pin)
{
    // The PIN is checked outside any transaction: argon2id takes a noticeable
    // time, and holding the write lock meanwhile would make every till's sale wait
    // for one login. The outcome is then written in a short transaction that reads
    // the row again, so that concurrent failures all count and a lock taken
    // meanwhile holds.
    db::UserRepository users(m_ctx.db);
    const QDateTime now = m_ctx.clock.now();
    for (int attempt = 0;; ++attempt) {
        const auto seen = users.byUsername(username);
        if (!seen) {
            m_hasher->verify(m_hasher->unmatchable(), pin);
            refuse(username, QStringLiteral("unknown user"), AuthError(codes::authWrongPin, kBadLogin.toStdString()));
        }
        if (lockedAt(*seen, now))
            refuse(username, QStringLiteral("locked"), lockedError(*seen, now));
        const bool pinOk = m_hasher->verify(seen->pinHash, pin);  // also for an inactive user: same cost, same answer

        db::TransactionGuard tx(m_ctx.db);
        const auto user = users.byUsername(username);
        if (!user)
            throw AuthError(codes::authWrongPin, kBadLogin.toStdString());  // users are never deleted; kept for safety
        // The PIN changed while it was being checked: check against the new one
        // (a few times at most, then count the attempt as failed).
        if (user->pinHash != seen->pinHash && attempt < 2)
            continue;
        if (lockedAt(*user, now)) {
            audit(m_ctx, nullptr, QStringLiteral("login_failed"), QStringLiteral("locked"), username);
            tx.commit();
            throw lockedError(*user, now);
        }
        if (!user->active || !pinOk || user->pinHash != seen->pinHash) {
            const int failures = user->failedAttempts + 1;
            const bool lock = failures >= kMaxFailures;
            const QString until = core::Clock::isoString(now.addSecs(kLockSeconds));
            users.setLoginOutcome(user->id, db::LoginOutcome{lock ? 0 : failures, lock ? until : QString()});
            audit(m_ctx, nullptr, QStringLiteral("login_failed"),
                  !user->active ? QStringLiteral("inactive")
                  : lock        ? QStringLiteral("wrong PIN; locked")
                                : QStringLiteral("wrong PIN"),
                  username);
            if (lock)
                audit(m_ctx, nullptr, QStringLiteral("lock"),
                      QStringLiteral("%1 wrong PINs; locked until %2").arg(kMaxFailures).arg(until), username);
            tx.commit();
            throw AuthError(codes::authWrongPin, kBadLogin.toStdString());
        }
        users.setLoginOutcome(user->id, db::LoginOutcome{});
        const Session s = sessionOf(*user);
        audit(m_ctx, &s, QStringLiteral("login"), QString());
        tx.commit();
        return s;
    }
}

Session AuthService::authorizeOverride(const QString& username, const QString& pin, const QString& what)
{
    Session m = login(username, pin);
    if (!core::roleAtLeast(m.role, core::Role::Manager))
        throw AuthError(codes::authNotManager,
                        username.toStdString() + " is not a manager and cannot authorise " + what.toStdString(),
                        {{"user", username.toStdString()}});
    if (m.mustChangePin)
        throw AuthError(codes::authPinMustChange,
                        username.toStdString() + " must change the initial PIN before authorising " + what.toStdString(),
                        {{"user", username.toStdString()}});
    db::TransactionGuard tx(m_ctx.db);
    audit(m_ctx, &m, QStringLiteral("override"), what);
    tx.commit();
    return m;
}

void AuthService::addUser(const Session& actor, const NewUser& user)
{
    requireRole(actor, core::Role::Admin, "adding users");
    ProblemList problems;
    static const QRegularExpression nameRe(QStringLiteral("^[a-z0-9_.-]{2,32}$"));
    if (!nameRe.match(user.username).hasMatch())
        problems.add(0, "username", "must be 2–32 lower-case letters, digits, '.', '_' or '-'");
    if (core::normalizeText(user.displayName).isEmpty())
        problems.add(0, "name", "must not be empty");
    try {
        validatePin(user.pin);
    } catch (const ValidationError& e) {
        problems.add(0, "pin", e.problems().front().why);
    }
    if (user.role == core::Role::Cooperative && user.producerCode.isEmpty())
        problems.add(0, "producer", "a cooperative user must be bound to a producer (--producer CODE)");
    if (user.role != core::Role::Cooperative && !user.producerCode.isEmpty())
        problems.add(0, "producer", "only a cooperative user is bound to a producer");
    problems.throwIfAny();

    db::NewUserRecord row;
    row.username = user.username;
    row.displayName = core::normalizeText(user.displayName);
    row.role = user.role;
    row.pinHash = m_hasher->hash(user.pin);  // before the transaction: see login()
    row.createdAt = core::Clock::isoString(m_ctx.clock.now());

    db::UserRepository users(m_ctx.db);
    db::TransactionGuard tx(m_ctx.db);
    if (!user.producerCode.isEmpty()) {
        row.producerId = users.producerIdByCode(user.producerCode);
        if (!row.producerId)
            throw NotFound("no producer with code '" + user.producerCode.toStdString() + "'");
    }
    if (users.byUsername(user.username))
        throw Conflict("user '" + user.username.toStdString() + "' already exists");
    users.insert(row);
    audit(m_ctx, &actor, QStringLiteral("user_add"),
          QStringLiteral("%1 (%2)").arg(user.username, QString::fromUtf8(core::toCode(user.role).data())));
    tx.commit();
}

std::vector<UserInfo> AuthService::listUsers(const Session& actor)
{
    requireRole(actor, core::Role::Admin, "listing users");
    std::vector<UserInfo> out;
    const QDateTime now = m_ctx.clock.now();
    for (const auto& r : db::UserRepository(m_ctx.db).all()) {
        UserInfo u;
        u.id = r.id;
        u.username = r.username;
        u.displayName = r.displayName;
        u.role = r.role;
        u.producerCode = r.producerCode;
        u.active = r.active;
        u.locked = lockedAt(r, now);
        out.push_back(u);
    }
    return out;
}

void AuthService::setPin(const Session& actor, const QString& username, const QString& newPin)
{
    if (actor.username != username)
        requireRole(actor, core::Role::Admin, "setting another user's PIN");
    validatePin(newPin);
    const QString hash = m_hasher->hash(newPin);  // before the transaction: see login()
    db::UserRepository users(m_ctx.db);
    db::TransactionGuard tx(m_ctx.db);
    const auto user = users.byUsername(username);
    if (!user)
        throw NotFound("no user '" + username.toStdString() + "'");
    if (user->mustChangePin && newPin == QLatin1String(kInitialAdminPin))
        throw ValidationError("pin", "choose a PIN other than the initial " + std::string(kInitialAdminPin));
    users.setPin(username, hash);
    audit(m_ctx, &actor, QStringLiteral("user_pin"), username);
    tx.commit();
}

void AuthService::deactivate(const Session& actor, const QString& username)
{
    requireRole(actor, core::Role::Admin, "deactivating users");
    if (actor.username == username)
        throw Conflict("you cannot deactivate yourself");
    db::TransactionGuard tx(m_ctx.db);
    if (!db::UserRepository(m_ctx.db).deactivate(username))
        throw NotFound("no user '" + username.toStdString() + "'");
    audit(m_ctx, &actor, QStringLiteral("user_deactivate"), username);
    tx.commit();
}

} // namespace ocopos::services
