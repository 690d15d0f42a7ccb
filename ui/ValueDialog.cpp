#include "ValueDialog.h"

#include "Format.h"
#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ocopos::ui {

ValueDialog::ValueDialog(const QString& title, const QString& prompt, const QString& hint, const QString& initial,
                         Apply apply, QWidget* parent)
    : QDialog(parent), m_apply(std::move(apply)), m_field(new QLineEdit(initial, this)), m_message(new QLabel(this)),
      m_ok(new QPushButton(tr("OK"), this))
{
    setWindowTitle(title);
    setMinimumWidth(440);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(prompt, this);
    setLook(label, Look::Heading);
    label->setWordWrap(true);
    layout->addWidget(label);
    setLook(m_field, Look::ValueField);
    m_field->selectAll();
    layout->addWidget(m_field);
    if (!hint.isEmpty()) {
        auto* h = new QLabel(hint, this);
        h->setWordWrap(true);
        setLook(h, Look::Hint);
        layout->addWidget(h);
    }
    m_message->setWordWrap(true);
    m_message->setProperty("tone", QStringLiteral("error"));
    m_message->hide();
    layout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    auto* cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancel"));
    cancel->setAutoDefault(false);
    m_ok->setProperty("role", QStringLiteral("primary"));
    m_ok->setDefault(true);
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_ok);
    layout->addLayout(buttons);
    connect(m_ok, &QPushButton::clicked, this, &ValueDialog::tryApply);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_field->setFocus();
}

void ValueDialog::tryApply()
{
    try {
        m_apply(m_field->text());
        accept();
    } catch (const std::exception& e) {
        m_message->setText(errorText(e));
        m_message->show();
        m_field->selectAll();
        m_field->setFocus();
    }
}

} // namespace ocopos::ui
