#pragma once

#include "Composer.h"
#include "DocumentData.h"
#include "PdfDocument.h"

namespace ocopos::printing {

/// The return slip (roll): the original receipt, each returned line with its
/// refund and the lots it went back to (or that it was written off as damaged),
/// the total refund and its VAT per rate, who authorised it, and room for the
/// customer's and manager's signatures.
class ReturnSlipPdf {
public:
    explicit ReturnSlipPdf(ReturnSlipData data, RollWidth width = RollWidth::Mm80);
    DocumentLayout layout(const TextMeasurer& measurer) const;
    PdfDocument render() const { return PdfDocument::make(*this); }

private:
    ReturnSlipData m_data;
    RollWidth m_width;
};

} // namespace ocopos::printing
