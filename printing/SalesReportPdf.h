#pragma once

#include "DocumentData.h"
#include "PdfDocument.h"

#include <string>
#include <vector>

namespace ocopos::printing {

/// The sales report (A4 landscape, so ten columns stay readable): one row per
/// group (day, product, category, VAT rate, payment method, cashier, producer
/// or owner) with quantity, gross, discount, net, VAT, returns, commission,
/// payout and receipts, a totals row, and a bar chart of net per group.
class SalesReportPdf {
public:
    explicit SalesReportPdf(SalesReportData data);
    DocumentLayout layout(const TextMeasurer& measurer) const;
    PdfDocument render() const { return PdfDocument::make(*this); }

    /// The column title for the group key ("Ngày", "Sản phẩm", ...).
    static std::string groupTitle(SalesGroupBy by);

    /// Evenly spaced axis values from 0 (or the lowest value, if negative)
    /// covering `maxValue` in 1-2-5 steps, e.g. 0, 5.000.000, 10.000.000, ...
    static std::vector<std::int64_t> chartTicks(std::int64_t minValue, std::int64_t maxValue, int targetCount = 5);
    /// "5 triệu", "250 nghìn", "1,5 tỷ" for an axis label.
    static std::string shortAmount(std::int64_t dong);

private:
    SalesReportData m_data;
};

} // namespace ocopos::printing
