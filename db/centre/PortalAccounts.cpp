// PortalRepository's accounts: the portal's users, their sessions and the
// login attempts that rate-limit them. The report reads are PortalRepository.cpp.
#include "PortalRepository.h"

namespace ocopos::db {

namespace {

const QString kUserColumns = QStringLiteral(
    "u.id, u.login, u.name, u.role, u.store_id, COALESCE(s.code, ''), COALESCE(u.producer_key, ''), u.password_hash, "
    "u.failures, u.locked_until, u.created_at, COALESCE(u.disabled_at, '') "
    "FROM centre_portal_users u LEFT JOIN centre_stores s ON s.id = u.store_id");

PortalUser readUser(Query& q)
{
    PortalUser u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.name = q.value(2).toString();
    u.role = q.value(3).toString();
    if (!q.value(4).isNull())
        u.storeId = q.value(4).toLongLong();
    u.storeCode = q.value(5).toString();
    u.producerKey = q.value(6).toString();
    u.passwordHash = q.value(7).toString();
    u.failures = q.value(8).toLongLong();
    u.lockedUntil = q.value(9).toLongLong();
    u.createdAt = q.value(10).toString();
    u.disabledAt = q.value(11).toString();
    return u;
}

} // namespace

qint64 PortalRepository::addUser(const PortalUser& u)
{
    Query q(m_db,
        QStringLiteral("INSERT INTO centre_portal_users (login, name, role, store_id, producer_key, "
                       "password_hash, created_at) VALUES (:l, :n, :r, :s, :k, :h, :c) RETURNING id"));
    q.bind(QStringLiteral(":l"), u.login).bind(QStringLiteral(":n"), u.name).bind(QStringLiteral(":r"), u.role);
    q.bindOpt(QStringLiteral(":s"), u.storeId);
    q.bind(QStringLiteral(":k"),
        u.producerKey.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(u.producerKey));
    q.bind(QStringLiteral(":h"), u.passwordHash).bind(QStringLiteral(":c"), u.createdAt);
    return q.scalar().value_or(QVariant(0)).toLongLong();
}

std::optional<PortalUser> PortalRepository::userByLogin(const QString& login)
{
    Query q(m_db, QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" WHERE u.login = :l"));
    q.bind(QStringLiteral(":l"), login).exec();
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

std::optional<PortalUser> PortalRepository::userById(qint64 id)
{
    Query q(m_db, QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" WHERE u.id = :i"));
    q.bind(QStringLiteral(":i"), v64(id)).exec();
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

std::vector<PortalUser> PortalRepository::users()
{
    Query q(m_db, QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" ORDER BY u.role, u.login"));
    q.exec();
    std::vector<PortalUser> out;
    while (q.next())
        out.push_back(readUser(q));
    return out;
}

bool PortalRepository::setPassword(const QString& login, const QString& hash)
{
    Query q(m_db,
        QStringLiteral("UPDATE centre_portal_users SET password_hash = :h, failures = 0, locked_until = 0 "
                       "WHERE login = :l"));
    q.bind(QStringLiteral(":h"), hash).bind(QStringLiteral(":l"), login).exec();
    return q.rowsAffected() > 0;
}

bool PortalRepository::disable(const QString& login, const QString& now)
{
    Query q(m_db,
        QStringLiteral("UPDATE centre_portal_users SET disabled_at = COALESCE(disabled_at, :n) WHERE login = :l"));
    q.bind(QStringLiteral(":n"), now).bind(QStringLiteral(":l"), login).exec();
    return q.rowsAffected() > 0;
}

bool PortalRepository::addFailure(qint64 userId, qint64 max, qint64 lockUntil)
{
    Query q(m_db,
        QStringLiteral("UPDATE centre_portal_users SET "
                       "locked_until = CASE WHEN failures + 1 >= :m1 THEN :u ELSE locked_until END, "
                       "failures = CASE WHEN failures + 1 >= :m2 THEN 0 ELSE failures + 1 END "
                       "WHERE id = :i RETURNING locked_until = :u2"));
    q.bind(QStringLiteral(":m1"), v64(max)).bind(QStringLiteral(":m2"), v64(max));
    q.bind(QStringLiteral(":u"), v64(lockUntil)).bind(QStringLiteral(":u2"), v64(lockUntil));
    q.bind(QStringLiteral(":i"), v64(userId));
    return q.scalar().value_or(QVariant(false)).toBool();
}

void PortalRepository::clearFailures(qint64 userId)
{
    Query q(m_db, QStringLiteral("UPDATE centre_portal_users SET failures = 0 WHERE id = :i AND failures <> 0"));
    q.bind(QStringLiteral(":i"), v64(userId)).exec();
}

void PortalRepository::addSession(
    const QString& tokenSha256, qint64 userId, const QString& csrf, qint64 now, qint64 expiresAt)
{
    Query q(m_db,
        QStringLiteral("INSERT INTO centre_portal_sessions (token_sha256, user_id, csrf, created_at, expires_at) "
                       "VALUES (:t, :u, :c, :n, :e)"));
    q.bind(QStringLiteral(":t"), tokenSha256).bind(QStringLiteral(":u"), v64(userId)).bind(QStringLiteral(":c"), csrf);
    q.bind(QStringLiteral(":n"), v64(now)).bind(QStringLiteral(":e"), v64(expiresAt)).exec();
}

std::optional<PortalSession> PortalRepository::session(const QString& tokenSha256, qint64 now)
{
    Query q(m_db,
        QStringLiteral("SELECT user_id, csrf, expires_at FROM centre_portal_sessions "
                       "WHERE token_sha256 = :t AND expires_at > :n"));
    q.bind(QStringLiteral(":t"), tokenSha256).bind(QStringLiteral(":n"), v64(now)).exec();
    if (!q.next())
        return std::nullopt;
    return PortalSession { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong() };
}

void PortalRepository::deleteSession(const QString& tokenSha256)
{
    Query q(m_db, QStringLiteral("DELETE FROM centre_portal_sessions WHERE token_sha256 = :t"));
    q.bind(QStringLiteral(":t"), tokenSha256).exec();
}

void PortalRepository::deleteUserSessions(qint64 userId)
{
    Query q(m_db, QStringLiteral("DELETE FROM centre_portal_sessions WHERE user_id = :u"));
    q.bind(QStringLiteral(":u"), v64(userId)).exec();
}

void PortalRepository::forgetSessions(qint64 now)
{
    Query q(m_db, QStringLiteral("DELETE FROM centre_portal_sessions WHERE expires_at <= :n"));
    q.bind(QStringLiteral(":n"), v64(now)).exec();
}

void PortalRepository::addAttempt(const QString& ip, const QString& login, qint64 at, bool ok)
{
    Query q(m_db, QStringLiteral("INSERT INTO centre_portal_logins (ip, login, at, ok) VALUES (:i, :l, :a, :o)"));
    q.bind(QStringLiteral(":i"), ip).bind(QStringLiteral(":l"), login).bind(QStringLiteral(":a"), v64(at));
    q.bind(QStringLiteral(":o"), ok).exec();
}

qint64 PortalRepository::attemptsFromIp(const QString& ip, qint64 since)
{
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM centre_portal_logins WHERE ip = :i AND at >= :s AND NOT ok"));
    q.bind(QStringLiteral(":i"), ip).bind(QStringLiteral(":s"), v64(since));
    return q.scalar().value_or(QVariant(0)).toLongLong();
}

qint64 PortalRepository::attemptsForLogin(const QString& login, qint64 since)
{
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM centre_portal_logins WHERE login = :l AND at >= :s AND NOT ok"));
    q.bind(QStringLiteral(":l"), login).bind(QStringLiteral(":s"), v64(since));
    return q.scalar().value_or(QVariant(0)).toLongLong();
}

void PortalRepository::forgetAttempts(qint64 before)
{
    Query q(m_db, QStringLiteral("DELETE FROM centre_portal_logins WHERE at < :b"));
    q.bind(QStringLiteral(":b"), v64(before)).exec();
}

} // namespace ocopos::db
