#pragma once

#include "ScreenRegistry.h"

#include <QMainWindow>

#include <map>
#include <optional>

class QButtonGroup;
class QLabel;
class QStackedWidget;

namespace ocopos::ui {

class LoginScreen;

/// The app's one window: the login screen, then the screens the user's role
/// allows, with a navigation column. Logging out returns to the login screen.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(services::Context ctx, ScreenRegistry registry, ReceiptPrinter& printer,
               CustomerDisplay* customerDisplay = nullptr, QWidget* parent = nullptr);

    /// Who is logged in (none on the login screen).
    const std::optional<services::Session>& session() const { return m_session; }
    LoginScreen* loginScreen() const { return m_login; }
    /// Keys of the screens in the navigation, in order.
    QStringList navigation() const;
    /// The screen shown (null on the login screen), and one by key (null when not built).
    QWidget* currentScreen() const;
    QWidget* screen(const QString& key) const;
    bool showScreen(const QString& key);
    void logout();

Q_SIGNALS:
    void sessionChanged();

private:
    void startSession(const services::Session& session);
    void setLanguage(const QString& language);
    void buildLogin();

    services::Context m_ctx;
    ScreenRegistry m_registry;
    ReceiptPrinter& m_printer;
    CustomerDisplay* m_display;
    QStackedWidget* m_stack;
    LoginScreen* m_login = nullptr;
    QWidget* m_workspace = nullptr;
    QStackedWidget* m_screens = nullptr;
    QButtonGroup* m_nav = nullptr;
    std::vector<std::pair<QString, QWidget*>> m_built;
    std::optional<services::Session> m_session;
};

} // namespace ocopos::ui
