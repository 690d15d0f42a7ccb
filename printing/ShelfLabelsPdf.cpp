#include "ShelfLabelsPdf.h"

#include "Composer.h"
#include "DocumentParts.h"
#include "Formatting.h"

#include <algorithm>

namespace ocopos::printing {

namespace {

// Bars narrower than this do not scan reliably from a 200 dpi print.
constexpr double kMinModule = 0.25 * kPtPerMm;
constexpr double kMaxModule = 0.33 * kPtPerMm; // EAN-13 at 100 %
constexpr double kPad = 3 * kPtPerMm;

/// Lays out one label with its top-left corner at (x, y).
void drawLabel(Composer& c, const ShelfLabelData& l, double x, double y)
{
    const double w = ShelfLabelsPdf::labelWidth() - 2 * kPad;
    const double h = ShelfLabelsPdf::labelHeight() - 2 * kPad;
    const double left = x + kPad;
    const double top = y + kPad;
    // A faint outline to cut along on plain paper; it falls on the die cuts of label stock.
    c.rectAt(x, y, ShelfLabelsPdf::labelWidth(), ShelfLabelsPdf::labelHeight(), false, Color::gray(0.82), 0.3);

    const TextStyle nameStyle{9.5, FontStyle::Bold, Align::Left, {}};
    auto nameLines = wrapTextBalanced(l.name.toStdString(), w, c.measureFn(nameStyle));
    if (nameLines.size() > 2) {
        // Two lines at most: greedy wrapping fills the first, the rest is cut with "…".
        nameLines = wrapText(l.name.toStdString(), w, c.measureFn(nameStyle));
        std::string rest;
        for (std::size_t i = 1; i < nameLines.size(); ++i)
            rest += (i > 1 ? " " : "") + nameLines[i];
        nameLines.resize(2);
        nameLines[1] = elideText(rest, w, c.measureFn(nameStyle));
    }
    double baseline = top + nameStyle.size;
    for (const auto& line : nameLines) {
        c.textAt(left, baseline, line, nameStyle);
        baseline += Composer::lineHeight(nameStyle.size);
    }
    const TextStyle small{7, FontStyle::Regular, Align::Left, Color::gray(0.25)};
    if (!l.producerName.isEmpty()) {
        c.textAt(left, baseline - 1, elideText(l.producerName.toStdString(), w, c.measureFn(small)), small);
        baseline += Composer::lineHeight(small.size);
    }
    const TextStyle unitStyle{7.5, FontStyle::Regular, Align::Left, {}};
    if (!l.unit.isEmpty())
        c.textAt(left, baseline, "ĐVT: " + l.unit.toStdString(), unitStyle);
    if (l.ocopStars > 0)
        parts::ocopStarsAt(c, left + w - parts::ocopStarsWidth(c, l.ocopStars, unitStyle.sized(8)), baseline,
                           l.ocopStars, unitStyle.sized(8));

    // The bottom: price on the left, barcode on the right; if the code would be
    // too narrow to scan beside the price, it takes the whole width under it.
    const std::string price = text::money(l.price);
    const std::string per = l.byWeight ? "/kg" : "";
    const bool ean = !l.ean13.isEmpty();
    const bool code128 = !ean && !l.sku.isEmpty();
    if (!ean && !code128) {
        // Nothing to scan: the price alone, large, at the foot of the label.
        const double priceBaseline = top + h - 9;
        const double pw = c.textAt(left, priceBaseline, price, {15, FontStyle::Bold, Align::Left, {}});
        if (!per.empty())
            c.textAt(left + pw + 1, priceBaseline, per, {9, FontStyle::Regular, Align::Left, {}});
        c.textAt(left, top + h - 1, "Giá đã gồm VAT", {5.5, FontStyle::Regular, Align::Left, Color::gray(0.35)});
        return;
    }
    const std::size_t modules = ean ? 113 : encodeCode128(l.sku.toStdString()).size() + 20;
    double priceSize = 15;
    const auto priceWidth = [&](double size) {
        return c.measure(price, {size, FontStyle::Bold, Align::Left, {}})
            + c.measure(per, {size * 0.6, FontStyle::Regular, Align::Left, {}});
    };
    while (priceSize > 10 && priceWidth(priceSize) > w * 0.52)
        priceSize -= 0.5;
    const double gap = 6;
    double module = std::min(kMaxModule, (w - priceWidth(priceSize) - gap) / static_cast<double>(modules));
    const bool beside = module >= kMinModule;
    const double bottom = top + h;
    const double digit = 6.5;
    const double barH = beside ? 26 : 17;
    const double codeH = barH + digit * 1.15;
    if (!beside)
        module = std::min(kMaxModule, w / static_cast<double>(modules));
    const double codeW = module * static_cast<double>(modules);
    const double codeX = beside ? left + w - codeW : left + (w - codeW) / 2;
    const double codeTop = bottom - codeH;
    const double priceBaseline = beside ? bottom - 9 : codeTop - 4;
    const double pw = c.textAt(left, priceBaseline, price, {priceSize, FontStyle::Bold, Align::Left, {}});
    if (!per.empty())
        c.textAt(left + pw + 1, priceBaseline, per, {priceSize * 0.6, FontStyle::Regular, Align::Left, {}});
    if (beside)
        c.textAt(left, bottom - 1, "Giá đã gồm VAT", {5.5, FontStyle::Regular, Align::Left, Color::gray(0.35)});
    if (ean)
        c.ean13At(l.ean13.toStdString(), codeX, codeTop, module, barH, digit);
    else
        c.code128At(l.sku.toStdString(), codeX, codeTop, module, barH, digit);
}

} // namespace

ShelfLabelsPdf::ShelfLabelsPdf(std::vector<ShelfLabelData> labels, QDateTime printedAt)
    : m_labels(std::move(labels)), m_printedAt(std::move(printedAt))
{
}

double ShelfLabelsPdf::labelWidth() { return mm(70); }
double ShelfLabelsPdf::labelHeight() { return mm(37); }
double ShelfLabelsPdf::sheetTop() { return (mm(297) - kRows * labelHeight()) / 2; }

DocumentLayout ShelfLabelsPdf::layout(const TextMeasurer& measurer) const
{
    Composer c = Composer::a4(measurer);
    const std::size_t perSheet = kColumns * kRows;
    for (std::size_t i = 0; i < m_labels.size(); ++i) {
        if (i > 0 && i % perSheet == 0)
            c.newPage();
        const auto slot = i % perSheet;
        const double x = static_cast<double>(slot % kColumns) * labelWidth();
        const double y = sheetTop() + static_cast<double>(slot / kColumns) * labelHeight();
        drawLabel(c, m_labels[i], x, y);
    }
    return DocumentLayout{QStringLiteral("Nhãn kệ"), m_printedAt, c.finish()};
}

} // namespace ocopos::printing
