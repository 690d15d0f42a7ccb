#include "Session.h"

#include "AuditLog.h"
#include "core/ErrorCodes.h"
#include "db/Database.h"

namespace ocopos::services {

void requireRole(const Session& s, core::Role need, const char* what)
{
    if (!core::roleAtLeast(s.role, need))
        throw AuthError(codes::authRole,
                        std::string(what) + " needs the " + std::string(core::toCode(need)) + " role; "
                            + s.username.toStdString() + " is " + std::string(core::toCode(s.role)),
                        {{"user", s.username.toStdString()},
                         {"role", std::string(core::toCode(s.role))},
                         {"needed", std::string(core::toCode(need))}});
}

void audit(Context& ctx, const Session* actor, const QString& action, const QString& detail,
           const QString& username)
{
    db::Query q(ctx.db, QStringLiteral("INSERT INTO audit_log (at, user_id, username, action, detail) "
                                       "VALUES (:at, :uid, :un, :action, :detail)"));
    q.bind(QStringLiteral(":at"), core::Clock::isoString(ctx.clock.now()))
        .bind(QStringLiteral(":uid"), actor ? QVariant(actor->userId) : QVariant())
        .bind(QStringLiteral(":un"), actor ? actor->username : username)
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":detail"), detail)
        .exec();
}

std::vector<AuditEntry> recentAudit(Context& ctx, int limit)
{
    db::Query q(ctx.db, QStringLiteral("SELECT id, at, username, action, detail FROM audit_log "
                                       "ORDER BY id DESC LIMIT :lim"));
    q.bind(QStringLiteral(":lim"), limit).exec();
    std::vector<AuditEntry> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString()});
    return out;
}

} // namespace ocopos::services
