#pragma once

#include "Composer.h"
#include "DocumentData.h"
#include "PdfDocument.h"

namespace ocopos::printing {

/// The void slip (roll): which sale was voided, when, by which manager and why,
/// its lines and total, what was given back, and room for signatures.
class VoidSlipPdf {
public:
    explicit VoidSlipPdf(VoidSlipData data, RollWidth width = RollWidth::Mm80);
    DocumentLayout layout(const TextMeasurer& measurer) const;
    PdfDocument render() const { return PdfDocument::make(*this); }

private:
    VoidSlipData m_data;
    RollWidth m_width;
};

} // namespace ocopos::printing
