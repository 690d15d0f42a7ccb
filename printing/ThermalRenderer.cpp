#include "ThermalRenderer.h"

#include "PdfError.h"

#include <QString>
#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>
#include <unordered_map>
#include <variant>

namespace ocopos::printing {

namespace {

constexpr double kDotsPerPt = ThermalRenderer::kDotsPerMm / kPtPerMm;
// An anti-aliased coverage from this value up prints black: a little under half,
// so thin strokes of small text survive on thermal paper.
constexpr unsigned kInkThreshold = 100;

/// Colours lighter than this (the grey shading under table headers) are not printed:
/// a thermal head has no grey, and a solid block would hide the text over it.
bool printable(const Color& c)
{
    return (c.r + c.g + c.b) / 3 < 0.75;
}

struct Glyph {
    int left = 0; ///< from the pen to the bitmap's left edge, dots
    int top = 0; ///< from the baseline up to the bitmap's top row, dots
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> ink; ///< width × height, 1 = black
};

/// Where a roll's printable width starts on the page, and how many dots it has.
struct RollGeometry {
    double marginPt = 0;
    int dots = 0;
};

RollGeometry geometryOf(double pageWidth)
{
    if (std::abs(pageWidth - mm(80)) < 0.5)
        return { mm(4), ThermalRenderer::dotsAcross(RollWidth::Mm80) };
    if (std::abs(pageWidth - mm(58)) < 0.5)
        return { mm(5), ThermalRenderer::dotsAcross(RollWidth::Mm58) };
    throw PdfError("a thermal printer prints 80 or 58 mm rolls; this document is "
        + std::to_string(std::lround(pageWidth / kPtPerMm)) + " mm wide");
}

std::u32string codepoints(std::string_view utf8)
{
    std::u32string out;
    out.reserve(utf8.size());
    if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        for (char c : utf8)
            out.push_back(static_cast<char32_t>(c));
        return out;
    }
    const auto ucs4 = QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())).toUcs4();
    for (const auto u : ucs4)
        out.push_back(static_cast<char32_t>(u));
    return out;
}

} // namespace

struct ThermalRenderer::Impl {
    FT_Library library = nullptr;
    FT_Face faces[2] = { nullptr, nullptr };
    FontFiles files;
    // Per style: advance widths in font units, by code point.
    mutable std::unordered_map<char32_t, std::pair<FT_UInt, long>> advances[2];
    // (style, size in 1/64 dot, glyph index) → its raster.
    mutable std::map<std::tuple<int, long, FT_UInt>, Glyph> glyphs;
    mutable long currentSize[2] = { 0, 0 };

    ~Impl()
    {
        for (FT_Face f : faces)
            if (f)
                FT_Done_Face(f);
        if (library)
            FT_Done_FreeType(library);
    }

    FT_Face face(FontStyle s) const { return faces[s == FontStyle::Bold ? 1 : 0]; }

    const std::pair<FT_UInt, long>& advance(FontStyle s, char32_t c) const
    {
        auto& cache = advances[s == FontStyle::Bold ? 1 : 0];
        auto it = cache.find(c);
        if (it != cache.end())
            return it->second;
        FT_Face f = face(s);
        const FT_UInt index = FT_Get_Char_Index(f, c);
        FT_Fixed adv = 0;
        if (FT_Get_Advance(f, index, FT_LOAD_NO_SCALE, &adv) != 0)
            adv = 0;
        return cache.emplace(c, std::make_pair(index, static_cast<long>(adv))).first->second;
    }

    double unitsPerEm(FontStyle s) const { return static_cast<double>(face(s)->units_per_EM); }

    const Glyph& glyph(FontStyle s, long size64, FT_UInt index) const
    {
        const int si = s == FontStyle::Bold ? 1 : 0;
        const auto key = std::make_tuple(si, size64, index);
        auto it = glyphs.find(key);
        if (it != glyphs.end())
            return it->second;
        FT_Face f = face(s);
        Glyph g;
        if (currentSize[si] != size64) {
            // 72 "dpi" makes the size in points the size in dots.
            if (FT_Set_Char_Size(f, 0, size64, 72, 72) != 0)
                throw PdfError("FreeType cannot size " + files.regular.toStdString());
            currentSize[si] = size64;
        }
        if (FT_Load_Glyph(f, index, FT_LOAD_NO_HINTING | FT_LOAD_RENDER) == 0) {
            const FT_Bitmap& bm = f->glyph->bitmap;
            g.left = f->glyph->bitmap_left;
            g.top = f->glyph->bitmap_top;
            g.width = static_cast<int>(bm.width);
            g.height = static_cast<int>(bm.rows);
            g.ink.assign(static_cast<std::size_t>(g.width) * static_cast<std::size_t>(g.height), 0);
            for (int y = 0; y < g.height; ++y) {
                const unsigned char* row = bm.buffer + static_cast<std::ptrdiff_t>(y) * bm.pitch;
                for (int x = 0; x < g.width; ++x)
                    g.ink[static_cast<std::size_t>(y * g.width + x)] = row[x] >= kInkThreshold ? 1 : 0;
            }
        }
        return glyphs.emplace(key, std::move(g)).first->second;
    }
};

ThermalRenderer::ThermalRenderer()
    : ThermalRenderer(FontLocator::locate())
{
}

ThermalRenderer::ThermalRenderer(const FontFiles& fonts)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->files = fonts;
    if (FT_Init_FreeType(&m_impl->library) != 0)
        throw PdfError("FreeType could not start");
    const QString paths[2] = { fonts.regular, fonts.bold };
    for (int i = 0; i < 2; ++i)
        if (FT_New_Face(m_impl->library, paths[i].toLocal8Bit().constData(), 0, &m_impl->faces[i]) != 0)
            throw PdfError("FreeType cannot read the font " + paths[i].toStdString() + " (found by "
                + fonts.origin.toStdString() + ")");
}

ThermalRenderer::~ThermalRenderer() = default;

double ThermalRenderer::textWidth(std::string_view utf8, FontStyle style, double size) const
{
    long units = 0;
    for (char32_t c : codepoints(utf8))
        units += m_impl->advance(style, c).second;
    return static_cast<double>(units) * size / m_impl->unitsPerEm(style);
}

namespace {

/// Draws one page's ops; `Fonts` is ThermalRenderer::Impl (a template only so it
/// can stay private).
template <class Fonts> class Painter {
public:
    Painter(MonoBitmap& bitmap, double marginPt, const Fonts& fonts, std::u32string (*decode)(std::string_view))
        : m_bm(bitmap)
        , m_margin(marginPt)
        , m_fonts(fonts)
        , m_decode(decode)
    {
    }

    double dx(double xPt) const { return (xPt - m_margin) * kDotsPerPt; }
    static double dy(double yPt) { return yPt * kDotsPerPt; }
    static int round(double v) { return static_cast<int>(std::lround(v)); }

    void operator()(const TextOp& t)
    {
        if (!printable(t.color))
            return;
        const double upem = m_fonts.unitsPerEm(t.style);
        const long size64 = std::lround(t.size * kDotsPerPt * 64);
        const int baseline = round(dy(t.baseline));
        double pen = dx(t.x);
        for (char32_t c : m_decode(t.text)) {
            const auto& [index, adv] = m_fonts.advance(t.style, c);
            const Glyph& g = m_fonts.glyph(t.style, size64, index);
            const int x0 = round(pen) + g.left;
            const int y0 = baseline - g.top;
            for (int y = 0; y < g.height; ++y)
                for (int x = 0; x < g.width; ++x)
                    if (g.ink[static_cast<std::size_t>(y * g.width + x)])
                        m_bm.set(x0 + x, y0 + y);
            pen += static_cast<double>(adv) * t.size / upem * kDotsPerPt;
        }
    }

    void operator()(const LineOp& l)
    {
        if (!printable(l.color))
            return;
        const int w = std::max(1, round(l.width * kDotsPerPt));
        const double x0 = dx(l.from.x), y0 = dy(l.from.y), x1 = dx(l.to.x), y1 = dy(l.to.y);
        // Dashes as in the PDF: 2 pt on, 2 pt off.
        const double dash = 2 * kDotsPerPt;
        const double length = std::hypot(x1 - x0, y1 - y0);
        if (length < 0.5) {
            m_bm.fill(round(x0 - w / 2.0), round(y0 - w / 2.0), round(x0 - w / 2.0) + w, round(y0 - w / 2.0) + w);
            return;
        }
        if (std::abs(y1 - y0) < 0.01 || std::abs(x1 - x0) < 0.01) {
            const bool horizontal = std::abs(y1 - y0) < 0.01;
            const double a = horizontal ? std::min(x0, x1) : std::min(y0, y1);
            const double b = horizontal ? std::max(x0, x1) : std::max(y0, y1);
            const int across = round((horizontal ? y0 : x0) - w / 2.0);
            for (double s = a; s < b; s += l.dashed ? 2 * dash : b - a) {
                const int from = round(s);
                const int to = round(l.dashed ? std::min(s + dash, b) : b);
                if (horizontal)
                    m_bm.fill(from, across, to, across + w);
                else
                    m_bm.fill(across, from, across + w, to);
            }
            return;
        }
        // A slanted line: square pens along it (none of the roll documents draws one).
        const int steps = static_cast<int>(std::ceil(length));
        for (int i = 0; i <= steps; ++i) {
            const double f = static_cast<double>(i) / steps;
            if (l.dashed && std::fmod(f * length, 2 * dash) >= dash)
                continue;
            const int cx = round(x0 + (x1 - x0) * f - w / 2.0);
            const int cy = round(y0 + (y1 - y0) * f - w / 2.0);
            m_bm.fill(cx, cy, cx + w, cy + w);
        }
    }

    void operator()(const RectOp& r)
    {
        if (!printable(r.color))
            return;
        // Each edge rounds on its own: bars laid out on a whole-dot module keep whole-dot widths.
        const int x0 = round(dx(r.x)), x1 = round(dx(r.x + r.w));
        const int y0 = round(dy(r.y)), y1 = round(dy(r.y + r.h));
        if (r.filled) {
            m_bm.fill(x0, y0, std::max(x1, x0 + 1), std::max(y1, y0 + 1));
            return;
        }
        const int w = std::max(1, round(r.lineWidth * kDotsPerPt));
        m_bm.fill(x0, y0, x1, y0 + w);
        m_bm.fill(x0, y1 - w, x1, y1);
        m_bm.fill(x0, y0, x0 + w, y1);
        m_bm.fill(x1 - w, y0, x1, y1);
    }

    void operator()(const PolygonOp& p)
    {
        if (!printable(p.color) || p.points.size() < 3)
            return;
        double top = 1e18, bottom = -1e18;
        for (const auto& pt : p.points) {
            top = std::min(top, dy(pt.y));
            bottom = std::max(bottom, dy(pt.y));
        }
        std::vector<double> xs;
        for (int y = static_cast<int>(std::floor(top)); y <= static_cast<int>(std::ceil(bottom)); ++y) {
            const double sy = y + 0.5; // sample at the dot's centre, even-odd rule
            xs.clear();
            for (std::size_t i = 0; i < p.points.size(); ++i) {
                const Point& a = p.points[i];
                const Point& b = p.points[(i + 1) % p.points.size()];
                const double ay = dy(a.y), by = dy(b.y);
                if ((ay <= sy) == (by <= sy))
                    continue;
                const double ax = dx(a.x), bx = dx(b.x);
                xs.push_back(ax + (sy - ay) / (by - ay) * (bx - ax));
            }
            std::sort(xs.begin(), xs.end());
            for (std::size_t i = 0; i + 1 < xs.size(); i += 2)
                m_bm.fill(round(xs[i]), y, round(xs[i + 1]), y + 1);
        }
    }

    void operator()(const ModuleGridOp& g)
    {
        // Every module the same whole number of dots, the grid centred where it was laid out.
        const int module = std::max(1, round(g.module * kDotsPerPt));
        const double cx = dx(g.x + g.module * g.columns / 2.0);
        const double cy = dy(g.y + g.module * g.rows / 2.0);
        const int x0 = round(cx - module * g.columns / 2.0);
        const int y0 = round(cy - module * g.rows / 2.0);
        for (int r = 0; r < g.rows; ++r)
            for (int c = 0; c < g.columns; ++c)
                if (g.dark[static_cast<std::size_t>(r * g.columns + c)])
                    m_bm.fill(x0 + c * module, y0 + r * module, x0 + (c + 1) * module, y0 + (r + 1) * module);
    }

private:
    MonoBitmap& m_bm;
    double m_margin;
    const Fonts& m_fonts;
    std::u32string (*m_decode)(std::string_view);
};

} // namespace

MonoBitmap ThermalRenderer::render(const DocumentLayout& layout) const
{
    MonoBitmap out;
    bool first = true;
    for (const PageLayout& page : layout.pages) {
        const RollGeometry geo = geometryOf(page.width);
        MonoBitmap bm(geo.dots, static_cast<int>(std::lround(page.height * kDotsPerPt)));
        Painter<Impl> painter(bm, geo.marginPt, *m_impl, &codepoints);
        for (const DrawOp& op : page.ops)
            std::visit(painter, op);
        if (first)
            out = std::move(bm);
        else
            out.append(bm);
        first = false;
    }
    return out;
}

} // namespace ocopos::printing
