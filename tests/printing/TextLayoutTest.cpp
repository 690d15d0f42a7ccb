#include "PdfTools.h"
#include "printing/Composer.h"
#include "printing/PdfDocument.h"
#include "printing/TableLayout.h"
#include "printing/TextLayout.h"

#include "core/Errors.h"

#include <QString>

#include <gtest/gtest.h>

using namespace ocopos;
using namespace ocopos::printing;

namespace {

/// One unit per character; combining marks take no room.
double charCount(std::string_view s)
{
    double n = 0;
    for (char32_t c : decodeUtf8(s))
        if (!isCombiningMark(c))
            n += 1;
    return n;
}

std::string join(const std::vector<std::string>& lines)
{
    std::string out;
    for (const auto& l : lines)
        out += (out.empty() ? "" : " ") + l;
    return out;
}

} // namespace

TEST(WrapText, BreaksAtSpacesWithinTheWidth)
{
    const auto lines = wrapText("Nước mắm Cái Rồng chai 500ml", 12, charCount);
    EXPECT_EQ(lines, (std::vector<std::string>{"Nước mắm Cái", "Rồng chai", "500ml"}));
    for (const auto& l : lines)
        EXPECT_LE(charCount(l), 12);
}

TEST(WrapText, FitsOnOneLineWhenItCan)
{
    EXPECT_EQ(wrapText("Chả mực Hạ Long", 15, charCount), std::vector<std::string>{"Chả mực Hạ Long"});
    EXPECT_TRUE(wrapText("", 10, charCount).empty());
    EXPECT_TRUE(wrapText("   ", 10, charCount).empty());
}

TEST(WrapText, CollapsesSpacesAndHonoursNewlines)
{
    EXPECT_EQ(wrapText("  Cảm ơn   quý khách!\nHẹn gặp lại ", 40, charCount),
              (std::vector<std::string>{"Cảm ơn quý khách!", "Hẹn gặp lại"}));
}

TEST(WrapText, NeverBreaksAtANoBreakSpace)
{
    // formatVnd puts U+00A0 before ₫: an amount never loses its currency sign to the next line.
    const std::string text = "Tổng 1.200.000\u00A0₫";
    EXPECT_EQ(wrapText(text, 12, charCount), (std::vector<std::string>{"Tổng", "1.200.000\u00A0₫"}));
}

TEST(WrapText, CutsAnOverlongWordBetweenLettersKeepingMarks)
{
    // "Rồng" decomposed (o + circumflex + grave): the marks stay with their o.
    const QString nfd = QStringLiteral("Rồngrồngrồng").normalized(QString::NormalizationForm_D);
    const auto lines = wrapText(nfd.toStdString(), 5, charCount);
    ASSERT_EQ(lines.size(), 3u);
    for (const auto& l : lines) {
        EXPECT_LE(charCount(l), 5);
        EXPECT_FALSE(isCombiningMark(decodeUtf8(l).front())) << l;
    }
    std::string joined;
    for (const auto& l : lines)
        joined += l;
    EXPECT_EQ(joined, nfd.toStdString());
}

TEST(WrapText, BalancedLinesKeepTheCountAndEvenOut)
{
    const std::string title = "TRUNG TÂM OCOP HẠ LONG";
    const auto greedy = wrapText(title, 19, charCount);
    const auto balanced = wrapTextBalanced(title, 19, charCount);
    ASSERT_EQ(greedy.size(), 2u);
    EXPECT_EQ(greedy.back(), "LONG");
    ASSERT_EQ(balanced.size(), 2u);
    // The narrowest two-line setting: no orphaned last word.
    EXPECT_EQ(balanced, (std::vector<std::string>{"TRUNG TÂM", "OCOP HẠ LONG"}));
    EXPECT_EQ(join(balanced), title);
}

TEST(WrapText, ElidesWithAnEllipsis)
{
    EXPECT_EQ(elideText("Trứng vịt biển Đồng Rui", 100, charCount), "Trứng vịt biển Đồng Rui");
    EXPECT_EQ(elideText("Trứng vịt biển Đồng Rui", 10, charCount), "Trứng vịt…");
}

TEST(Utf8, RoundTripsAndReplacesInvalidBytes)
{
    const std::string s = "Đặc sản ₫ ★ 𝄞";
    EXPECT_EQ(encodeUtf8(decodeUtf8(s)), s);
    EXPECT_EQ(decodeUtf8("a\xFF" "b"), (std::u32string{U'a', U'\uFFFD', U'b'}));
    EXPECT_EQ(decodeUtf8("\xE1\xBB"), (std::u32string{U'\uFFFD', U'\uFFFD'})); // truncated
    EXPECT_EQ(decodeUtf8("\xC0\xAF"), (std::u32string{U'\uFFFD', U'\uFFFD'})); // overlong
}

TEST(WrapText, LongVietnameseNamesFitA58mmRollWithTheRealFont)
{
    // 58 mm paper prints 48 mm: the receipt's product names, bold 8 pt.
    PdfDocument pdf;
    const double width = mm(48);
    const auto measure = [&](std::string_view s) { return pdf.textWidth(s, FontStyle::Bold, 8); };
    for (const std::string name : {"Trà hoa vàng Ba Chẽ hộp 50g loại đặc biệt thượng hạng – quà biếu Tết",
                                   "Nước mắm cốt nhĩ Cái Rồng chai 250ml (40 độ đạm) – hộp quà",
                                   "Bộ quà tặng nước mắm Cái Rồng (2 chai 500ml, hộp giấy)"}) {
        const auto lines = wrapText(name, width, measure);
        EXPECT_GE(lines.size(), 2u) << name;
        for (const auto& l : lines)
            EXPECT_LE(measure(l), width + 1e-6) << l;
        EXPECT_EQ(join(lines), name) << "a word was split or lost";
        // Greedy: the next word would not have fitted on any line.
        for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
            const std::string next = lines[i + 1].substr(0, lines[i + 1].find(' '));
            EXPECT_GT(measure(lines[i] + " " + next), width) << lines[i];
        }
    }
}

TEST(TableLayout, FixedColumnsAndSharesByWeight)
{
    const TableLayout t(10, 200,
                        {{"STT", 20, 1, Align::Right}, {"Tên", 0, 3, Align::Left}, {"Tiền", 0, 1, Align::Right}}, 4);
    ASSERT_EQ(t.size(), 3u);
    EXPECT_DOUBLE_EQ(t.column(0).x, 10);
    EXPECT_DOUBLE_EQ(t.column(0).width, 20);
    // 200 − 20 − 2 gaps of 4 = 172, shared 3 : 1.
    EXPECT_DOUBLE_EQ(t.column(1).width, 129);
    EXPECT_DOUBLE_EQ(t.column(2).width, 43);
    EXPECT_DOUBLE_EQ(t.column(2).x + t.column(2).width, 210);
    EXPECT_DOUBLE_EQ(t.textX(0, 8), 22);          // right-aligned in [10, 30]
    EXPECT_DOUBLE_EQ(t.textX(1, 50), 34);         // left
    EXPECT_DOUBLE_EQ(t.textX(2, 13), 210 - 13.0); // right edge of the table
    EXPECT_DOUBLE_EQ(alignedX(0, 100, 20, Align::Center), 40);
}

TEST(TableLayout, RefusesColumnsWiderThanTheTable)
{
    EXPECT_THROW(TableLayout(0, 50, {{"A", 40, 1, Align::Left}, {"B", 20, 1, Align::Left}}), ValidationError);
    EXPECT_THROW(TableLayout(0, 50, {}), ValidationError);
}
