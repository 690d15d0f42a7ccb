#include "Composer.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ocopos::printing {

namespace {

/// Text is drawn in NFC: the embedded font has the precomposed Vietnamese
/// letters, not combining marks, and decomposed input (some input methods send
/// it) must still print. ASCII, most of what is drawn, is already NFC.
std::string nfc(std::string_view utf8)
{
    if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        return std::string(utf8);
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()))
        .normalized(QString::NormalizationForm_C)
        .toStdString();
}

// libharu refuses pages taller than 14400 pt; a very long receipt continues on
// a second page of the roll instead.
constexpr double kMaxRollPage = 14000;
// The baseline sits this far (in ems) below the top of its line.
constexpr double kAscent = 1.0;

} // namespace

Composer::Composer(const TextMeasurer& measurer, double pageWidth, double pageHeight, Margins margins, bool grows)
    : m_measurer(measurer), m_pageWidth(pageWidth), m_pageHeight(pageHeight), m_margin(margins), m_grows(grows)
{
    m_pages.push_back(PageLayout{m_pageWidth, m_grows ? 0 : m_pageHeight, {}});
    m_y = m_margin.top;
}

Composer Composer::roll(const TextMeasurer& measurer, RollWidth width)
{
    // Thermal heads print 72 mm of an 80 mm roll and 48 mm of a 58 mm roll.
    const double paper = width == RollWidth::Mm80 ? mm(80) : mm(58);
    const double side = width == RollWidth::Mm80 ? mm(4) : mm(5);
    return Composer(measurer, paper, kMaxRollPage, Margins{side, mm(4), side, mm(6)}, true);
}

Composer Composer::a4(const TextMeasurer& measurer, bool landscape)
{
    const double w = landscape ? mm(297) : mm(210);
    const double h = landscape ? mm(210) : mm(297);
    return Composer(measurer, w, h, Margins{mm(15), mm(14), mm(15), mm(16)}, false);
}

double Composer::remaining() const noexcept { return m_pageHeight - m_margin.bottom - m_y; }

double Composer::measure(std::string_view utf8, const TextStyle& style) const
{
    return m_measurer.textWidth(utf8, style.font, style.size);
}

MeasureFn Composer::measureFn(const TextStyle& style) const
{
    return [this, style](std::string_view s) { return measure(s, style); };
}

std::vector<std::string> Composer::wrap(std::string_view utf8, const TextStyle& style, double maxWidth) const
{
    return wrapText(utf8, maxWidth, measureFn(style));
}

void Composer::newPage()
{
    if (m_grows)
        m_pages.back().height = m_y + m_margin.bottom;
    m_pages.push_back(PageLayout{m_pageWidth, m_grows ? 0 : m_pageHeight, {}});
    m_y = m_margin.top;
    if (m_header && !m_inHeader) {
        m_inHeader = true; // a header that itself reserves space must not recurse
        m_header(*this);
        m_inHeader = false;
    }
}

void Composer::reserve(double height)
{
    if (m_inHeader)
        return;
    // A block taller than a whole page goes where it is rather than looping.
    if (height > remaining() && m_y > m_margin.top + 1)
        newPage();
}

void Composer::paragraph(std::string_view utf8, const TextStyle& style, double indent, bool balanced)
{
    const double x0 = left() + indent;
    const double w = width() - indent;
    const std::string text = nfc(utf8);
    const auto lines = balanced ? wrapTextBalanced(text, w, measureFn(style)) : wrap(text, style, w);
    for (const auto& line : lines) {
        reserve(lineHeight(style.size));
        const double lw = measure(line, style);
        page().ops.push_back(TextOp{alignedX(x0, w, lw, style.align), m_y + kAscent * style.size, line, style.font,
                                    style.size, lw, style.color});
        m_y += lineHeight(style.size);
    }
}

void Composer::labelValue(std::string_view labelText, std::string_view valueText, const TextStyle& labelStyle,
                          const TextStyle& valueStyle, double indent)
{
    const std::string label = nfc(labelText);
    const std::string value = nfc(valueText);
    const double x0 = left() + indent;
    const double valueWidth = measure(value, valueStyle);
    const double gap = labelStyle.size * 0.8;
    // The label wraps in what the value leaves; if that is too narrow to be
    // readable, the value goes on its own line under the label.
    double labelWidth = width() - indent - valueWidth - gap;
    const bool ownLine = labelWidth < width() * 0.3;
    if (ownLine)
        labelWidth = width() - indent;
    const auto lines = wrap(label, labelStyle, labelWidth);
    const double lh = std::max(lineHeight(labelStyle.size), lineHeight(valueStyle.size));
    const double blockHeight = lh * static_cast<double>(std::max<std::size_t>(lines.size(), 1) + (ownLine ? 1 : 0));
    reserve(blockHeight);
    const double firstBaseline = m_y + kAscent * std::max(labelStyle.size, valueStyle.size);
    double baseline = firstBaseline;
    for (const auto& line : lines) {
        const double lw = measure(line, labelStyle);
        page().ops.push_back(TextOp{x0, baseline, line, labelStyle.font, labelStyle.size, lw, labelStyle.color});
        baseline += lh;
    }
    if (lines.empty())
        baseline += lh;
    const double valueBaseline = ownLine ? baseline : firstBaseline;
    if (!value.empty())
        page().ops.push_back(TextOp{right() - valueWidth, valueBaseline, value, valueStyle.font,
                                    valueStyle.size, valueWidth, valueStyle.color});
    m_y += blockHeight;
}

double Composer::row(const TableLayout& table, const std::vector<std::string>& cells, const TextStyle& style)
{
    std::vector<std::vector<std::string>> wrapped;
    std::size_t maxLines = 1;
    for (std::size_t i = 0; i < table.size(); ++i) {
        const std::string cell = i < cells.size() ? nfc(cells[i]) : std::string();
        wrapped.push_back(wrap(cell, style, table.column(i).width));
        maxLines = std::max(maxLines, wrapped.back().size());
    }
    const double lh = lineHeight(style.size);
    const double h = lh * static_cast<double>(maxLines);
    reserve(h);
    for (std::size_t i = 0; i < wrapped.size(); ++i) {
        double baseline = m_y + kAscent * style.size;
        for (const auto& line : wrapped[i]) {
            const double lw = measure(line, style);
            page().ops.push_back(TextOp{table.textX(i, lw), baseline, line, style.font, style.size, lw, style.color});
            baseline += lh;
        }
    }
    m_y += h;
    return h;
}

void Composer::headerRow(const TableLayout& table, const TextStyle& style, bool shaded)
{
    std::vector<std::string> titles;
    for (const auto& c : table.columns())
        titles.push_back(c.header.toStdString());
    // Measure first so the shading can go under the text (drawing order).
    std::size_t maxLines = 1;
    for (std::size_t i = 0; i < table.size(); ++i)
        maxLines = std::max(maxLines, wrap(titles[i], style.bold(), table.column(i).width).size());
    const double h = lineHeight(style.size) * static_cast<double>(maxLines);
    reserve(h + lineHeight(style.size) * 2); // never strand a header at the foot of a page
    const double pad = style.size * 0.25;
    if (shaded)
        rectAt(table.left() - pad, m_y - pad, table.right() - table.left() + 2 * pad, h + 2 * pad, true,
               Color::gray(0.88));
    row(table, titles, style.bold());
    m_y += pad;
    lineAt({table.left(), m_y}, {table.right(), m_y}, 0.5);
    m_y += pad * 2;
}

void Composer::rule(bool dashed, double lineWidth)
{
    reserve(6);
    m_y += 2.5;
    lineAt({left(), m_y}, {right(), m_y}, lineWidth, dashed);
    m_y += 3.5;
}

double Composer::textAt(double x, double baseline, std::string_view raw, const TextStyle& style)
{
    const std::string utf8 = nfc(raw);
    const double w = measure(utf8, style);
    double left = x;
    if (style.align == Align::Center)
        left = x - w / 2;
    else if (style.align == Align::Right)
        left = x - w;
    page().ops.push_back(TextOp{left, baseline, utf8, style.font, style.size, w, style.color});
    return w;
}

void Composer::lineAt(Point from, Point to, double lineWidth, bool dashed, Color color)
{
    page().ops.push_back(LineOp{from, to, lineWidth, dashed, color});
}

void Composer::rectAt(double x, double top, double w, double h, bool filled, Color color, double lineWidth)
{
    page().ops.push_back(RectOp{x, top, w, h, filled, lineWidth, color});
}

double Composer::starsAt(double x, double baseline, int count, double size, Color color)
{
    const double outer = size * 0.45;
    const double inner = outer * 0.4;
    const double step = outer * 2 + size * 0.12;
    const double cy = baseline - size * 0.37; // the lowest points rest on the baseline
    for (int s = 0; s < count; ++s) {
        const double cx = x + outer + step * s;
        PolygonOp star{{}, color};
        for (int k = 0; k < 10; ++k) {
            const double r = k % 2 == 0 ? outer : inner;
            const double a = -std::numbers::pi / 2 + k * std::numbers::pi / 5; // first point straight up
            star.points.push_back({cx + r * std::cos(a), cy + r * std::sin(a)});
        }
        page().ops.push_back(std::move(star));
    }
    return count > 0 ? step * count - size * 0.12 : 0;
}

void Composer::qrAt(const QrMatrix& qr, double x, double top, double module)
{
    page().ops.push_back(ModuleGridOp{x, top, module, qr.size, qr.size, qr.dark});
}

namespace {
/// Bars as rectangles, one per run of dark modules; guard bars may be longer.
void addBars(Composer& c, const BarModules& m, double x, double top, double module, double height,
             double guardExtra, bool ean)
{
    std::size_t i = 0;
    while (i < m.size()) {
        if (!m[i]) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        while (i < m.size() && m[i])
            ++i;
        const double h = ean && isEan13GuardModule(start) ? height + guardExtra : height;
        c.rectAt(x + static_cast<double>(start) * module, top, static_cast<double>(i - start) * module, h, true);
    }
}
} // namespace

double Composer::ean13At(const std::string& digits, double x, double top, double module, double barHeight,
                         double digitSize)
{
    const std::string d = ean13WithCheckDigit(digits);
    const BarModules m = encodeEan13(d);
    const double barsX = x + 11 * module;
    addBars(*this, m, barsX, top, module, barHeight, digitSize * 0.55, true);
    const TextStyle style{digitSize, FontStyle::Regular, Align::Center, {}};
    const double baseline = top + barHeight + digitSize * 0.85;
    // The first digit sits in the left quiet zone; six under each half.
    textAt(x + 5.5 * module, baseline, d.substr(0, 1), style);
    for (int k = 0; k < 6; ++k) {
        textAt(barsX + (3 + 7 * k + 3.5) * module, baseline, d.substr(static_cast<std::size_t>(1 + k), 1), style);
        textAt(barsX + (50 + 7 * k + 3.5) * module, baseline, d.substr(static_cast<std::size_t>(7 + k), 1), style);
    }
    return barHeight + digitSize * 1.1;
}

double Composer::code128At(const std::string& text, double x, double top, double module, double barHeight,
                           double textSize)
{
    const BarModules m = encodeCode128(text);
    addBars(*this, m, x + 10 * module, top, module, barHeight, 0, false);
    const double total = static_cast<double>(m.size() + 20) * module;
    textAt(x + total / 2, top + barHeight + textSize * 1.05, text, TextStyle{textSize, FontStyle::Regular, Align::Center, {}});
    return total;
}

std::vector<PageLayout> Composer::finish(const std::function<void(Composer&, int, int)>& footer)
{
    if (m_grows)
        m_pages.back().height = m_y + m_margin.bottom;
    if (footer) {
        const int count = static_cast<int>(m_pages.size());
        std::vector<PageLayout> pages = std::move(m_pages);
        for (int i = 0; i < count; ++i) {
            m_pages.assign(1, std::move(pages[static_cast<std::size_t>(i)]));
            footer(*this, i, count);
            pages[static_cast<std::size_t>(i)] = std::move(m_pages.front());
        }
        m_pages = std::move(pages);
    }
    return std::move(m_pages);
}

} // namespace ocopos::printing
