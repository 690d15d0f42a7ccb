#include "LoginDialog.h"

#include "services/AuthService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ocopos::ui {

LoginDialog::LoginDialog(services::Context ctx, QWidget* parent) : QDialog(parent), m_ctx(ctx)
{
    setWindowTitle(tr("OCOPOS — Log in"));
    auto* form = new QFormLayout(this);
    m_user = new QComboBox(this);
    m_user->setEditable(true);
    m_pin = new QLineEdit(this);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setInputMask(QString());
    m_pin->setMaxLength(8);
    m_message = new QLabel(this);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    form->addRow(tr("User"), m_user);
    form->addRow(tr("PIN"), m_pin);
    form->addRow(m_message);
    form->addRow(buttons);
    for (const char* name : {"thungan1", "quanly", "admin", "htxcairong"})
        m_user->addItem(QString::fromLatin1(name));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogin);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_pin->setFocus();
}

void LoginDialog::tryLogin()
{
    try {
        m_session = services::AuthService(m_ctx).login(m_user->currentText().trimmed(), m_pin->text());
        accept();
    } catch (const std::exception& e) {
        m_message->setText(QString::fromStdString(e.what()));
        m_pin->clear();
        m_pin->setFocus();
    }
}

} // namespace ocopos::ui
