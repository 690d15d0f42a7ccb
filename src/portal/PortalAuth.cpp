#include "PortalAuth.h"

#include "centre/Tokens.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "services/PinHasher.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <array>
#include <spdlog/spdlog.h>

namespace ocopos::portal {

db::PortalScope Identity::scope() const
{
    db::PortalScope s;
    if (role == QLatin1String("cooperative"))
        s.producerKey = producerKey;
    else if (role == QLatin1String("store"))
        s.storeId = storeId.value_or(-1); // a store user without a store sees nothing
    return s;
}

QString randomToken()
{
    std::array<quint32, 8> words {};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char*>(words.data()), static_cast<qsizetype>(sizeof(words)));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString generatePassword()
{
    static const char kAlphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
    constexpr int kSize = sizeof(kAlphabet) - 1;
    QString out;
    for (int i = 0; i < 14; ++i)
        out += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(kSize)]);
    return out;
}

qint64 PortalAuth::nowSecs() const
{
    return m_clock.now().toSecsSinceEpoch();
}

LoginOutcome PortalAuth::login(const QString& ip, const QString& loginName, const QString& password)
{
    const auto log = core::logger("portal");
    db::PortalRepository repo(m_db);
    const qint64 now = nowSecs();
    const QString login = loginName.trimmed().left(64);
    LoginOutcome out;
    // The rate limit counts every attempt, right or wrong, before any hashing:
    // a flood costs the server a count query, not an argon2id each.
    if (repo.attemptsFromIp(ip, now - kWindowSeconds) >= kMaxPerIp
        || repo.attemptsForLogin(login, now - kWindowSeconds) >= kMaxPerLogin) {
        log->warn("portal login rate-limited: address {} login '{}'", ip.toStdString(), login.toStdString());
        out.status = LoginOutcome::Status::RateLimited;
        return out;
    }
    repo.forgetAttempts(now - 24 * 3600);
    const services::PinHasher hasher(m_cost);
    const auto user = repo.userByLogin(login);
    if (!user || !user->disabledAt.isEmpty()) {
        // As long as a wrong password: names cannot be probed by timing.
        hasher.verify(hasher.unmatchable(), password);
        repo.addAttempt(ip, login, now, false);
        log->info(
            "portal login refused: unknown or disabled login '{}' from {}", login.toStdString(), ip.toStdString());
        return out;
    }
    if (user->lockedUntil > now) {
        repo.addAttempt(ip, login, now, false);
        out.status = LoginOutcome::Status::Locked;
        log->info("portal login refused: '{}' is locked", login.toStdString());
        return out;
    }
    if (!hasher.verify(user->passwordHash, password)) {
        repo.addAttempt(ip, login, now, false);
        if (repo.addFailure(user->id, kMaxFailures, now + kLockSeconds)) {
            out.status = LoginOutcome::Status::Locked;
            log->warn("portal login: '{}' locked after {} wrong passwords", login.toStdString(), kMaxFailures);
        }
        return out;
    }
    repo.addAttempt(ip, login, now, true);
    repo.clearFailures(user->id);
    repo.forgetSessions(now);
    out.token = randomToken();
    const QString csrf = randomToken();
    repo.addSession(centre::tokenHash(out.token), user->id, csrf, now, now + kSessionSeconds);
    out.status = LoginOutcome::Status::Ok;
    out.identity = Identity { user->id, user->login, user->name, user->role, user->storeId, user->storeCode,
        user->producerKey, csrf, centre::tokenHash(out.token) };
    log->info("portal login: '{}' ({})", login.toStdString(), user->role.toStdString());
    return out;
}

std::optional<Identity> PortalAuth::identify(const QString& token)
{
    if (token.isEmpty() || token.size() > 100)
        return std::nullopt;
    db::PortalRepository repo(m_db);
    const QString key = centre::tokenHash(token);
    const auto session = repo.session(key, nowSecs());
    if (!session)
        return std::nullopt;
    const auto user = repo.userById(session->userId);
    if (!user || !user->disabledAt.isEmpty())
        return std::nullopt;
    return Identity { user->id, user->login, user->name, user->role, user->storeId, user->storeCode, user->producerKey,
        session->csrf, key };
}

void PortalAuth::logout(const Identity& who)
{
    db::PortalRepository(m_db).deleteSession(who.tokenSha256);
}

namespace {
void checkPassword(const QString& password)
{
    if (password.size() < 8)
        throw PortalUserError(PortalUserError::Kind::Invalid, QStringLiteral("password: at least 8 characters"));
}
} // namespace

void PortalAuth::addUser(
    const QString& login, const QString& name, const QString& role, const QString& target, const QString& password)
{
    static const QRegularExpression loginRe(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    if (!loginRe.match(login).hasMatch())
        throw PortalUserError(
            PortalUserError::Kind::Invalid, QStringLiteral("login: 1–64 of A–Z a–z 0–9 . _ @ -, got '%1'").arg(login));
    if (name.trimmed().isEmpty())
        throw PortalUserError(PortalUserError::Kind::Invalid, QStringLiteral("name: empty"));
    checkPassword(password);
    db::PortalRepository repo(m_db);
    db::PortalUser u;
    u.login = login;
    u.name = name.trimmed();
    u.role = role;
    if (role == QLatin1String("store")) {
        u.storeId = repo.storeIdByCode(target);
        if (!u.storeId)
            throw PortalUserError(PortalUserError::Kind::NotFound, QStringLiteral("no store '%1'").arg(target));
    } else if (role == QLatin1String("cooperative")) {
        static const QRegularExpression keyRe(QStringLiteral("^(HTX|MST):[^/\\s]+$"));
        if (!keyRe.match(target).hasMatch())
            throw PortalUserError(PortalUserError::Kind::Invalid,
                QStringLiteral("a cooperative is named by its province key (HTX:<code> or MST:<tax "
                               "code>, docs/CENTRE.md §5), got '%1'")
                    .arg(target));
        u.producerKey = target;
    } else if (role == QLatin1String("province")) {
        if (!target.isEmpty())
            throw PortalUserError(
                PortalUserError::Kind::Invalid, QStringLiteral("a province admin has no store or key"));
    } else {
        throw PortalUserError(
            PortalUserError::Kind::Invalid, QStringLiteral("role: province, store or cooperative, got '%1'").arg(role));
    }
    if (repo.userByLogin(login))
        throw PortalUserError(PortalUserError::Kind::Conflict, QStringLiteral("login '%1' exists").arg(login));
    u.passwordHash = services::PinHasher(m_cost).hash(password);
    u.createdAt = core::Clock::isoString(m_clock.now());
    repo.addUser(u);
}

void PortalAuth::setPassword(const QString& login, const QString& password)
{
    checkPassword(password);
    db::PortalRepository repo(m_db);
    const auto user = repo.userByLogin(login);
    if (!user)
        throw PortalUserError(PortalUserError::Kind::NotFound, QStringLiteral("no portal user '%1'").arg(login));
    repo.setPassword(login, services::PinHasher(m_cost).hash(password));
    repo.deleteUserSessions(user->id);
}

void PortalAuth::disable(const QString& login)
{
    db::PortalRepository repo(m_db);
    const auto user = repo.userByLogin(login);
    if (!user)
        throw PortalUserError(PortalUserError::Kind::NotFound, QStringLiteral("no portal user '%1'").arg(login));
    repo.disable(login, core::Clock::isoString(m_clock.now()));
    repo.deleteUserSessions(user->id);
}

std::vector<db::PortalUser> PortalAuth::users()
{
    return db::PortalRepository(m_db).users();
}

} // namespace ocopos::portal
