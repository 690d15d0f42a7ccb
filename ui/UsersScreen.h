#pragma once

#include "ScreenRegistry.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ocopos::ui {

class UserTableModel;

/// The admin's list of users: add one with a role and a PIN, reset a PIN,
/// deactivate. AuthService checks the admin role and the PIN rules.
class UsersScreen : public QWidget {
    Q_OBJECT
public:
    explicit UsersScreen(const ScreenEnv& env, QWidget* parent = nullptr);
    void reload();
    /// Selects a user's row (the reset and deactivate buttons act on it).
    bool selectUser(const QString& username);

    UserTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* usernameField() const { return m_username; }
    QLineEdit* displayNameField() const { return m_displayName; }
    QComboBox* roleBox() const { return m_role; }
    QComboBox* producerBox() const { return m_producer; }
    QLineEdit* pinField() const { return m_pin; }
    QPushButton* addButton() const { return m_add; }
    QLineEdit* newPinField() const { return m_newPin; }
    QPushButton* resetPinButton() const { return m_resetPin; }
    QPushButton* deactivateButton() const { return m_deactivate; }
    QLabel* messageLabel() const { return m_message; }

private:
    void addUser();
    void resetPin();
    void deactivate();
    QString selectedUser() const;
    void say(const QString& tone, const QString& text);

    ScreenEnv m_env;
    UserTableModel* m_model;
    QTableView* m_table;
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QComboBox* m_role;
    QComboBox* m_producer;
    QLineEdit* m_pin;
    QPushButton* m_add;
    QLineEdit* m_newPin;
    QPushButton* m_resetPin;
    QPushButton* m_deactivate;
    QLabel* m_message;
};

} // namespace ocopos::ui
