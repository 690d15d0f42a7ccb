#include "UserLookup.h"

namespace ocopos::db {

std::optional<QString> UserLookup::displayName(const QString& username)
{
    Query q(m_db, QStringLiteral("SELECT display_name FROM users WHERE username = :u"));
    q.bind(QStringLiteral(":u"), username);
    const auto v = q.scalar();
    if (!v)
        return std::nullopt;
    return v->toString();
}

} // namespace ocopos::db
