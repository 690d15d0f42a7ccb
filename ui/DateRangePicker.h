#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;

namespace ocopos::ui {

/// "From [date] to [date]" with quick picks, shared by the screens that ask for
/// a period (reports, settlements). The date fields are named "from" and "to",
/// the quick picks "pick_today", "pick_week", "pick_month", "pick_lastMonth".
class DateRangePicker : public QWidget {
    Q_OBJECT

public:
    enum Pick { Today = 1, Week = 2, Month = 4, LastMonth = 8 };

    /// `today` anchors the quick picks; `picks` (a Pick mask) says which are shown, in that order.
    DateRangePicker(const QDate& today, int picks, QWidget* parent = nullptr);

    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QDate from() const;
    QDate to() const;
    void setRange(const QDate& from, const QDate& to);

Q_SIGNALS:
    /// A quick pick set the range (typing a date does not).
    void picked();

private:
    QDateEdit* m_from;
    QDateEdit* m_to;
};

} // namespace ocopos::ui
