#pragma once

#include "Composer.h"
#include "DocumentLayout.h"
#include "FontLocator.h"
#include "MonoBitmap.h"

#include <memory>
#include <string_view>

namespace ocopos::printing {

/// Draws a roll document's layout (the same DocumentLayout its PDF is drawn
/// from) as the 1-bit raster a thermal printer prints: 8 dots per mm (203 dpi),
/// 576 dots across the 72 mm printable width of an 80 mm roll, 384 across the
/// 48 mm of a 58 mm roll. Text is rasterised with FreeType from the same Noto
/// Sans the PDFs embed, so every Vietnamese mark is printed as drawn (printers'
/// code pages lose them). QR modules and barcode bars are whole dots (each
/// module the same integer number of dots), so they stay crisp and decode.
///
/// The renderer is also the TextMeasurer its documents are laid out with: widths
/// are the fonts' advance widths without kerning, exactly what is drawn. Glyphs
/// are cached, so one renderer kept for a till's lifetime prints fastest. Not
/// thread-safe (one per thread).
class ThermalRenderer final : public TextMeasurer {
public:
    static constexpr int kDotsPerMm = 8;

    /// Loads the fonts FontLocator finds. Throws PdfError.
    ThermalRenderer();
    /// Loads the given font files. Throws PdfError.
    explicit ThermalRenderer(const FontFiles& fonts);
    ~ThermalRenderer() override;
    ThermalRenderer(const ThermalRenderer&) = delete;
    ThermalRenderer& operator=(const ThermalRenderer&) = delete;

    /// Dots across the printable width: 576 (80 mm) or 384 (58 mm).
    static int dotsAcross(RollWidth width) noexcept { return width == RollWidth::Mm80 ? 576 : 384; }

    double textWidth(std::string_view utf8, FontStyle style, double size) const override;

    /// The pages of a roll layout one under the other. Throws PdfError for a
    /// layout that is not an 80 or 58 mm roll.
    MonoBitmap render(const DocumentLayout& layout) const;

    /// Lays `document` out with this renderer's fonts and rasterises it:
    /// `Document` is a roll document class (ReceiptPdf, ReturnSlipPdf,
    /// VoidSlipPdf, ZReportPdf). Throws PdfError.
    template <class Document> MonoBitmap make(const Document& document) const { return render(document.layout(*this)); }

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace ocopos::printing
