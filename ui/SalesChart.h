#pragma once

#include "services/ReportChart.h"

#include <QChartView>

namespace ocopos::ui {

/// The bar chart of a sales report: the net of each row, the largest rows and
/// "others" when there are many (services::chartBars; ten bars leave each name
/// room to be read on a 768-pixel-high screen). Names read along
/// horizontal bars; days stand as columns in calendar order.
class SalesChart : public QChartView {
    Q_OBJECT
public:
    explicit SalesChart(QWidget* parent = nullptr);
    void setReport(const services::SalesReport& report, int maxBars = 10);

    /// What is drawn, for tests: the bars' labels and their nets.
    const std::vector<services::ChartBar>& bars() const { return m_bars; }
    QStringList categories() const;
    int barCount() const;

private:
    std::vector<services::ChartBar> m_bars;
    QStringList m_categories;
};

} // namespace ocopos::ui
