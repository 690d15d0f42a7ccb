#include "UserRepository.h"

namespace ocopos::db {

namespace {
const QString kUserColumns = QStringLiteral(
    "SELECT u.id, u.username, u.display_name, u.role, u.producer_id, p.code, u.pin_hash, u.active, "
    "u.failed_attempts, u.locked_until, u.must_change_pin FROM users u LEFT JOIN producers p ON p.id = u.producer_id ");

UserRecord readUser(Query& q)
{
    UserRecord u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = core::roleFromCode(q.value(3).toString().toStdString()).value_or(core::Role::Cashier);
    if (!q.value(4).isNull())
        u.producerId = q.value(4).toLongLong();
    u.producerCode = q.value(5).toString();
    u.pinHash = q.value(6).toString();
    u.active = q.value(7).toInt() == 1;
    u.failedAttempts = q.value(8).toInt();
    u.lockedUntil = q.value(9).toString();
    u.mustChangePin = q.value(10).toInt() == 1;
    return u;
}
} // namespace

qint64 UserRepository::count()
{
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM users"));
    return q.scalar()->toLongLong();
}

std::optional<UserRecord> UserRepository::byUsername(const QString& username)
{
    Query q(m_db, kUserColumns + QStringLiteral("WHERE u.username = :u"));
    q.bind(QStringLiteral(":u"), username).exec();
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

std::vector<UserRecord> UserRepository::all(bool activeOnly)
{
    Query q(m_db, kUserColumns + (activeOnly ? QStringLiteral("WHERE u.active = 1 ") : QString())
                      + QStringLiteral("ORDER BY u.username"));
    q.exec();
    std::vector<UserRecord> out;
    while (q.next())
        out.push_back(readUser(q));
    return out;
}

std::optional<qint64> UserRepository::producerIdByCode(const QString& code)
{
    Query q(m_db, QStringLiteral("SELECT id FROM producers WHERE code = :c"));
    q.bind(QStringLiteral(":c"), code);
    const auto id = q.scalar();
    if (!id)
        return std::nullopt;
    return id->toLongLong();
}

qint64 UserRepository::insert(const NewUserRecord& u)
{
    Query q(m_db, QStringLiteral("INSERT INTO users (username, display_name, role, producer_id, pin_hash, "
                                 "must_change_pin, created_at) VALUES (:u, :n, :r, :p, :h, :m, :at)"));
    q.bind(QStringLiteral(":u"), u.username)
        .bind(QStringLiteral(":n"), u.displayName)
        .bind(QStringLiteral(":r"), QString::fromUtf8(core::toCode(u.role).data()))
        .bindOpt(QStringLiteral(":p"), u.producerId)
        .bind(QStringLiteral(":h"), u.pinHash)
        .bind(QStringLiteral(":m"), u.mustChangePin ? 1 : 0)
        .bind(QStringLiteral(":at"), u.createdAt)
        .exec();
    return q.lastInsertId();
}

bool UserRepository::setPin(const QString& username, const QString& pinHash, bool mustChangePin)
{
    Query q(m_db, QStringLiteral("UPDATE users SET pin_hash = :h, must_change_pin = :m, failed_attempts = 0, "
                                 "locked_until = NULL WHERE username = :u"));
    q.bind(QStringLiteral(":h"), pinHash)
        .bind(QStringLiteral(":m"), mustChangePin ? 1 : 0)
        .bind(QStringLiteral(":u"), username)
        .exec();
    return q.rowsAffected() == 1;
}

bool UserRepository::deactivate(const QString& username)
{
    Query q(m_db, QStringLiteral("UPDATE users SET active = 0 WHERE username = :u"));
    q.bind(QStringLiteral(":u"), username).exec();
    return q.rowsAffected() == 1;
}

void UserRepository::setLoginOutcome(qint64 userId, const LoginOutcome& outcome)
{
    Query q(m_db, QStringLiteral("UPDATE users SET failed_attempts = :f, locked_until = :l WHERE id = :id"));
    q.bind(QStringLiteral(":f"), outcome.failedAttempts)
        .bind(QStringLiteral(":l"), outcome.lockedUntil.isEmpty() ? QVariant() : QVariant(outcome.lockedUntil))
        .bind(QStringLiteral(":id"), v64(userId))
        .exec();
}

void UserRepository::appendAudit(const AuditRecord& e)
{
    Query q(m_db, QStringLiteral("INSERT INTO audit_log (at, user_id, username, action, detail) "
                                 "VALUES (:at, :uid, :un, :action, :detail)"));
    q.bind(QStringLiteral(":at"), e.at)
        .bindOpt(QStringLiteral(":uid"), e.userId)
        .bind(QStringLiteral(":un"), e.username)
        .bind(QStringLiteral(":action"), e.action)
        .bind(QStringLiteral(":detail"), e.detail)
        .exec();
}

std::vector<AuditRecord> UserRepository::recentAudit(int limit)
{
    Query q(m_db, QStringLiteral("SELECT id, at, user_id, username, action, detail FROM audit_log "
                                 "ORDER BY id DESC LIMIT :lim"));
    q.bind(QStringLiteral(":lim"), limit).exec();
    std::vector<AuditRecord> out;
    while (q.next()) {
        AuditRecord e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        if (!q.value(2).isNull())
            e.userId = q.value(2).toLongLong();
        e.username = q.value(3).toString();
        e.action = q.value(4).toString();
        e.detail = q.value(5).toString();
        out.push_back(e);
    }
    return out;
}

} // namespace ocopos::db
