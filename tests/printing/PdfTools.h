#pragma once

// Looks at finished PDFs the way a person would, with poppler's tools
// (pdftotext, pdfinfo, pdffonts, pdftoppm) and a barcode reader (zxing-cpp).

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdint>
#include <string>
#include <vector>

namespace ocopos::printing::test {

struct ToolResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs a program and waits for it (fails the test if it cannot start).
ToolResult runTool(const QString& program, const QStringList& args);

/// An 8-bit grey image, row-major, one byte per pixel (0 = black).
struct GrayImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels;
    std::uint8_t at(int x, int y) const { return pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)]; }
    /// The part inside [x, x+w) × [y, y+h), clipped to the image.
    GrayImage crop(int x, int y, int w, int h) const;
};

struct PageSize {
    double width = 0;
    double height = 0;
};

/// A PDF written to a temporary file, and questions about it.
class PdfFile {
public:
    explicit PdfFile(const QByteArray& bytes);
    QString path() const { return m_path; }

    /// `pdftotext` (with `-layout` by default) of all pages or one page.
    QString text(bool layout = true, int page = 0) const;
    /// `pdftotext`'s standard error (where poppler's warnings go).
    QByteArray textWarnings() const;
    /// `pdfinfo`'s output.
    QString info() const;
    int pageCount() const;
    /// Size of page `page` (1-based) in points, from `pdfinfo`.
    PageSize pageSize(int page = 1) const;
    /// `pdffonts`' output.
    QString fonts() const;
    /// Page `page` rendered in grey at `dpi` by `pdftoppm`.
    GrayImage render(int page, int dpi, bool antialias = true) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
};

/// Every barcode zxing-cpp finds in the image, as text; `formats` is a
/// ZXing::BarcodeFormats value given as its name ("QRCode", "EAN13", "Code128").
std::vector<std::string> decodeBarcodes(const GrayImage& image, const std::string& formats);

/// The 134 precomposed Vietnamese letters (67 lower case, then their capitals):
/// a ă â e ê i o ô ơ u ư y with each of the five tone marks, and ă â đ ê ô ơ ư.
std::vector<QString> vietnameseLetters();

/// Parses a binary PGM (P5) file.
GrayImage readPgm(const QString& path);

} // namespace ocopos::printing::test
