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
    bool oneMonth = true;
    for (const auto& b : m_bars)
        oneMonth = oneMonth && b.key.left(7) == m_bars.front().key.left(7);
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
            label = QDate::fromString(b.key, Qt::ISODate).toString(oneMonth ? QStringLiteral("d") : QStringLiteral("d/M"));
        else
            label = elided(SalesReportModel::groupText(report.by, b.key, b.label), 28);
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
        c->setTitle(tr("Net by day"));
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
        c->setTitle(m_bars.size() < report.rows.size() ? tr("Net: the %1 largest and the others").arg(m_bars.size() - 1) : tr("Net"));
    }
    series->append(set);
    series->setBarWidth(0.7);
    series->attachAxis(categories);
    series->attachAxis(values);
    qreal lo = 0, hi = 0;
    for (int i = 0; i < set->count(); ++i) {
        lo = std::min(lo, set->at(i));
        hi = std::max(hi, set->at(i));
    }
    values->setRange(lo, hi > lo ? hi : lo + 1);
    values->applyNiceNumbers();
    QFont small = categories->labelsFont();
    small.setPointSize(9);
    categories->setLabelsFont(small);
    values->setLabelsFont(small);
}

} // namespace ocopos::ui
