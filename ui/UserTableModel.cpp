#include "UserTableModel.h"

#include "Format.h"

#include <QColor>

namespace ocopos::ui {

UserTableModel::UserTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void UserTableModel::setUsers(std::vector<services::UserInfo> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

const services::UserInfo* UserTableModel::at(int row) const
{
    return row >= 0 && row < rowCount() ? &m_users[static_cast<std::size_t>(row)] : nullptr;
}

int UserTableModel::rowOf(const QString& username) const
{
    for (std::size_t i = 0; i < m_users.size(); ++i)
        if (m_users[i].username == username)
            return static_cast<int>(i);
    return -1;
}

int UserTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_users.size()); }
int UserTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    const auto* u = index.isValid() && index.column() < ColumnCount ? at(index.row()) : nullptr;
    if (!u)
        return {};
    if (role == Qt::ForegroundRole && !u->active)
        return QColor(0x9a, 0xa5, 0xb1);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Username: return u->username;
    case DisplayName: return u->displayName;
    case Role: return roleName(u->role);
    case Producer: return u->producerCode;
    case State: return !u->active ? tr("Deactivated") : u->locked ? tr("Locked (wrong PINs)") : tr("Active");
    default: return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Username: return tr("User name");
    case DisplayName: return tr("Display name");
    case Role: return tr("Role");
    case Producer: return tr("Cooperative");
    case State: return tr("State");
    default: return {};
    }
}

} // namespace ocopos::ui
