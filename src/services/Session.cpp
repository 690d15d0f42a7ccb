#include "Session.h"

#include "AuditLog.h"
#include "core/ErrorCodes.h"
#include "db/UserRepository.h"

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
    db::AuditRecord e;
    e.at = core::Clock::isoString(ctx.clock.now());
    if (actor)
        e.userId = actor->userId;
    e.username = actor ? actor->username : username;
    e.action = action;
    e.detail = detail;
    db::UserRepository(ctx.db).appendAudit(e);
}

std::vector<AuditEntry> recentAudit(Context& ctx, int limit)
{
    std::vector<AuditEntry> out;
    for (const auto& e : db::UserRepository(ctx.db).recentAudit(limit))
        out.push_back({e.id, e.at, e.username, e.action, e.detail});
    return out;
}

} // namespace ocopos::services
