#include "LoginDirectory.h"

#include "core/VietText.h"
#include "db/UserRepository.h"

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
    std::vector<LoginUser> out;
    const QDateTime now = ctx.clock.now();
    for (const auto& r : db::UserRepository(ctx.db).all(/*activeOnly=*/true)) {
        LoginUser u;
        u.username = r.username;
        u.displayName = r.displayName;
        u.role = r.role;
        const auto until = QDateTime::fromString(r.lockedUntil, Qt::ISODate);
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
