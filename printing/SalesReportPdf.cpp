#include "SalesReportPdf.h"

#include "Composer.h"
#include "DocumentParts.h"
#include "Formatting.h"

#include <algorithm>
#include <cmath>

namespace ocopos::printing {

using namespace parts;

namespace {

/// Decimal with a comma and at most one decimal: 1.5 → "1,5", 2.0 → "2".
std::string oneDecimal(std::int64_t tenths)
{
    std::string s = std::to_string(tenths / 10);
    if (tenths % 10 != 0)
        s += "," + std::to_string(std::llabs(tenths % 10));
    return s;
}

} // namespace

SalesReportPdf::SalesReportPdf(SalesReportData data) : m_data(std::move(data)) {}

std::string SalesReportPdf::groupTitle(SalesGroupBy by)
{
    switch (by) {
    case SalesGroupBy::Day: return "Ngày";
    case SalesGroupBy::Product: return "Sản phẩm";
    case SalesGroupBy::Category: return "Nhóm sản phẩm";
    case SalesGroupBy::VatRate: return "Thuế suất";
    case SalesGroupBy::PaymentMethod: return "Phương thức thanh toán";
    case SalesGroupBy::Cashier: return "Thu ngân";
    case SalesGroupBy::Producer: return "Hộ sản xuất";
    case SalesGroupBy::Owner: return "Chủ thể OCOP";
    }
    return "";
}

std::vector<std::int64_t> SalesReportPdf::chartTicks(std::int64_t minValue, std::int64_t maxValue, int targetCount)
{
    const std::int64_t lo = std::min<std::int64_t>(0, minValue);
    const std::int64_t hi = std::max<std::int64_t>(0, maxValue);
    if (hi == lo)
        return {0};
    // The smallest 1-2-5 step that covers the range in at most targetCount steps.
    const std::int64_t span = hi - lo;
    std::int64_t step = 1;
    for (std::int64_t magnitude = 1;; magnitude *= 10) {
        bool found = false;
        for (std::int64_t f : {1, 2, 5}) {
            step = f * magnitude;
            if ((span + step - 1) / step <= targetCount) {
                found = true;
                break;
            }
        }
        if (found || magnitude > INT64_MAX / 100)
            break;
    }
    std::vector<std::int64_t> ticks;
    const std::int64_t first = lo < 0 ? -((-lo + step - 1) / step) * step : 0;
    for (std::int64_t v = first; ; v += step) {
        ticks.push_back(v);
        if (v >= hi)
            break;
    }
    return ticks;
}

std::string SalesReportPdf::shortAmount(std::int64_t dong)
{
    const std::int64_t a = std::llabs(dong);
    const std::string sign = dong < 0 ? "-" : "";
    if (a >= 1'000'000'000)
        return sign + oneDecimal(a / 100'000'000) + " tỷ";
    if (a >= 1'000'000)
        return sign + oneDecimal(a / 100'000) + " triệu";
    if (a >= 1'000)
        return sign + oneDecimal(a / 100) + " nghìn";
    return sign + std::to_string(a);
}

DocumentLayout SalesReportPdf::layout(const TextMeasurer& measurer) const
{
    const SalesReportData& d = m_data;
    Composer c = Composer::a4(measurer, true);
    const TextStyle cell = kA4Small;

    std::vector<std::string> subtitles = {"Từ ngày " + text::date(d.from) + " đến ngày " + text::date(d.to) + " · Theo "
                                          + QString::fromStdString(groupTitle(d.groupBy)).toLower().toStdString()};
    if (!d.scope.isEmpty())
        subtitles.push_back("Phạm vi: " + d.scope.toStdString());
    a4Header(c, d.store, "BÁO CÁO DOANH THU", subtitles);

    const TableLayout t(c.left(), c.width(),
                        {{QString::fromStdString(groupTitle(d.groupBy)), 0, 1, Align::Left},
                         {"SL", 44, 1, Align::Right},
                         {"Doanh số", 66, 1, Align::Right},
                         {"Giảm giá", 58, 1, Align::Right},
                         {"Doanh thu thuần", 68, 1, Align::Right},
                         {"Thuế GTGT", 60, 1, Align::Right},
                         {"Trả hàng", 58, 1, Align::Right},
                         {"Hoa hồng", 60, 1, Align::Right},
                         {"Phải trả NSX", 66, 1, Align::Right},
                         {"Số HĐ", 34, 1, Align::Right}},
                        5);
    const auto cells = [](const SalesReportRow& r, const std::string& key) {
        return std::vector<std::string>{key,
                                        r.quantity ? text::quantity(*r.quantity) : "",
                                        text::money(r.gross),
                                        text::money(r.discount),
                                        text::money(r.net),
                                        text::money(r.vat),
                                        text::money(r.returns),
                                        text::money(r.commission),
                                        text::money(r.payout),
                                        std::to_string(r.receipts)};
    };
    const auto keyText = [](const SalesReportRow& r) {
        if (r.label.isEmpty() || r.label == r.key)
            return r.key.toStdString();
        return r.label.toStdString() + " (" + r.key.toStdString() + ")";
    };
    c.headerRow(t, cell, true);
    c.setContinuationHeader([&](Composer& k) { k.headerRow(t, cell, true); });
    if (d.rows.empty())
        c.paragraph("Không có giao dịch trong kỳ.", cell);
    for (const auto& r : d.rows) {
        c.row(t, cells(r, keyText(r)), cell);
        c.advance(1.5);
        c.lineAt({t.left(), c.y() - 0.5}, {t.right(), c.y() - 0.5}, 0.2, false, Color::gray(0.78));
    }
    c.setContinuationHeader({});
    c.reserve(Composer::lineHeight(cell.size) + 4);
    c.lineAt({t.left(), c.y()}, {t.right(), c.y()}, 0.6);
    c.advance(3);
    c.row(t, cells(d.totals, "Tổng cộng"), cell.bold());
    c.advance(4);
    c.paragraph("Doanh thu thuần và các cột khác đã trừ hàng trả lại; trả hàng tính vào ngày trả.",
                cell.colored(Color::gray(0.3)));

    // The chart: one horizontal bar of net per group, so long names stay readable.
    if (!d.rows.empty()) {
        const TextStyle label = cell;
        const double barH = 11;
        const double rowH = 16;
        const std::size_t shown = std::min<std::size_t>(d.rows.size(), 40);
        const double chartH = rowH * static_cast<double>(shown) + 40;
        c.advance(12);
        c.reserve(std::min(chartH, 300.0));
        c.paragraph("Biểu đồ doanh thu thuần theo " + QString::fromStdString(groupTitle(d.groupBy)).toLower().toStdString(),
                    kA4Body.bold().sized(10));
        c.advance(6);
        std::int64_t lo = 0;
        std::int64_t hi = 0;
        for (std::size_t i = 0; i < shown; ++i) {
            lo = std::min(lo, d.rows[i].net.dong());
            hi = std::max(hi, d.rows[i].net.dong());
        }
        const auto ticks = chartTicks(lo, hi);
        const double labelW = std::min(220.0, c.width() * 0.28);
        const double x0 = c.left() + labelW + 8;
        const double valueRoom = 70;
        const double plotW = c.right() - x0 - valueRoom;
        const double vmin = static_cast<double>(ticks.front());
        const double vmax = static_cast<double>(ticks.back());
        const auto xOf = [&](double v) { return x0 + (v - vmin) / (vmax - vmin) * plotW; };
        // Grid lines go under the bars: drawn when a page's part of the chart is
        // known, then moved before its bars in the drawing order.
        const auto drawAxis = [&](double top, double bottom, std::size_t firstOp) {
            auto& ops = c.page().ops;
            const std::size_t before = ops.size();
            for (const auto tick : ticks) {
                const double x = xOf(static_cast<double>(tick));
                c.lineAt({x, top}, {x, bottom}, 0.3, tick != 0, Color::gray(tick == 0 ? 0.3 : 0.75));
                c.textAt(x, bottom + 9, shortAmount(tick), label.sized(6.5).aligned(Align::Center).colored(Color::gray(0.3)));
            }
            std::rotate(ops.begin() + static_cast<std::ptrdiff_t>(firstOp),
                        ops.begin() + static_cast<std::ptrdiff_t>(before), ops.end());
        };
        double top = c.y();
        std::size_t firstOp = c.page().ops.size();
        for (std::size_t i = 0; i < shown; ++i) {
            if (c.remaining() < rowH + 14) {
                drawAxis(top - 3, c.y(), firstOp);
                c.newPage();
                top = c.y();
                firstOp = c.page().ops.size();
            }
            const auto& r = d.rows[i];
            const double y = c.y();
            const std::string name = elideText(keyText(r), labelW, c.measureFn(label));
            c.textAt(x0 - 8, y + barH - 2.5, name, label.aligned(Align::Right));
            const double v = static_cast<double>(r.net.dong());
            const double xa = xOf(std::min(0.0, v));
            const double xb = xOf(std::max(0.0, v));
            c.rectAt(xa, y, std::max(xb - xa, 0.5), barH, true, Color{0.16, 0.42, 0.62});
            c.textAt(xb + 4, y + barH - 2.5, text::money(r.net), label.sized(7));
            c.advance(rowH);
        }
        drawAxis(top - 3, c.y(), firstOp);
        c.advance(14);
        if (shown < d.rows.size())
            c.paragraph("(" + std::to_string(d.rows.size() - shown) + " nhóm khác không vẽ trên biểu đồ)", cell);
    }

    const std::string footer = "Báo cáo doanh thu " + text::date(d.from) + " – " + text::date(d.to) + " · lập "
        + text::dateTime(d.generatedAt);
    return DocumentLayout{QStringLiteral("Báo cáo doanh thu"), d.generatedAt,
                          c.finish([&](Composer& k, int page, int count) { a4Footer(k, page, count, footer); })};
}

} // namespace ocopos::printing
