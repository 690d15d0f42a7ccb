// Layout without a PDF: the Composer with a fake measurer, and every document's
// layout checked for text outside the paper or on top of other text.

#include "Fixtures.h"
#include "printing/Composer.h"
#include "printing/GoodsReceiptNotePdf.h"
#include "printing/PdfDocument.h"
#include "printing/ReceiptPdf.h"
#include "printing/ReturnSlipPdf.h"
#include "printing/SalesReportPdf.h"
#include "printing/SettlementStatementPdf.h"
#include "printing/ShelfLabelsPdf.h"
#include "printing/VoidSlipPdf.h"
#include "printing/ZReportPdf.h"

#include <QString>

#include <gtest/gtest.h>

#include <algorithm>

using namespace ocopos::printing;

namespace {

/// Half an em per character, marks take no room: predictable widths.
class FakeMeasurer : public TextMeasurer {
public:
    double textWidth(std::string_view utf8, FontStyle, double size) const override
    {
        double n = 0;
        for (char32_t c : decodeUtf8(utf8))
            if (!isCombiningMark(c))
                n += 1;
        return n * size * 0.5;
    }
};

struct Box {
    double x0, y0, x1, y1;
};

Box boxOf(const TextOp& t) { return {t.x, t.baseline - 0.75 * t.size, t.x + t.width, t.baseline + 0.2 * t.size}; }

/// Every text inside the paper (and inside `left`..`right` when given), none on another.
void expectClean(const DocumentLayout& layout, const std::string& what, double left = 0, double right = -1)
{
    ASSERT_FALSE(layout.pages.empty()) << what;
    for (std::size_t p = 0; p < layout.pages.size(); ++p) {
        const PageLayout& page = layout.pages[p];
        const double r = right < 0 ? page.width : right;
        const auto texts = page.texts();
        for (const TextOp* t : texts) {
            const Box b = boxOf(*t);
            EXPECT_GE(b.x0, left - 0.01) << what << " p" << p + 1 << ": '" << t->text << "' starts left of the margin";
            EXPECT_LE(b.x1, r + 0.01) << what << " p" << p + 1 << ": '" << t->text << "' runs past the margin";
            EXPECT_GE(b.y0, 0) << what << ": '" << t->text << "' above the page";
            EXPECT_LE(b.y1, page.height) << what << ": '" << t->text << "' below the page";
        }
        for (std::size_t i = 0; i < texts.size(); ++i)
            for (std::size_t k = i + 1; k < texts.size(); ++k) {
                const Box a = boxOf(*texts[i]), b = boxOf(*texts[k]);
                const double w = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
                const double h = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
                EXPECT_FALSE(w > 0.3 && h > 0.3)
                    << what << " p" << p + 1 << ": '" << texts[i]->text << "' overlaps '" << texts[k]->text << "'";
            }
        for (const auto& op : page.ops)
            if (const auto* rect = std::get_if<RectOp>(&op)) {
                EXPECT_GE(rect->x, -0.01) << what;
                EXPECT_LE(rect->x + rect->w, page.width + 0.01) << what;
                EXPECT_LE(rect->y + rect->h, page.height + 0.01) << what;
            }
    }
}

const TextOp* findText(const PageLayout& page, const std::string& text)
{
    for (const TextOp* t : page.texts())
        if (t->text == text)
            return t;
    return nullptr;
}

} // namespace

TEST(Composer, ARollIsAsTallAsItsContent)
{
    FakeMeasurer m;
    Composer c = Composer::roll(m, RollWidth::Mm80);
    EXPECT_NEAR(c.pageWidth(), 226.77, 0.01);
    EXPECT_NEAR(c.width(), mm(72), 0.01);
    c.paragraph("Một dòng", {});
    c.paragraph("Hai dòng", {});
    const double end = c.y();
    const auto pages = c.finish();
    ASSERT_EQ(pages.size(), 1u);
    EXPECT_NEAR(pages[0].height, end + mm(6), 1e-9);
    EXPECT_LT(pages[0].height, 80);

    Composer narrow = Composer::roll(m, RollWidth::Mm58);
    EXPECT_NEAR(narrow.pageWidth(), 164.41, 0.01);
    EXPECT_NEAR(narrow.width(), mm(48), 0.01);
}

TEST(Composer, AValueIsRightAlignedBesideItsWrappedLabel)
{
    FakeMeasurer m;
    Composer c = Composer::roll(m, RollWidth::Mm58);
    c.labelValue("Trà hoa vàng Ba Chẽ hộp 50g loại đặc biệt thượng hạng", "1.250.000 ₫", {}, {});
    const auto pages = c.finish();
    const TextOp* value = findText(pages[0], "1.250.000 ₫");
    ASSERT_NE(value, nullptr);
    EXPECT_NEAR(value->x + value->width, mm(5) + mm(48), 1e-9);
    const auto texts = pages[0].texts();
    ASSERT_GE(texts.size(), 3u); // the label took several lines
    EXPECT_DOUBLE_EQ(texts[0]->baseline, value->baseline); // the amount sits on the first line
    for (const TextOp* t : texts) {
        if (t != value) {
            EXPECT_LT(t->x + t->width, value->x) << t->text;
        }
    }
}

TEST(Composer, AVeryLongReceiptContinuesOnANewPage)
{
    FakeMeasurer m;
    Composer c = Composer::roll(m, RollWidth::Mm80);
    for (int i = 0; i < 2000; ++i)
        c.paragraph("Dòng " + std::to_string(i), {});
    const auto pages = c.finish();
    ASSERT_GE(pages.size(), 2u);
    for (const auto& p : pages)
        EXPECT_LE(p.height, 14400) << "libharu refuses taller pages";
}

TEST(Composer, A4RepeatsTheHeaderAndNumbersPages)
{
    FakeMeasurer m;
    Composer c = Composer::a4(m);
    EXPECT_NEAR(c.pageWidth(), 595.28, 0.01);
    c.setContinuationHeader([](Composer& k) { k.paragraph("TIÊU ĐỀ CỘT", {}); });
    for (int i = 0; i < 150; ++i)
        c.paragraph("Hàng " + std::to_string(i), {});
    c.setContinuationHeader({});
    const auto pages = c.finish([](Composer& k, int page, int count) {
        k.textAt(k.right(), k.bottomMarginTop() + 10, "Trang " + std::to_string(page + 1) + "/" + std::to_string(count),
                 TextStyle{}.aligned(Align::Right));
    });
    ASSERT_GE(pages.size(), 2u);
    for (std::size_t p = 0; p < pages.size(); ++p) {
        EXPECT_NEAR(pages[p].height, 841.89, 0.01);
        const auto texts = pages[p].texts();
        if (p > 0) {
            EXPECT_EQ(texts.front()->text, "TIÊU ĐỀ CỘT") << "page " << p + 1;
        }
        EXPECT_EQ(texts.back()->text, "Trang " + std::to_string(p + 1) + "/" + std::to_string(pages.size()));
        for (const TextOp* t : texts)
            EXPECT_LE(t->baseline, pages[p].height - mm(16) + 12) << t->text;
    }
}

TEST(Composer, StarsAreShapes)
{
    FakeMeasurer m;
    Composer c = Composer::roll(m, RollWidth::Mm80);
    const double w = c.starsAt(10, 20, 4, 8);
    const auto pages = c.finish();
    int stars = 0;
    for (const auto& op : pages[0].ops)
        if (const auto* p = std::get_if<PolygonOp>(&op)) {
            ++stars;
            EXPECT_EQ(p->points.size(), 10u);
            for (const auto& pt : p->points) {
                EXPECT_GE(pt.x, 10 - 1e-9);
                EXPECT_LE(pt.x, 10 + w + 1e-9);
                EXPECT_LE(pt.y, 20 + 1e-9); // they sit on the baseline
            }
        }
    EXPECT_EQ(stars, 4);
}

TEST(Composer, AQrCodeIsOneGridOfItsModules)
{
    FakeMeasurer m;
    Composer c = Composer::roll(m, RollWidth::Mm80);
    const QrMatrix q = encodeQr("Q01-000017");
    c.qrAt(q, 20, 30, 2);
    const auto pages = c.finish();
    ASSERT_EQ(pages[0].ops.size(), 1u);
    const auto* g = std::get_if<ModuleGridOp>(&pages[0].ops[0]);
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(g->columns, q.size);
    EXPECT_EQ(g->rows, q.size);
    EXPECT_EQ(g->dark, q.dark);
    EXPECT_DOUBLE_EQ(g->x, 20);
    EXPECT_DOUBLE_EQ(g->y, 30);
    EXPECT_DOUBLE_EQ(g->module, 2);
}

TEST(Composer, DecomposedTextIsDrawnComposed)
{
    // Some input methods send "ồ" as o + U+0302 + U+0300; the font has only the precomposed letter.
    FakeMeasurer m;
    Composer c = Composer::roll(m, RollWidth::Mm80);
    const QString nfd = QStringLiteral("Nước mắm Cái Rồng").normalized(QString::NormalizationForm_D);
    c.paragraph(nfd.toStdString(), {});
    c.textAt(0, 50, nfd.toStdString(), {});
    const auto pages = c.finish();
    for (const TextOp* t : pages[0].texts())
        EXPECT_EQ(t->text, "Nước mắm Cái Rồng");
}

TEST(Composer, Ean13DigitsSitUnderTheirBars)
{
    FakeMeasurer m;
    Composer c = Composer::a4(m);
    c.ean13At("8936045120019", 100, 100, 1, 30, 6);
    const auto pages = c.finish();
    std::string digits;
    for (const TextOp* t : pages[0].texts())
        digits += t->text;
    EXPECT_EQ(digits.size(), 13u);
    EXPECT_EQ(digits.substr(0, 1), "8");
    double right = 0;
    for (const auto& op : pages[0].ops)
        if (const auto* r = std::get_if<RectOp>(&op))
            right = std::max(right, r->x + r->w);
    EXPECT_DOUBLE_EQ(right, 100 + 11 + 95); // quiet zone, then 95 modules
}

TEST(DocumentLayouts, ReceiptAmountsLineUpAtTheRightMargin)
{
    PdfDocument measurer;
    const auto layout = ReceiptPdf(fixtures::receipt()).layout(measurer);
    ASSERT_EQ(layout.pages.size(), 1u);
    const auto& page = layout.pages[0];
    EXPECT_NEAR(page.width, 226.77, 0.01);
    const double right = page.width - mm(4);
    for (const std::string amount : {"240.000\u00A0₫", "-24.000\u00A0₫", "1.200.000\u00A0₫", "100.000\u00A0₫"}) {
        const TextOp* t = findText(page, amount);
        ASSERT_NE(t, nullptr) << amount;
        EXPECT_NEAR(t->x + t->width, right, 1e-6) << amount;
    }
    // Everything drawn lies above the bottom margin: the page fits its content.
    double lowest = 0;
    for (const TextOp* t : page.texts())
        lowest = std::max(lowest, t->baseline);
    EXPECT_GT(lowest, page.height - mm(6) - 20);
    EXPECT_LT(lowest, page.height);
}

TEST(DocumentLayouts, MoreLinesMakeALongerReceipt)
{
    PdfDocument measurer;
    ReceiptData one = fixtures::receipt();
    one.lines.resize(1);
    const double h1 = ReceiptPdf(one).layout(measurer).pages[0].height;
    const double h5 = ReceiptPdf(fixtures::receipt()).layout(measurer).pages[0].height;
    EXPECT_GT(h5, h1 + 4 * 30);
}

TEST(DocumentLayouts, NoTextLeavesThePaperOrOverlaps)
{
    PdfDocument m;
    const double left80 = mm(4), right80 = mm(80) - mm(4);
    expectClean(ReceiptPdf(fixtures::receipt()).layout(m), "receipt 80", left80, right80);
    expectClean(ReceiptPdf(fixtures::receipt(), RollWidth::Mm58).layout(m), "receipt 58", mm(5), mm(58) - mm(5));
    expectClean(ReturnSlipPdf(fixtures::returnSlip()).layout(m), "return slip", left80, right80);
    expectClean(ReturnSlipPdf(fixtures::returnSlip(), RollWidth::Mm58).layout(m), "return slip 58", mm(5), mm(53));
    expectClean(VoidSlipPdf(fixtures::voidSlip()).layout(m), "void slip", left80, right80);
    expectClean(ZReportPdf(fixtures::zReport()).layout(m), "z report", left80, right80);
    expectClean(ZReportPdf(fixtures::zReport(), RollWidth::Mm58).layout(m), "z report 58", mm(5), mm(53));
    expectClean(GoodsReceiptNotePdf(fixtures::goodsReceiptNote()).layout(m), "goods receipt", mm(15), mm(195));
    expectClean(SettlementStatementPdf(fixtures::settlement(60)).layout(m), "settlement", mm(15), mm(195));
    expectClean(SalesReportPdf(fixtures::salesReport()).layout(m), "sales report", mm(15), mm(282));
    expectClean(ShelfLabelsPdf(fixtures::shelfLabels()).layout(m), "labels");
}

TEST(DocumentLayouts, ShelfLabelsFillA3By8Grid)
{
    PdfDocument m;
    const auto layout = ShelfLabelsPdf(fixtures::shelfLabels()).layout(m);
    ASSERT_EQ(layout.pages.size(), 2u); // 26 labels, 24 a sheet
    // Each label's outline lies inside its 70 × 37 mm slot.
    int outlines = 0;
    for (const auto& op : layout.pages[0].ops)
        if (const auto* r = std::get_if<RectOp>(&op); r && !r->filled) {
            ++outlines;
            EXPECT_NEAR(r->w, mm(70), 1e-6);
            EXPECT_NEAR(r->h, mm(37), 1e-6);
        }
    EXPECT_EQ(outlines, 24);
}

TEST(SalesReportChart, TicksAreRoundAndCoverTheRange)
{
    EXPECT_EQ(SalesReportPdf::chartTicks(0, 28512000),
              (std::vector<std::int64_t>{0, 10000000, 20000000, 30000000}));
    EXPECT_EQ(SalesReportPdf::chartTicks(0, 9), (std::vector<std::int64_t>{0, 2, 4, 6, 8, 10}));
    EXPECT_EQ(SalesReportPdf::chartTicks(-3000, 7000), (std::vector<std::int64_t>{-4000, -2000, 0, 2000, 4000, 6000, 8000}));
    EXPECT_EQ(SalesReportPdf::chartTicks(0, 0), std::vector<std::int64_t>{0});
    EXPECT_EQ(SalesReportPdf::shortAmount(10000000), "10 triệu");
    EXPECT_EQ(SalesReportPdf::shortAmount(1500000), "1,5 triệu");
    EXPECT_EQ(SalesReportPdf::shortAmount(250000), "250 nghìn");
    EXPECT_EQ(SalesReportPdf::shortAmount(2000000000), "2 tỷ");
    EXPECT_EQ(SalesReportPdf::shortAmount(-2000), "-2 nghìn");
}
