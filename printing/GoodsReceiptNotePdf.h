#pragma once

#include "DocumentData.h"
#include "PdfDocument.h"

namespace ocopos::printing {

/// The goods-receipt note (A4, portrait; continues over pages with the table
/// header repeated): supplier and store, each line with product, lot, producer,
/// production and expiry dates, quantity, unit cost and amount (consignment
/// lines have no cost), totals, the note, and signature blocks for the person
/// delivering, the storekeeper and the manager.
class GoodsReceiptNotePdf {
public:
    explicit GoodsReceiptNotePdf(GoodsReceiptNoteData data);
    DocumentLayout layout(const TextMeasurer& measurer) const;
    PdfDocument render() const { return PdfDocument::make(*this); }

private:
    GoodsReceiptNoteData m_data;
};

} // namespace ocopos::printing
