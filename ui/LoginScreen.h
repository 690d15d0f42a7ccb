#pragma once

#include "services/Session.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace ocopos::ui {

class UserListModel;

/// Who is at the till: pick a user (touch or arrows), type the PIN on the pad
/// or the keyboard, Enter. Wrong PINs and lockouts are told in words.
class LoginScreen : public QWidget {
    Q_OBJECT
public:
    explicit LoginScreen(services::Context ctx, QWidget* parent = nullptr);

    /// Reloads the users (e.g. after a logout, to show locks).
    void reload();
    void selectUser(const QString& username);
    void tryLogin();

    QListView* userList() const { return m_users; }
    UserListModel* userModel() const { return m_model; }
    QLineEdit* pinField() const { return m_pin; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* loginButton() const { return m_login; }

Q_SIGNALS:
    void loggedIn(const services::Session& session);
    /// The cashier asked for the other language ("vi" or "en").
    void languageRequested(const QString& language);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QString currentUsername() const;
    void showMessage(const QString& text);

    services::Context m_ctx;
    UserListModel* m_model;
    QListView* m_users;
    QLabel* m_who;
    QLineEdit* m_pin;
    QLabel* m_message;
    QPushButton* m_login;
};

} // namespace ocopos::ui
