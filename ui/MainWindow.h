#pragma once

#include "ScreenRegistry.h"

#include <QLabel>
#include <QMainWindow>
#include <QPointer>

#include <map>
#include <optional>

class QButtonGroup;
class QLabel;
class QStackedWidget;

namespace ocopos::ui {

class LoginScreen;
class SyncSender;
class EInvoiceBackgroundSender;

/// The app's one window: the login screen, then the screens the user's role
/// allows, with a navigation column. Logging out returns to the login screen.
/// A language switch (installLanguage, from the login screen or the settings)
/// takes effect at once: the window rebuilds its screens in the new language,
/// keeping the user and the screen shown — unless work would be lost (a sale in
/// the cart, a goods receipt or a count not booked), in which case it waits
/// until that screen is done or the user moves to another screen.
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
    /// True while the screens wait to be rebuilt in a new language (see the class comment).
    bool languagePending() const { return m_languagePending; }
    /// The background link to the province centre (docs/CENTRE.md).
    SyncSender* syncSender() const { return m_sync; }

Q_SIGNALS:
    void sessionChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void startSession(const services::Session& session);
    void setLanguage(const QString& language);
    void buildLogin();
    /// Builds the navigation and the screens of the session, showing `key` (the first when empty).
    void buildWorkspace(const QString& key);
    /// The login screen, and the session's screens when nothing would be lost, in the installed language.
    void retranslate();
    /// A screen holds input that a rebuild would throw away.
    bool workInProgress() const;
    QString currentKey() const;

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
    QString m_builtLanguage;  ///< the language the widgets were built in
    bool m_languagePending = false;
    SyncSender* m_sync = nullptr;
    QPointer<QLabel> m_syncLabel;  ///< in the side panel, under the till (gone with the workspace)
    void showSyncStatus();
    EInvoiceBackgroundSender* m_einvoices = nullptr;
    QPointer<QLabel> m_einvoiceLabel;  ///< today's e-invoices, under the sync line (hidden when off)
    void showEInvoiceStatus();
};

} // namespace ocopos::ui
