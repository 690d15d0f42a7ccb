#pragma once

#include "DocumentLayout.h"
#include "FontLocator.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <string_view>

namespace ocopos::printing {

/// One PDF being made with libharu: owns the libharu document (freed in the
/// destructor, which never throws), with Noto Sans Regular and Bold embedded as
/// UTF-8 fonts. Move-only. Every libharu failure becomes a PdfError thrown from
/// the call that caused it; after one, the document refuses further work.
///
/// Documents are laid out first (DocumentLayout, using this object as the
/// TextMeasurer so widths come from the embedded font) and then drawn.
class PdfDocument final : public TextMeasurer {
public:
    /// Loads the fonts FontLocator finds. Throws PdfError.
    PdfDocument();
    /// Loads the given font files. Throws PdfError.
    explicit PdfDocument(const FontFiles& fonts);
    ~PdfDocument() noexcept override;

    PdfDocument(PdfDocument&& other) noexcept;
    PdfDocument& operator=(PdfDocument&& other) noexcept;
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    /// Width of UTF-8 text in the embedded font, in points (no kerning: libharu
    /// places glyphs by advance width, so this is exactly what is drawn).
    double textWidth(std::string_view utf8, FontStyle style, double size) const override;

    /// Appends the pages of `layout` and sets the title and creation date.
    /// Throws PdfError (also once the PDF has been written).
    void draw(const DocumentLayout& layout);
    /// Appends one page and draws it. Throws PdfError.
    void drawPage(const PageLayout& page);

    int pageCount() const noexcept;

    /// The finished PDF; may be called again (same bytes). Once written, no more
    /// can be drawn: libharu embeds the font subset at the first save only.
    /// Throws PdfError.
    QByteArray toBytes();
    /// Writes the PDF to `path` atomically (a temporary file renamed into place).
    /// Throws PdfError naming the path and the reason.
    void save(const QString& path);

    /// The font files in use.
    const FontFiles& fonts() const noexcept;

    /// Lays `document` out with this library's fonts and draws it: `Document`
    /// is one of the document classes (anything with
    /// `DocumentLayout layout(const TextMeasurer&) const`). Throws PdfError.
    template <class Document>
    static PdfDocument make(const Document& document, const FontFiles& fonts)
    {
        PdfDocument pdf(fonts);
        pdf.draw(document.layout(pdf));
        return pdf;
    }
    template <class Document>
    static PdfDocument make(const Document& document)
    {
        return make(document, FontLocator::locate());
    }

private:
    struct Impl;
    /// The state, or PdfError for a moved-from document.
    Impl& impl() const;
    std::unique_ptr<Impl> m_impl;
};

} // namespace ocopos::printing
