#include "ReportChart.h"

#include <algorithm>

namespace ocopos::services {

std::vector<ChartBar> chartBars(const SalesReport& report, int maxBars)
{
    std::vector<ChartBar> bars;
    bars.reserve(report.rows.size());
    for (const auto& r : report.rows)
        bars.push_back({r.key, r.label.isEmpty() ? r.key : r.label, r.figures.net, 1});
    const bool ordered = report.by == SalesGrouping::Day || report.by == SalesGrouping::Vat || report.by == SalesGrouping::Payment;
    if (ordered)
        return bars;
    std::stable_sort(bars.begin(), bars.end(), [](const ChartBar& a, const ChartBar& b) { return a.net > b.net; });
    const auto keep = static_cast<std::size_t>(std::max(maxBars, 2) - 1);
    if (bars.size() <= keep + 1)
        return bars;
    ChartBar others{QString(), QString(), core::Money(0), 0};
    for (std::size_t i = keep; i < bars.size(); ++i) {
        others.net += bars[i].net;
        ++others.rows;
    }
    bars.resize(keep);
    bars.push_back(others);
    return bars;
}

} // namespace ocopos::services
