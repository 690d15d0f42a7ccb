#pragma once

#include "DocumentData.h"
#include "PdfDocument.h"

#include <vector>

namespace ocopos::printing {

/// Shelf labels on A4 sheets of 3 × 8 (70 × 37 mm, the common label stock):
/// name (wrapped to two lines), producer, unit, OCOP stars, the price (per kg
/// for goods sold by weight), and the EAN-13 with its digits, or the SKU as
/// Code 128 when the product has no EAN (no barcode when it has neither). As
/// many sheets as the labels need. layout() throws ValidationError for an
/// EAN-13 with a wrong check digit or a SKU Code 128 cannot encode: a label
/// that scans as another product is worse than no label.
class ShelfLabelsPdf {
public:
    explicit ShelfLabelsPdf(std::vector<ShelfLabelData> labels, QDateTime printedAt = {});
    DocumentLayout layout(const TextMeasurer& measurer) const;
    PdfDocument render() const { return PdfDocument::make(*this); }

    static constexpr int kColumns = 3;
    static constexpr int kRows = 8;
    /// Label size and the sheet's top margin, in points.
    static double labelWidth();
    static double labelHeight();
    static double sheetTop();

private:
    std::vector<ShelfLabelData> m_labels;
    QDateTime m_printedAt;
};

} // namespace ocopos::printing
