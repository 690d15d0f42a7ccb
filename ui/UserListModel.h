#pragma once

#include "services/LoginDirectory.h"

#include <QAbstractListModel>

#include <vector>

namespace ocopos::ui {

/// The users a till's login screen offers.
class UserListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { UsernameRole = Qt::UserRole + 1 };

    explicit UserListModel(QObject* parent = nullptr);
    void setUsers(std::vector<services::LoginUser> users);
    const services::LoginUser* userAt(int row) const;
    int rowOf(const QString& username) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    std::vector<services::LoginUser> m_users;
};

} // namespace ocopos::ui
