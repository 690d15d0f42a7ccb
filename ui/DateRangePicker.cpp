#include "DateRangePicker.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ocopos::ui {

DateRangePicker::DateRangePicker(const QDate& today, int picks, QWidget* parent)
    : QWidget(parent), m_from(new QDateEdit(this)), m_to(new QDateEdit(this))
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        d->setMinimumWidth(130);
    }
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    row->addWidget(new QLabel(tr("From"), this));
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("to"), this));
    row->addWidget(m_to);
    const QDate monthStart(today.year(), today.month(), 1);
    const struct {
        Pick pick;
        const char* name;
        QString text;
        QDate from, to;
    } quick[] = {
        {Today, "today", tr("Today"), today, today},
        {Week, "week", tr("This week"), today.addDays(1 - today.dayOfWeek()), today},
        {Month, "month", tr("This month"), monthStart, today},
        {LastMonth, "lastMonth", tr("Last month"), monthStart.addMonths(-1), monthStart.addDays(-1)},
    };
    for (const auto& q : quick) {
        if (!(picks & q.pick))
            continue;
        auto* b = new QPushButton(q.text, this);
        b->setObjectName(QStringLiteral("pick_") + QLatin1String(q.name));
        const QDate from = q.from, to = q.to;
        connect(b, &QPushButton::clicked, this, [this, from, to] {
            setRange(from, to);
            Q_EMIT picked();
        });
        row->addWidget(b);
    }
}

QDate DateRangePicker::from() const { return m_from->date(); }

QDate DateRangePicker::to() const { return m_to->date(); }

void DateRangePicker::setRange(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

} // namespace ocopos::ui
