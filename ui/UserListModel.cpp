#include "UserListModel.h"

#include "Format.h"

namespace ocopos::ui {

UserListModel::UserListModel(QObject* parent) : QAbstractListModel(parent) {}

void UserListModel::setUsers(std::vector<services::LoginUser> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

const services::LoginUser* UserListModel::userAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_users.size()))
        return nullptr;
    return &m_users[static_cast<std::size_t>(row)];
}

int UserListModel::rowOf(const QString& username) const
{
    for (std::size_t i = 0; i < m_users.size(); ++i)
        if (m_users[i].username == username)
            return static_cast<int>(i);
    return -1;
}

int UserListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_users.size()); }

QVariant UserListModel::data(const QModelIndex& index, int role) const
{
    const auto* u = index.isValid() ? userAt(index.row()) : nullptr;
    if (!u)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return u->locked ? tr("%1\n%2 · locked").arg(u->displayName, roleName(u->role))
                         : QStringLiteral("%1\n%2").arg(u->displayName, roleName(u->role));
    case Qt::ToolTipRole:
        return u->username;
    case UsernameRole:
        return u->username;
    default:
        return {};
    }
}

} // namespace ocopos::ui
