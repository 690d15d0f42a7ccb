#pragma once

#include "services/ShiftService.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace ocopos::ui {

/// The figures of an X or Z report, as ShiftService computed them.
class ShiftReportView : public QWidget {
    Q_OBJECT
public:
    explicit ShiftReportView(QWidget* parent = nullptr);
    void setReport(const services::ShiftReport& report, bool closing);
    /// The text shown for a figure ("expected", "variance", ...), for tests.
    QString figure(const QString& key) const;

private:
    void addRow(const QString& key, const QString& caption, const QString& value, bool strong = false);

    QLabel* m_title;
    QGridLayout* m_grid;
    std::vector<std::pair<QString, QLabel*>> m_values;
};

} // namespace ocopos::ui
