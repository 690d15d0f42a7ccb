#pragma once

#include "BarcodeEncoders.h"
#include "DocumentLayout.h"
#include "TableLayout.h"
#include "TextLayout.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ocopos::printing {

/// Paper for roll documents: 80 mm (72 mm printable) or 58 mm (48 mm printable).
enum class RollWidth { Mm80, Mm58 };

struct TextStyle {
    double size = 8;
    FontStyle font = FontStyle::Regular;
    Align align = Align::Left;
    Color color;

    TextStyle bold() const { auto s = *this; s.font = FontStyle::Bold; return s; }
    TextStyle sized(double pt) const { auto s = *this; s.size = pt; return s; }
    TextStyle aligned(Align a) const { auto s = *this; s.align = a; return s; }
    TextStyle colored(Color c) const { auto s = *this; s.color = c; return s; }
};

/// Lays a document out top to bottom into PageLayouts: wrapped paragraphs,
/// label/value rows, table rows, rules, QR codes, barcodes and stars. It only
/// computes positions (with a TextMeasurer), so it is tested without a PDF.
///
/// A roll grows to fit its content (a new page only past libharu's 14400 pt
/// limit); an A4 page breaks when the next block does not fit, drawing the
/// continuation header (e.g. a table's column titles) at the top of the new page.
class Composer {
public:
    /// A roll of the given width: the page is as tall as its content.
    static Composer roll(const TextMeasurer& measurer, RollWidth width);
    /// An A4 sheet, portrait or landscape, with 15 mm side margins.
    static Composer a4(const TextMeasurer& measurer, bool landscape = false);

    /// Line advance for text of `size` points (room for stacked Vietnamese marks).
    static double lineHeight(double size) { return size * 1.32; }

    double left() const noexcept { return m_margin.left; }
    double right() const noexcept { return m_pageWidth - m_margin.right; }
    double width() const noexcept { return right() - left(); }
    double pageWidth() const noexcept { return m_pageWidth; }
    /// The top of the next block, from the top of the current page.
    double y() const noexcept { return m_y; }
    /// Space left on the current page (infinite-ish on a roll).
    double remaining() const noexcept;
    int pageIndex() const noexcept { return static_cast<int>(m_pages.size()) - 1; }
    PageLayout& page() { return m_pages.back(); }
    const TextMeasurer& measurer() const noexcept { return m_measurer; }

    double measure(std::string_view utf8, const TextStyle& style) const;
    MeasureFn measureFn(const TextStyle& style) const;
    std::vector<std::string> wrap(std::string_view utf8, const TextStyle& style, double maxWidth) const;

    /// Drawn at the top of every page after the first (A4): e.g. repeated table headers.
    void setContinuationHeader(std::function<void(Composer&)> header) { m_header = std::move(header); }
    /// Starts a new page when fewer than `height` points are left.
    void reserve(double height);
    void newPage();
    void advance(double points) { m_y += points; }

    /// Wrapped text across the width (less `indent`), aligned by the style.
    /// `balanced` evens out the lines (for centred titles).
    void paragraph(std::string_view utf8, const TextStyle& style, double indent = 0, bool balanced = false);
    /// A label on the left, wrapped if needed, and a value right-aligned on the
    /// label's first line (an amount beside its description).
    void labelValue(std::string_view label, std::string_view value, const TextStyle& labelStyle,
                    const TextStyle& valueStyle, double indent = 0);
    /// One table row; each cell wraps inside its column. Returns its height.
    double row(const TableLayout& table, const std::vector<std::string>& cells, const TextStyle& style);
    /// The column titles of `table`, bold, with a rule under them.
    void headerRow(const TableLayout& table, const TextStyle& style, bool shaded = false);
    /// A horizontal rule across the width, with a little space around it.
    void rule(bool dashed = false, double lineWidth = 0.5);

    // Absolute drawing: none of these move the cursor.

    /// Text at `x` (its left edge, centre or right edge, by the style's alignment).
    double textAt(double x, double baseline, std::string_view utf8, const TextStyle& style);
    void lineAt(Point from, Point to, double lineWidth = 0.5, bool dashed = false, Color color = {});
    void rectAt(double x, double top, double w, double h, bool filled, Color color = {}, double lineWidth = 0.5);
    /// `count` five-pointed stars from `x`, sitting on `baseline`; returns their width.
    double starsAt(double x, double baseline, int count, double size, Color color = {});
    /// A QR code with its top-left module at (x, top), as filled squares; no quiet zone is drawn.
    void qrAt(const QrMatrix& qr, double x, double top, double module);
    /// An EAN-13 with its digits under it. (x, top) is the corner of the whole
    /// symbol including the 11-module left and 7-module right quiet zones, so it
    /// is 113 modules wide. Returns the total height.
    double ean13At(const std::string& digits, double x, double top, double module, double barHeight, double digitSize);
    /// A Code 128 with the text under it, 10-module quiet zones included.
    /// Returns the total width.
    double code128At(const std::string& text, double x, double top, double module, double barHeight,
                     double textSize);

    /// The finished pages. A roll's pages get their height from the content.
    /// `footer`, if given, is called for each page with its index and the count
    /// ("Trang 1/3").
    std::vector<PageLayout> finish(const std::function<void(Composer&, int page, int count)>& footer = {});

    /// Bottom margin of the page (where a footer goes).
    double bottomMarginTop() const noexcept { return m_pageHeight - m_margin.bottom; }

private:
    struct Margins {
        double left, top, right, bottom;
    };
    Composer(const TextMeasurer& measurer, double pageWidth, double pageHeight, Margins margins, bool grows);

    const TextMeasurer& m_measurer;
    double m_pageWidth;
    double m_pageHeight; ///< a roll: the most a page may grow to
    Margins m_margin;
    bool m_grows;
    double m_y = 0;
    std::vector<PageLayout> m_pages;
    std::function<void(Composer&)> m_header;
    bool m_inHeader = false;
};

} // namespace ocopos::printing
