#pragma once

#include "services/Session.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ocopos::ui {

/// User and PIN; on success session() holds who logged in.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(services::Context ctx, QWidget* parent = nullptr);
    const std::optional<services::Session>& session() const { return m_session; }

private:
    void tryLogin();

    services::Context m_ctx;
    QComboBox* m_user = nullptr;
    QLineEdit* m_pin = nullptr;
    QLabel* m_message = nullptr;
    std::optional<services::Session> m_session;
};

} // namespace ocopos::ui
