#include "ManagerOverrideDialog.h"

#include "Format.h"
#include "PinPad.h"
#include "Theme.h"
#include "services/AuthService.h"
#include "services/LoginDirectory.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ocopos::ui {

ManagerOverrideDialog::ManagerOverrideDialog(services::Context ctx, const QStringList& reasons, const QString& what,
                                             QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_what(what), m_user(new QComboBox(this)), m_pin(new QLineEdit(this)),
      m_message(new QLabel(this)), m_approve(new QPushButton(tr("Approve"), this))
{
    setWindowTitle(tr("Manager approval"));
    setMinimumWidth(460);
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("A manager must approve this sale:"), this);
    setLook(heading, Look::Heading);
    layout->addWidget(heading);
    auto* list = new QLabel(QStringLiteral("• ") + reasons.join(QStringLiteral("\n• ")), this);
    list->setWordWrap(true);
    list->setProperty("tone", QStringLiteral("warning"));
    layout->addWidget(list);

    for (const auto& u : services::loginUsers(m_ctx))
        if (core::roleAtLeast(u.role, core::Role::Manager))
            m_user->addItem(QStringLiteral("%1 (%2)").arg(u.displayName, u.username), u.username);
    m_user->setFocusPolicy(Qt::ClickFocus);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(8);
    setLook(m_pin, Look::PinField);
    auto* form = new QFormLayout;
    form->addRow(tr("Manager"), m_user);
    form->addRow(tr("PIN"), m_pin);
    layout->addLayout(form);
    layout->addWidget(new PinPad(m_pin, this));
    m_message->setWordWrap(true);
    m_message->setProperty("tone", QStringLiteral("error"));
    m_message->hide();
    layout->addWidget(m_message);

    auto* buttons = new QHBoxLayout;
    auto* cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancel"));
    cancel->setAutoDefault(false);
    m_approve->setProperty("role", QStringLiteral("primary"));
    m_approve->setDefault(true);
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_approve);
    layout->addLayout(buttons);
    connect(m_approve, &QPushButton::clicked, this, &ManagerOverrideDialog::tryApprove);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_pin->setFocus();
}

void ManagerOverrideDialog::tryApprove()
{
    const QString user = m_user->currentData().toString();
    try {
        m_manager = services::AuthService(m_ctx).authorizeOverride(user, m_pin->text(), m_what);
        m_credentials = services::OverrideRequest{user, m_pin->text()};
        accept();
    } catch (const std::exception& e) {
        m_message->setText(errorText(e));
        m_message->show();
        m_pin->clear();
        m_pin->setFocus();
    }
}

} // namespace ocopos::ui
