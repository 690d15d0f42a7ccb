#include "LoginDirectory.h"

#include "core/VietText.h"
#include "db/Database.h"

#include <algorithm>

namespace ocopos::services {

namespace {
int roleOrder(core::Role r)
{
    switch (r) {
    case core::Role::Cashier: return 0;
    case core::Role::Manager: return 1;
    case core::Role::Admin: return 2;
    case core::Role::Cooperative: return 3;
    }
    return 4;
}
} // namespace

std::vector<LoginUser> loginUsers(Context ctx)
{
    db::Query q(ctx.db, QStringLiteral("SELECT username, display_name, role, locked_until FROM users WHERE active = 1"));
    q.exec();
    std::vector<LoginUser> out;
    const QDateTime now = ctx.clock.now();
    while (q.next()) {
        LoginUser u;
        u.username = q.value(0).toString();
        u.displayName = q.value(1).toString();
        u.role = core::roleFromCode(q.value(2).toString().toStdString()).value_or(core::Role::Cashier);
        const auto until = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
        u.locked = until.isValid() && now < until;
        out.push_back(u);
    }
    std::sort(out.begin(), out.end(), [](const LoginUser& a, const LoginUser& b) {
        if (roleOrder(a.role) != roleOrder(b.role))
            return roleOrder(a.role) < roleOrder(b.role);
        const int c = core::compareVietnamese(a.displayName, b.displayName);
        return c != 0 ? c < 0 : a.username < b.username;
    });
    return out;
}

} // namespace ocopos::services
