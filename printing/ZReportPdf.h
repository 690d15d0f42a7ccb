#pragma once

#include "Composer.h"
#include "DocumentData.h"
#include "PdfDocument.h"

namespace ocopos::printing {

/// The Z (closing) or X (mid-shift) report on a roll: shift and till, sales
/// totals, counts of sales, voids and returns with the first and last receipt,
/// totals by payment method, VAT per rate, the cash drawer (float, expected,
/// counted, variance) and the journal hash.
class ZReportPdf {
public:
    explicit ZReportPdf(ZReportData data, RollWidth width = RollWidth::Mm80);
    DocumentLayout layout(const TextMeasurer& measurer) const;
    PdfDocument render() const { return PdfDocument::make(*this); }

private:
    ZReportData m_data;
    RollWidth m_width;
};

} // namespace ocopos::printing
