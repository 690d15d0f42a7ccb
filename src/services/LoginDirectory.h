#pragma once

#include "Session.h"

#include <vector>

namespace ocopos::services {

/// A user as the login screen lists them: no PIN hash, no producer details.
struct LoginUser {
    QString username;
    QString displayName;
    core::Role role = core::Role::Cashier;
    bool locked = false;  ///< locked now after too many wrong PINs
};

/// The active users, for a till's login screen (which runs before anyone is
/// logged in, so it can't use AuthService::listUsers). Cashiers first, then
/// managers, admins and cooperatives; by display name within a role.
std::vector<LoginUser> loginUsers(Context ctx);

} // namespace ocopos::services
