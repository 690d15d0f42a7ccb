#include "PinPad.h"

#include "Theme.h"

#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>

namespace ocopos::ui {

PinPad::PinPad(QLineEdit* target, QWidget* parent) : QWidget(parent), m_target(target)
{
    auto* grid = new QGridLayout(this);
    grid->setSpacing(8);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto make = [this](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setProperty("role", QStringLiteral("pin"));
        b->setFocusPolicy(Qt::NoFocus);
        b->setAutoRepeat(false);
        return b;
    };
    for (int d = 1; d <= 9; ++d) {
        auto* b = make(QString::number(d), QStringLiteral("pin_%1").arg(d));
        grid->addWidget(b, (d - 1) / 3, (d - 1) % 3);
        connect(b, &QPushButton::clicked, this, [this, d] { m_target->insert(QString::number(d)); });
    }
    auto* clear = make(tr("Clear"), QStringLiteral("pin_clear"));
    setLook(clear, Look::Text13);
    auto* zero = make(QStringLiteral("0"), QStringLiteral("pin_0"));
    auto* back = make(QStringLiteral("⌫"), QStringLiteral("pin_back"));
    back->setToolTip(tr("Delete the last digit"));
    grid->addWidget(clear, 3, 0);
    grid->addWidget(zero, 3, 1);
    grid->addWidget(back, 3, 2);
    connect(zero, &QPushButton::clicked, this, [this] { m_target->insert(QStringLiteral("0")); });
    connect(back, &QPushButton::clicked, this, [this] { m_target->backspace(); });
    connect(clear, &QPushButton::clicked, this, [this] { m_target->clear(); });
}

} // namespace ocopos::ui
