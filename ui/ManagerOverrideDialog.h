#pragma once

#include "services/SaleTypes.h"
#include "services/Session.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ocopos::ui {

/// Asks for a manager's user and PIN in place, for what `reasons` lists. The PIN
/// is checked with AuthService::authorizeOverride (audited as `what`); a wrong
/// PIN or a lockout shows in the dialog, which stays open.
class ManagerOverrideDialog : public QDialog {
    Q_OBJECT
public:
    ManagerOverrideDialog(services::Context ctx, const QStringList& reasons, const QString& what, QWidget* parent = nullptr);

    /// After acceptance: the credentials (for SaleRequest::override) and who approved.
    const std::optional<services::OverrideRequest>& credentials() const { return m_credentials; }
    const std::optional<services::Session>& manager() const { return m_manager; }

    QComboBox* userBox() const { return m_user; }
    QLineEdit* pinField() const { return m_pin; }
    QLabel* message() const { return m_message; }
    QPushButton* approveButton() const { return m_approve; }

private:
    void tryApprove();

    services::Context m_ctx;
    QString m_what;
    QComboBox* m_user;
    QLineEdit* m_pin;
    QLabel* m_message;
    QPushButton* m_approve;
    std::optional<services::OverrideRequest> m_credentials;
    std::optional<services::Session> m_manager;
};

} // namespace ocopos::ui
