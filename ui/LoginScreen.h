#pragma once

#include "services/Session.h"

#include <QWidget>

#include <exception>

class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;

namespace ocopos::ui {

class UserListModel;

/// Who is at the till: pick a user (touch or arrows), type the PIN on the pad
/// or the keyboard, Enter. Wrong PINs and lockouts are told in words. The PIN is
/// checked on a worker thread (argon2id takes a noticeable time): the screen
/// shows a busy bar and takes no input meanwhile. A user whose PIN must change
/// (init's admin/000000) chooses a new one (ChangePinDialog) before any screen.
class LoginScreen : public QWidget {
    Q_OBJECT
public:
    explicit LoginScreen(services::Context ctx, QWidget* parent = nullptr);

    /// Reloads the users (e.g. after a logout, to show locks).
    void reload();
    void selectUser(const QString& username);
    /// Starts checking the PIN; loggedIn() follows from the event loop.
    void tryLogin();
    /// True while a PIN is being checked or changed.
    bool isBusy() const { return m_busyCount > 0; }

    QListView* userList() const { return m_users; }
    UserListModel* userModel() const { return m_model; }
    QLineEdit* pinField() const { return m_pin; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* loginButton() const { return m_login; }
    QProgressBar* busyIndicator() const { return m_busy; }

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
    void setBusy(bool busy);
    void loginFailed(const std::exception_ptr& error);
    /// Asks for a new PIN, stores it, then lets the user in.
    void changePinThenEnter(services::Session session);

    services::Context m_ctx;
    UserListModel* m_model;
    QListView* m_users;
    QLabel* m_who;
    QLineEdit* m_pin;
    QLabel* m_message;
    QPushButton* m_login;
    QProgressBar* m_busy;
    int m_busyCount = 0;
};

} // namespace ocopos::ui
