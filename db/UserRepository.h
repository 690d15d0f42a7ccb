#pragma once

#include "Database.h"

#include "core/Domain.h"

#include <QString>

#include <optional>
#include <vector>

namespace ocopos::db {

/// A user row as stored (the PIN only as its hash).
struct UserRecord {
    qint64 id = 0;
    QString username;
    QString displayName;
    core::Role role = core::Role::Cashier;
    std::optional<qint64> producerId;
    QString producerCode;  ///< empty unless bound to a producer
    QString pinHash;
    bool active = true;
    int failedAttempts = 0;
    QString lockedUntil;  ///< ISO 8601, empty when never locked
    bool mustChangePin = false;
};

/// What a new user row holds.
struct NewUserRecord {
    QString username;
    QString displayName;
    core::Role role = core::Role::Cashier;
    std::optional<qint64> producerId;
    QString pinHash;
    bool mustChangePin = false;
    QString createdAt;
};

/// The outcome of a login attempt as stored on the user's row.
struct LoginOutcome {
    int failedAttempts = 0;
    QString lockedUntil;  ///< empty: not locked
};

/// One audit log entry.
struct AuditRecord {
    qint64 id = 0;
    QString at;
    std::optional<qint64> userId;
    QString username;
    QString action;
    QString detail;
};

/// SQL for users and the audit log. No rules here: AuthService decides, this
/// reads and writes rows. Throws DbError.
class UserRepository {
public:
    explicit UserRepository(Database& db) : m_db(db) {}

    qint64 count();
    std::optional<UserRecord> byUsername(const QString& username);
    /// Every user, by user name; `activeOnly` leaves out deactivated ones.
    std::vector<UserRecord> all(bool activeOnly = false);
    std::optional<qint64> producerIdByCode(const QString& code);

    qint64 insert(const NewUserRecord& u);
    /// New PIN hash; clears failures, the lock and the must-change flag. False
    /// when there is no such user.
    bool setPin(const QString& username, const QString& pinHash, bool mustChangePin = false);
    /// False when there is no such user.
    bool deactivate(const QString& username);
    void setLoginOutcome(qint64 userId, const LoginOutcome& outcome);

    void appendAudit(const AuditRecord& entry);
    /// Newest first.
    std::vector<AuditRecord> recentAudit(int limit);

private:
    Database& m_db;
};

} // namespace ocopos::db
