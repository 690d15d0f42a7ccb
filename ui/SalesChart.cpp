#include "SalesChart.h"

#include "Format.h"
#include "SalesReportModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace ocopos::ui {

namespace {
QString elided(const QString& s, int max)
{
    return s.size() <= max ? s : s.left(max - 1).trimmed() + QChar(0x2026);
}
} // namespace

SalesChart::SalesChart(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
    auto* c = new QChart;
    c->legend()->hide();
    c->setMargins(QMargins(4, 4, 4, 4));
    setChart(c);
}

QStringList SalesChart::categories() const { return m_categories; }

int SalesChart::barCount() const
{
    const auto series = chart()->series();
    if (series.isEmpty())
        return 0;
    const auto* bars = qobject_cast<QAbstractBarSeries*>(series.front());
    return bars && !bars->barSets().isEmpty() ? bars->barSets().front()->count() : 0;
}

void SalesChart::setReport(const services::SalesReport& report, int maxBars)
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* a : c->axes()) {
        c->removeAxis(a);
        delete a;
    }
    m_bars = services::chartBars(report, maxBars);
    m_categories.clear();

    const bool days = report.by == services::SalesGrouping::Day;
    // Up to a month of days, the day number alone is unique and fits under its column.
    const bool dayNumbers = m_bars.size() <= 31;
    // Money becomes a double here for drawing only; the figures shown come
    // from the services. Millions or thousands of đồng keep the axis readable.
    qint64 largest = 0;
    for (const auto& b : m_bars)
        largest = std::max<qint64>(largest, b.net.dong() < 0 ? -b.net.dong() : b.net.dong());
    const bool millions = largest >= 10'000'000;
    const double unit = millions ? 1'000'000.0 : 1'000.0;

    auto* set = new QBarSet(tr("Net"));
    set->setColor(QColor(0x2f, 0x5d, 0x86));
    for (const auto& b : m_bars) {
        QString label;
        if (b.key.isEmpty() && b.rows > 1)
            label = tr("Others (%1)").arg(b.rows);
        else if (days)
            label = QDate::fromString(b.key, Qt::ISODate).toString(dayNumbers ? QStringLiteral("d") : QStringLiteral("d/M"));
        else if (report.by == services::SalesGrouping::Owner || report.by == services::SalesGrouping::Producer)
            label = elided(shortProducerName(b.label.isEmpty() ? b.key : b.label), 30);
        else if (report.by == services::SalesGrouping::Product)
            label = elided(b.label.isEmpty() ? b.key : b.label, 30);  // the SKU is in the table
        else
            label = elided(SalesReportModel::groupText(report.by, b.key, b.label), 30);
        m_categories << label;
        *set << static_cast<double>(b.net.dong()) / unit;
    }

    QAbstractBarSeries* series = nullptr;
    auto* categories = new QBarCategoryAxis;
    auto* values = new QValueAxis;
    values->setLabelFormat(millions ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    values->setTitleText(millions ? tr("Net, million ₫") : tr("Net, thousand ₫"));
    values->setGridLineColor(QColor(0xe1, 0xe6, 0xeb));
    if (days) {
        series = new QBarSeries;
        // Calendar order reads left to right.
        categories->append(m_categories);
        c->addSeries(series);
        c->addAxis(categories, Qt::AlignBottom);
        c->addAxis(values, Qt::AlignLeft);
        c->setTitle(dayNumbers && !m_bars.empty()
                        ? tr("Net by day, %1 – %2").arg(report.from.toString(QStringLiteral("dd/MM")), report.to.toString(QStringLiteral("dd/MM")))
                        : tr("Net by day"));
    } else {
        series = new QHorizontalBarSeries;
        // The largest bar on top: a horizontal axis lists its first category at the bottom.
        QStringList reversed(m_categories.rbegin(), m_categories.rend());
        QList<qreal> v;
        for (int i = set->count() - 1; i >= 0; --i)
            v << set->at(i);
        set->remove(0, set->count());
        set->append(v);
        categories->append(reversed);
        c->addSeries(series);
        c->addAxis(categories, Qt::AlignLeft);
        c->addAxis(values, Qt::AlignBottom);
        // No title: the axis says what the bars are, and every pixel of height
        // keeps the names from being elided.
        c->setTitle(QString());
    }
    series->append(set);
    series->setBarWidth(0.7);
    if (!days) {
        // The value at the end of each bar, in the axis' unit.
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsFormat(QStringLiteral("@value"));
        series->setLabelsPrecision(3);
        set->setLabelColor(QColor(0x1b, 0x3a, 0x57));
    }
    series->attachAxis(categories);
    series->attachAxis(values);
    qreal lo = 0, hi = 0;
    for (int i = 0; i < set->count(); ++i) {
        lo = std::min(lo, set->at(i));
        hi = std::max(hi, set->at(i));
    }
    if (!days)
        hi *= 1.12;  // room for the value printed after the longest bar
    values->setRange(lo, hi > lo ? hi : lo + 1);
    values->applyNiceNumbers();
    QFont small = categories->labelsFont();
    small.setPointSize(9);
    categories->setLabelsFont(small);
    // Qt Charts hides a category name ("...") as soon as its row is a little
    // lower than its label; ours are already shortened to 30 characters and a
    // 9-point line fits a bar row down to ~15 px.
    categories->setTruncateLabels(false);
    values->setLabelsFont(small);
}

} // namespace ocopos::ui
