// Would fail if a Vietnamese mark were dropped from a glyph.
//
// pdftotext cannot see this bug (text extraction reads the character codes, not
// the shapes), so each letter is drawn through libharu, rendered by poppler and
// compared with FreeType's rendering of the same glyph straight from the font
// file: the same number of separate pieces of ink (a letter and each of its
// marks), about the same amount of ink and the same extent. libharu 2.3.0 drops
// components of nested composite glyphs (DejaVu Sans loses marks, docs/PLATFORM.md),
// which changes all three.

#include "PdfTools.h"
#include "printing/PdfDocument.h"

#include <QFileInfo>

#include <ft2build.h>
#include FT_FREETYPE_H

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace ocopos::printing;
using namespace ocopos::printing::test;

namespace {

constexpr int kSize = 48;  // points, rendered at 72 dpi: one point is one pixel
constexpr int kCell = 80;
constexpr int kColumns = 8;

/// What a rendered glyph looks like, roughly.
struct Ink {
    int pixels = 0;
    int pieces = 0; ///< 8-connected components
    int width = 0;
    int height = 0;
};

Ink measureInk(const std::vector<std::uint8_t>& gray, int w, int h)
{
    Ink ink;
    std::vector<int> label(gray.size(), 0);
    int minX = w, minY = h, maxX = -1, maxY = -1;
    std::vector<int> stack;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const auto i = static_cast<std::size_t>(y * w + x);
            if (gray[i] >= 128 || label[i])
                continue;
            ++ink.pieces;
            label[i] = ink.pieces;
            stack.assign(1, static_cast<int>(i));
            while (!stack.empty()) {
                const int p = stack.back();
                stack.pop_back();
                const int px = p % w, py = p / w;
                ++ink.pixels;
                minX = std::min(minX, px), maxX = std::max(maxX, px);
                minY = std::min(minY, py), maxY = std::max(maxY, py);
                for (int dy = -1; dy <= 1; ++dy)
                    for (int dx = -1; dx <= 1; ++dx) {
                        const int nx = px + dx, ny = py + dy;
                        if (nx < 0 || ny < 0 || nx >= w || ny >= h)
                            continue;
                        const auto n = static_cast<std::size_t>(ny * w + nx);
                        if (gray[n] < 128 && !label[n]) {
                            label[n] = ink.pieces;
                            stack.push_back(static_cast<int>(n));
                        }
                    }
            }
        }
    if (maxX >= 0) {
        ink.width = maxX - minX + 1;
        ink.height = maxY - minY + 1;
    }
    return ink;
}

/// FreeType's rendering of one character, as dark-on-light grey like pdftoppm's.
class FreeTypeFont {
public:
    explicit FreeTypeFont(const QString& path)
    {
        if (FT_Init_FreeType(&m_lib) != 0)
            throw std::runtime_error("FreeType init failed");
        if (FT_New_Face(m_lib, path.toLocal8Bit().constData(), 0, &m_face) != 0)
            throw std::runtime_error("FreeType cannot open " + path.toStdString());
        FT_Set_Pixel_Sizes(m_face, 0, kSize);
    }
    ~FreeTypeFont()
    {
        if (m_face)
            FT_Done_Face(m_face);
        if (m_lib)
            FT_Done_FreeType(m_lib);
    }
    FreeTypeFont(const FreeTypeFont&) = delete;
    FreeTypeFont& operator=(const FreeTypeFont&) = delete;

    Ink ink(char32_t c) const
    {
        if (FT_Load_Char(m_face, c, FT_LOAD_RENDER | FT_LOAD_NO_HINTING) != 0)
            throw std::runtime_error("FreeType cannot render a glyph");
        const FT_Bitmap& b = m_face->glyph->bitmap;
        const int w = static_cast<int>(b.width), h = static_cast<int>(b.rows);
        std::vector<std::uint8_t> gray(static_cast<std::size_t>(w * h));
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                gray[static_cast<std::size_t>(y * w + x)] =
                    static_cast<std::uint8_t>(255 - b.buffer[y * b.pitch + x]); // coverage → dark ink
        return measureInk(gray, w, h);
    }

private:
    FT_Library m_lib = nullptr;
    FT_Face m_face = nullptr;
};

/// Every letter that looks wrong when drawn with `fonts`: "ắ: 2 pieces, expected 3".
std::vector<std::string> wrongGlyphs(const FontFiles& fonts, FontStyle style)
{
    std::vector<QString> letters = vietnameseLetters();
    letters.push_back(QStringLiteral("₫"));
    const int rows = (static_cast<int>(letters.size()) + kColumns - 1) / kColumns;
    PageLayout page{double(kColumns * kCell), double(rows * kCell), {}};
    for (std::size_t i = 0; i < letters.size(); ++i) {
        const int col = static_cast<int>(i) % kColumns, row = static_cast<int>(i) / kColumns;
        page.ops.push_back(TextOp{double(col * kCell + 16), double(row * kCell + 58), letters[i].toStdString(), style,
                                  double(kSize), 0, {}});
    }
    PdfDocument pdf(fonts);
    pdf.drawPage(page);
    const PdfFile file(pdf.toBytes());
    const GrayImage image = file.render(1, 72);

    const FreeTypeFont reference(style == FontStyle::Bold ? fonts.bold : fonts.regular);
    std::vector<std::string> wrong;
    for (std::size_t i = 0; i < letters.size(); ++i) {
        const int col = static_cast<int>(i) % kColumns, row = static_cast<int>(i) / kColumns;
        const GrayImage cell = image.crop(col * kCell, row * kCell, kCell, kCell);
        const Ink drawn = measureInk(cell.pixels, cell.width, cell.height);
        const Ink expected = reference.ink(letters[i].toUcs4().front());
        const bool ok = drawn.pieces == expected.pieces
            && std::abs(drawn.pixels - expected.pixels) <= std::max(12, expected.pixels / 12)
            && std::abs(drawn.height - expected.height) <= 2 && std::abs(drawn.width - expected.width) <= 2;
        if (!ok)
            wrong.push_back(letters[i].toStdString() + ": " + std::to_string(drawn.pieces) + " pieces, "
                            + std::to_string(drawn.pixels) + " px, " + std::to_string(drawn.width) + "×"
                            + std::to_string(drawn.height) + "; expected " + std::to_string(expected.pieces)
                            + " pieces, " + std::to_string(expected.pixels) + " px, "
                            + std::to_string(expected.width) + "×" + std::to_string(expected.height));
    }
    return wrong;
}

std::string joinLines(const std::vector<std::string>& v)
{
    std::string out;
    for (const auto& s : v)
        out += s + "\n";
    return out;
}

} // namespace

TEST(Glyphs, EveryVietnameseLetterKeepsItsMarksRegular)
{
    const auto wrong = wrongGlyphs(FontLocator::locate(), FontStyle::Regular);
    EXPECT_TRUE(wrong.empty()) << joinLines(wrong);
}

TEST(Glyphs, EveryVietnameseLetterKeepsItsMarksBold)
{
    const auto wrong = wrongGlyphs(FontLocator::locate(), FontStyle::Bold);
    EXPECT_TRUE(wrong.empty()) << joinLines(wrong);
}

TEST(Glyphs, TheCheckCatchesDejaVusDroppedMarks)
{
    // The check itself is tested on the font docs/PLATFORM.md says goes wrong.
    const QString regular = QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    const QString bold = QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");
    if (!QFileInfo::exists(regular) || !QFileInfo::exists(bold))
        GTEST_SKIP() << "DejaVu Sans (fonts-dejavu-core) is not installed";
    const auto wrong = wrongGlyphs(FontFiles{regular, bold, {}}, FontStyle::Regular);
    EXPECT_FALSE(wrong.empty()) << "libharu drew every DejaVu letter right: is this still libharu 2.3.0?";
}
