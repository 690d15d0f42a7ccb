#pragma once

#include "Composer.h"
#include "DocumentData.h"
#include "PdfDocument.h"

namespace ocopos::printing {

/// The sale receipt on an 80 mm (or 58 mm) roll, as tall as its content: store,
/// receipt number, time, till and cashier; each line with its name (wrapped),
/// quantity × unit price, discount and amount, the producer and lot credited and
/// the OCOP stars; the discounts and total; the VAT table per rate (KCT apart
/// from 0 %); payments and change; the VietQR of a bank transfer; the short
/// journal hash and the store's footer.
class ReceiptPdf {
public:
    explicit ReceiptPdf(ReceiptData data, RollWidth width = RollWidth::Mm80);

    /// The laid-out receipt; no PDF involved (`measurer` may be a fake).
    DocumentLayout layout(const TextMeasurer& measurer) const;
    /// The receipt as a PDF. Throws PdfError.
    PdfDocument render() const { return PdfDocument::make(*this); }

private:
    ReceiptData m_data;
    RollWidth m_width;
};

} // namespace ocopos::printing
