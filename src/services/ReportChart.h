#pragma once

#include "ReportService.h"

#include <vector>

namespace ocopos::services {

/// One bar of a sales chart: a report row's net, or the net of the rows folded
/// into "others".
struct ChartBar {
    QString key;    ///< the row's key; empty for the "others" bar
    QString label;  ///< the row's label (its key when it has none)
    core::Money net;
    int rows = 1;   ///< report rows in this bar (more than one for "others")
};

/// The bars of a sales report's chart, so the screen and the PDF draw the same
/// thing. Groupings with a natural order (day, VAT rate, payment method) keep
/// every row in report order. The others are ranked by net, highest first
/// (ties: report order), and when there are more than `maxBars` rows the
/// largest `maxBars − 1` are kept and the rest summed into one "others" bar, so
/// the bars always add up to the report's net.
std::vector<ChartBar> chartBars(const SalesReport& report, int maxBars = 12);

} // namespace ocopos::services
