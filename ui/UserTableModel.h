#pragma once

#include "services/AuthService.h"

#include <QAbstractTableModel>

namespace ocopos::ui {

/// The store's users for the admin: name, role, cooperative binding, state.
class UserTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Username, DisplayName, Role, Producer, State, ColumnCount };

    explicit UserTableModel(QObject* parent = nullptr);
    void setUsers(std::vector<services::UserInfo> users);
    const services::UserInfo* at(int row) const;
    int rowOf(const QString& username) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<services::UserInfo> m_users;
};

} // namespace ocopos::ui
