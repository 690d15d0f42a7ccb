#include "AuthService.h"

#include "AuditLog.h"
#include "core/ErrorCodes.h"
#include "core/VietText.h"
#include "db/Database.h"

#include <QRegularExpression>

#include <atomic>

#include <sodium.h>

namespace ocopos::services {

namespace {
void initSodium()
{
    static const bool ok = sodium_init() >= 0;
    if (!ok)
        throw Error("libsodium failed to initialise");
}

const QString kBadLogin = QStringLiteral("wrong user name or PIN");
std::atomic<bool> g_fastHashing{false};

/// A hash no PIN matches, checked for unknown users so that a wrong name costs
/// as long as a wrong PIN (names can't be probed by timing).
QString dummyHash()
{
    if (g_fastHashing)
        return AuthService::hashPin(QStringLiteral("not-a-pin"));
    // The hash of a random secret that was thrown away, at the cost hashPin uses
    // (made once, so that no login has to hash before it verifies).
    return QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$7mO6FsmkjkYX9e5LUs+geA$"
                          "sM6BwMrD3G1XLfpOkEuhn7taUd5vBuUuIsWn4+8V2/0");
}
} // namespace

void AuthService::validatePin(const QString& pin)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4,8}$"));
    if (!re.match(pin).hasMatch())
        throw ValidationError("pin", "a PIN is 4 to 8 digits");
}

QString AuthService::hashPin(const QString& pin)
{
    initSodium();
    const QByteArray p = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const bool fast = g_fastHashing;
    if (crypto_pwhash_str(out, p.constData(), static_cast<unsigned long long>(p.size()),
                          fast ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          fast ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw Error("out of memory while hashing a PIN");
    return QString::fromLatin1(out);
}

void AuthService::setFastHashingForTests(bool fast) { g_fastHashing = fast; }

bool AuthService::verifyPin(const QString& hash, const QString& pin)
{
    initSodium();
    const QByteArray h = hash.toLatin1();
    const QByteArray p = pin.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), p.constData(), static_cast<unsigned long long>(p.size())) == 0;
}

void AuthService::ensureAdmin()
{
    db::Query count(m_ctx.db, QStringLiteral("SELECT COUNT(*) FROM users"));
    if (count.scalar()->toLongLong() > 0)
        return;
    db::Query q(m_ctx.db, QStringLiteral("INSERT INTO users (username, display_name, role, pin_hash, created_at) "
                                         "VALUES ('admin', 'Quản trị', 'admin', :h, :at)"));
    q.bind(QStringLiteral(":h"), hashPin(QStringLiteral("000000")))
        .bind(QStringLiteral(":at"), core::Clock::isoString(m_ctx.clock.now()))
        .exec();
    audit(m_ctx, nullptr, QStringLiteral("user_add"), QStringLiteral("admin (admin) created at init"),
          QStringLiteral("admin"));
}

Session AuthService::login(const QString& username, const QString& pin)
{
    db::TransactionGuard tx(m_ctx.db);
    db::Query q(m_ctx.db, QStringLiteral("SELECT id, display_name, role, producer_id, pin_hash, active, "
                                         "failed_attempts, locked_until FROM users WHERE username = :u"));
    q.bind(QStringLiteral(":u"), username).exec();
    const QDateTime now = m_ctx.clock.now();
    if (!q.next()) {
        verifyPin(dummyHash(), pin);
        audit(m_ctx, nullptr, QStringLiteral("login_failed"), QStringLiteral("unknown user"), username);
        tx.commit();
        throw AuthError(codes::authWrongPin, kBadLogin.toStdString());
    }
    Session s;
    s.userId = q.value(0).toLongLong();
    s.username = username;
    s.displayName = q.value(1).toString();
    s.role = core::roleFromCode(q.value(2).toString().toStdString()).value_or(core::Role::Cashier);
    if (!q.value(3).isNull())
        s.producerId = q.value(3).toLongLong();
    const QString hash = q.value(4).toString();
    const bool active = q.value(5).toInt() == 1;
    int failures = q.value(6).toInt();
    const QString lockedUntil = q.value(7).toString();

    if (!lockedUntil.isEmpty()) {
        const QDateTime until = QDateTime::fromString(lockedUntil, Qt::ISODate);
        if (until.isValid() && now < until) {
            audit(m_ctx, nullptr, QStringLiteral("login_failed"), QStringLiteral("locked"), username);
            tx.commit();
            const auto mins = (now.secsTo(until) + 59) / 60;
            throw AuthError(codes::authLocked,
                            "user " + username.toStdString() + " is locked after " + std::to_string(kMaxFailures)
                                + " wrong PINs; try again in " + std::to_string(mins) + " minute(s)",
                            {{"user", username.toStdString()}, {"minutes", std::to_string(mins)}});
        }
    }
    const bool pinOk = verifyPin(hash, pin);  // also for an inactive user: same cost, same answer
    if (!active || !pinOk) {
        ++failures;
        const bool lock = failures >= kMaxFailures;
        db::Query u(m_ctx.db, QStringLiteral("UPDATE users SET failed_attempts = :f, locked_until = :l WHERE id = :id"));
        u.bind(QStringLiteral(":f"), lock ? 0 : failures)
            .bind(QStringLiteral(":l"), lock ? QVariant(core::Clock::isoString(now.addSecs(kLockSeconds))) : QVariant())
            .bind(QStringLiteral(":id"), s.userId)
            .exec();
        audit(m_ctx, nullptr, QStringLiteral("login_failed"),
              !active ? QStringLiteral("inactive") : lock ? QStringLiteral("wrong PIN; locked") : QStringLiteral("wrong PIN"),
              username);
        if (lock)
            audit(m_ctx, nullptr, QStringLiteral("lock"),
                  QStringLiteral("%1 wrong PINs; locked until %2")
                      .arg(kMaxFailures)
                      .arg(core::Clock::isoString(now.addSecs(kLockSeconds))),
                  username);
        tx.commit();
        throw AuthError(codes::authWrongPin, kBadLogin.toStdString());
    }
    db::Query ok(m_ctx.db, QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = :id"));
    ok.bind(QStringLiteral(":id"), s.userId).exec();
    audit(m_ctx, &s, QStringLiteral("login"), QString());
    tx.commit();
    return s;
}

Session AuthService::authorizeOverride(const QString& username, const QString& pin, const QString& what)
{
    Session m = login(username, pin);
    if (!core::roleAtLeast(m.role, core::Role::Manager))
        throw AuthError(codes::authNotManager,
                        username.toStdString() + " is not a manager and cannot authorise " + what.toStdString(),
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

    db::TransactionGuard tx(m_ctx.db);
    QVariant producerId;
    if (!user.producerCode.isEmpty()) {
        db::Query p(m_ctx.db, QStringLiteral("SELECT id FROM producers WHERE code = :c"));
        p.bind(QStringLiteral(":c"), user.producerCode);
        auto id = p.scalar();
        if (!id)
            throw NotFound("no producer with code '" + user.producerCode.toStdString() + "'");
        producerId = *id;
    }
    db::Query exists(m_ctx.db, QStringLiteral("SELECT 1 FROM users WHERE username = :u"));
    exists.bind(QStringLiteral(":u"), user.username);
    if (exists.scalar())
        throw Conflict("user '" + user.username.toStdString() + "' already exists");
    db::Query q(m_ctx.db, QStringLiteral("INSERT INTO users (username, display_name, role, producer_id, pin_hash, created_at) "
                                         "VALUES (:u, :n, :r, :p, :h, :at)"));
    q.bind(QStringLiteral(":u"), user.username)
        .bind(QStringLiteral(":n"), core::normalizeText(user.displayName))
        .bind(QStringLiteral(":r"), QString::fromUtf8(core::toCode(user.role).data()))
        .bind(QStringLiteral(":p"), producerId)
        .bind(QStringLiteral(":h"), hashPin(user.pin))
        .bind(QStringLiteral(":at"), core::Clock::isoString(m_ctx.clock.now()))
        .exec();
    audit(m_ctx, &actor, QStringLiteral("user_add"),
          QStringLiteral("%1 (%2)").arg(user.username, QString::fromUtf8(core::toCode(user.role).data())));
    tx.commit();
}

std::vector<UserInfo> AuthService::listUsers(const Session& actor)
{
    requireRole(actor, core::Role::Admin, "listing users");
    db::Query q(m_ctx.db, QStringLiteral("SELECT u.id, u.username, u.display_name, u.role, p.code, u.active, u.locked_until "
                                         "FROM users u LEFT JOIN producers p ON p.id = u.producer_id ORDER BY u.username"));
    q.exec();
    std::vector<UserInfo> out;
    const QDateTime now = m_ctx.clock.now();
    while (q.next()) {
        UserInfo u;
        u.id = q.value(0).toLongLong();
        u.username = q.value(1).toString();
        u.displayName = q.value(2).toString();
        u.role = core::roleFromCode(q.value(3).toString().toStdString()).value_or(core::Role::Cashier);
        u.producerCode = q.value(4).toString();
        u.active = q.value(5).toInt() == 1;
        const auto until = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
        u.locked = until.isValid() && now < until;
        out.push_back(u);
    }
    return out;
}

void AuthService::setPin(const Session& actor, const QString& username, const QString& newPin)
{
    if (actor.username != username)
        requireRole(actor, core::Role::Admin, "setting another user's PIN");
    validatePin(newPin);
    db::TransactionGuard tx(m_ctx.db);
    db::Query q(m_ctx.db, QStringLiteral("UPDATE users SET pin_hash = :h, failed_attempts = 0, locked_until = NULL "
                                         "WHERE username = :u"));
    q.bind(QStringLiteral(":h"), hashPin(newPin)).bind(QStringLiteral(":u"), username).exec();
    if (q.rowsAffected() != 1)
        throw NotFound("no user '" + username.toStdString() + "'");
    audit(m_ctx, &actor, QStringLiteral("user_pin"), username);
    tx.commit();
}

void AuthService::deactivate(const Session& actor, const QString& username)
{
    requireRole(actor, core::Role::Admin, "deactivating users");
    if (actor.username == username)
        throw Conflict("you cannot deactivate yourself");
    db::TransactionGuard tx(m_ctx.db);
    db::Query q(m_ctx.db, QStringLiteral("UPDATE users SET active = 0 WHERE username = :u"));
    q.bind(QStringLiteral(":u"), username).exec();
    if (q.rowsAffected() != 1)
        throw NotFound("no user '" + username.toStdString() + "'");
    audit(m_ctx, &actor, QStringLiteral("user_deactivate"), username);
    tx.commit();
}

} // namespace ocopos::services
