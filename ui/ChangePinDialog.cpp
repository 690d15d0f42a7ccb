#include "ChangePinDialog.h"

#include "core/Errors.h"
#include "services/AuthService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace ocopos::ui {

ChangePinDialog::ChangePinDialog(const QString& displayName, QWidget* parent)
    : QDialog(parent), m_pin(new QLineEdit(this)), m_confirm(new QLineEdit(this)), m_message(new QLabel(this)),
      m_ok(nullptr)
{
    setObjectName(QStringLiteral("changePinDialog"));
    setWindowTitle(tr("Choose a new PIN"));
    auto* layout = new QVBoxLayout(this);
    auto* why = new QLabel(tr("%1, your PIN is still the initial 000000, which anyone can read in the manual. "
                              "Choose a new PIN of 4 to 8 digits before you continue.")
                               .arg(displayName),
                           this);
    why->setWordWrap(true);
    layout->addWidget(why);
    auto* form = new QFormLayout;
    auto* digits = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,8}")), this);
    for (auto* field : {m_pin, m_confirm}) {
        field->setEchoMode(QLineEdit::Password);
        field->setMaxLength(8);
        field->setValidator(digits);
    }
    m_pin->setObjectName(QStringLiteral("newPin"));
    m_confirm->setObjectName(QStringLiteral("confirmPin"));
    form->addRow(tr("New PIN"), m_pin);
    form->addRow(tr("New PIN again"), m_confirm);
    layout->addLayout(form);
    m_message->setProperty("tone", QStringLiteral("error"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Change PIN"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePinDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePinDialog::reject);
}

QString ChangePinDialog::newPin() const { return m_pin->text(); }

void ChangePinDialog::accept()
{
    QString problem;
    try {
        services::AuthService::validatePin(m_pin->text());
    } catch (const ValidationError&) {
        problem = tr("A PIN is 4 to 8 digits.");
    }
    if (problem.isEmpty() && m_pin->text() == QLatin1String(services::AuthService::kInitialAdminPin))
        problem = tr("Choose a PIN other than 000000.");
    if (problem.isEmpty() && m_confirm->text() != m_pin->text())
        problem = tr("The two PINs are not the same.");
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        m_message->show();
        m_confirm->clear();
        return;
    }
    QDialog::accept();
}

} // namespace ocopos::ui
