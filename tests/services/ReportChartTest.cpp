// The chart's bars: natural orders kept, others ranked, the tail folded into "others".
#include "services/ReportChart.h"

#include <gtest/gtest.h>

using namespace ocopos;
using services::SalesGrouping;

namespace {
services::SalesReport reportOf(SalesGrouping by, std::initializer_list<std::pair<const char*, std::int64_t>> rows)
{
    services::SalesReport r;
    r.by = by;
    for (const auto& [key, net] : rows) {
        services::SalesRow row;
        row.key = QString::fromLatin1(key);
        row.label = by == SalesGrouping::Day ? QString() : QStringLiteral("Name ") + row.key;
        row.figures.net = core::Money(net);
        r.rows.push_back(row);
        r.totals.net += core::Money(net);
    }
    return r;
}
} // namespace

TEST(ReportChart, DaysKeepTheirOrderAndEveryRow)
{
    const auto r = reportOf(SalesGrouping::Day, {{"2026-11-01", 5}, {"2026-11-02", 50}, {"2026-11-03", 7}});
    const auto bars = services::chartBars(r, 2);
    ASSERT_EQ(bars.size(), 3u);
    EXPECT_EQ(bars[0].key, QStringLiteral("2026-11-01"));
    EXPECT_EQ(bars[0].label, QStringLiteral("2026-11-01"));  // no label: the key
    EXPECT_EQ(bars[2].net, core::Money(7));
}

TEST(ReportChart, NamesAreRankedAndTheTailBecomesOthersThatAddUp)
{
    const auto r = reportOf(SalesGrouping::Owner, {{"A", 10}, {"B", 40}, {"C", 40}, {"D", -5}, {"E", 30}});
    const auto all = services::chartBars(r, 5);
    ASSERT_EQ(all.size(), 5u);
    EXPECT_EQ(all[0].key, QStringLiteral("B"));  // ties keep report order
    EXPECT_EQ(all[1].key, QStringLiteral("C"));
    EXPECT_EQ(all[2].key, QStringLiteral("E"));
    EXPECT_EQ(all[4].key, QStringLiteral("D"));
    EXPECT_EQ(all[0].label, QStringLiteral("Name B"));

    const auto top = services::chartBars(r, 3);
    ASSERT_EQ(top.size(), 3u);
    EXPECT_EQ(top[1].key, QStringLiteral("C"));
    EXPECT_TRUE(top[2].key.isEmpty());
    EXPECT_EQ(top[2].rows, 3);
    EXPECT_EQ(top[2].net, core::Money(35));
    core::Money sum;
    for (const auto& b : top)
        sum += b.net;
    EXPECT_EQ(sum, r.totals.net);
}

TEST(ReportChart, AnEmptyReportHasNoBars)
{
    EXPECT_TRUE(services::chartBars(reportOf(SalesGrouping::Product, {}), 12).empty());
}
