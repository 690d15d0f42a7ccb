#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace ocopos::printing {

/// Points per millimetre (1 pt = 1/72 in).
inline constexpr double kPtPerMm = 72.0 / 25.4;
constexpr double mm(double millimetres) { return millimetres * kPtPerMm; }

enum class FontStyle { Regular, Bold };
enum class Align { Left, Center, Right };

/// Widths of UTF-8 text, in points. PdfDocument measures with the embedded
/// font; tests can use a fake so layout is checked without a PDF.
class TextMeasurer {
public:
    virtual ~TextMeasurer() = default;
    /// Advance width of `utf8` set in `style` at `size` points.
    virtual double textWidth(std::string_view utf8, FontStyle style, double size) const = 0;
};

/// An RGB colour, components 0..1. Receipts stay black and grey (thermal paper).
struct Color {
    double r = 0, g = 0, b = 0;
    static constexpr Color gray(double v) { return Color{v, v, v}; }
    static constexpr Color black() { return Color{}; }
    bool operator==(const Color&) const = default;
};

struct Point {
    double x = 0, y = 0;
};

// Every coordinate below is in points from the page's top-left corner, y down,
// so a document is laid out top to bottom as it reads; PdfDocument flips it.

/// One run of text on one baseline; `x` is its left edge after alignment.
struct TextOp {
    double x = 0;
    double baseline = 0;
    std::string text; ///< UTF-8, NFC
    FontStyle style = FontStyle::Regular;
    double size = 8;
    double width = 0; ///< as measured when laid out, so tests can check alignment
    Color color;
};

struct LineOp {
    Point from, to;
    double width = 0.5;
    bool dashed = false;
    Color color;
};

/// An axis-aligned rectangle; `y` is its top edge.
struct RectOp {
    double x = 0, y = 0, w = 0, h = 0;
    bool filled = true;      ///< filled, else stroked with `lineWidth`
    double lineWidth = 0.5;
    Color color;
};

/// A closed, filled polygon (OCOP stars).
struct PolygonOp {
    std::vector<Point> points;
    Color color;
};

/// A grid of square modules (a QR code), drawn as filled black squares: vector,
/// so it stays sharp on any printer. One op rather than a rectangle per module
/// lets PdfDocument write it compactly in grid units.
struct ModuleGridOp {
    double x = 0, y = 0;  ///< top-left corner of module (0, 0)
    double module = 1;    ///< side of one module, points
    int columns = 0;
    int rows = 0;
    std::vector<std::uint8_t> dark; ///< rows × columns, 1 = a black module
};

using DrawOp = std::variant<TextOp, LineOp, RectOp, PolygonOp, ModuleGridOp>;

/// One laid-out page: its size and what to draw, in drawing order.
struct PageLayout {
    double width = 0;
    double height = 0;
    std::vector<DrawOp> ops;

    /// The texts on the page in drawing order (for tests and debugging).
    std::vector<const TextOp*> texts() const;
};

/// A whole document, laid out and ready to draw.
struct DocumentLayout {
    QString title;     ///< PDF metadata
    QDateTime created; ///< PDF creation date: the document's own time, so output is reproducible
    std::vector<PageLayout> pages;
};

} // namespace ocopos::printing
