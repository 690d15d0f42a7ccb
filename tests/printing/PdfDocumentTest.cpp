#include "Fixtures.h"
#include "PdfTools.h"
#include "printing/PdfDocument.h"
#include "printing/PdfError.h"
#include "printing/ReceiptPdf.h"
#include "printing/ToUnicode.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <type_traits>

using namespace ocopos::printing;
using namespace ocopos::printing::test;

static_assert(!std::is_copy_constructible_v<PdfDocument>);
static_assert(!std::is_copy_assignable_v<PdfDocument>);
static_assert(std::is_nothrow_move_constructible_v<PdfDocument>);
static_assert(std::is_nothrow_move_assignable_v<PdfDocument>);
static_assert(std::is_nothrow_destructible_v<PdfDocument>);

namespace {

PageLayout textPage(const std::vector<std::string>& lines, FontStyle style = FontStyle::Regular, double size = 12)
{
    PageLayout p{mm(210), 40 + 18.0 * static_cast<double>(lines.size()), {}};
    double baseline = 30;
    for (const auto& l : lines) {
        p.ops.push_back(TextOp{20, baseline, l, style, size, 0, {}});
        baseline += 18;
    }
    return p;
}

QByteArray pdfOf(const std::vector<PageLayout>& pages)
{
    PdfDocument pdf;
    for (const auto& p : pages)
        pdf.drawPage(p);
    return pdf.toBytes();
}

} // namespace

TEST(PdfDocument, EveryVietnameseLetterExtractsAsText)
{
    // Every letter, twelve to a line, in both fonts, plus what receipts print.
    const auto letters = vietnameseLetters();
    ASSERT_EQ(letters.size(), 134u);
    std::vector<std::string> lines;
    std::string all;
    for (std::size_t i = 0; i < letters.size(); i += 12) {
        std::string line;
        for (std::size_t k = i; k < std::min(i + 12, letters.size()); ++k)
            line += (line.empty() ? "" : " ") + letters[k].toStdString();
        lines.push_back(line);
        all += line + "\n";
    }
    const std::string extra = "Nước mắm Cái Rồng 45.000 ₫ × 2 · “Hạ Long” – Quảng Ninh — OCOP";
    lines.push_back(extra);
    all += extra + "\n";
    const PdfFile file(pdfOf({textPage(lines), textPage(lines, FontStyle::Bold)}));
    // pdftotext reads evenly spaced single letters as letter-spaced words and
    // drops their spaces, so the letters are compared without whitespace.
    const auto squeeze = [](QString s) { return s.remove(QRegularExpression(QStringLiteral("\\s"))).toStdString(); };
    for (int page : {1, 2}) {
        const QString text = file.text(false, page);
        EXPECT_EQ(squeeze(text), squeeze(QString::fromStdString(all))) << "page " << page;
        EXPECT_TRUE(text.contains(QString::fromStdString(extra))) << text.toStdString();
    }
}

TEST(PdfDocument, WritesACorrectToUnicodeMap)
{
    // libharu 2.3.0's own map makes poppler complain ("Invalid 'begincidrange'");
    // ours is a real bfrange map, so readers other than poppler extract text too.
    const PdfFile file(pdfOf({textPage({"Nước mắm Cái Rồng ₫"})}));
    EXPECT_FALSE(file.textWarnings().contains("begincidrange")) << file.textWarnings().toStdString();
    EXPECT_EQ(file.text(false).trimmed(), QStringLiteral("Nước mắm Cái Rồng ₫"));
}

TEST(PdfDocument, ToUnicodeRangesStayInsideOneByteBlock)
{
    const std::string cmap = identityToUnicodeCMap({0x41, 0x42, 0x43, 0xFF, 0x100, 0x101, 0x20AB});
    EXPECT_NE(cmap.find("4 beginbfrange"), std::string::npos) << cmap;
    EXPECT_NE(cmap.find("<0041> <0043> <0041>"), std::string::npos);
    EXPECT_NE(cmap.find("<00FF> <00FF> <00FF>"), std::string::npos) << "a range crossed a block";
    EXPECT_NE(cmap.find("<0100> <0101> <0100>"), std::string::npos);
    EXPECT_NE(cmap.find("<20AB> <20AB> <20AB>"), std::string::npos);
}

TEST(PdfDocument, EmbedsTheNotoSansSubsetsAsUnicodeFonts)
{
    const PdfFile file(pdfOf({textPage({"Regular"}), textPage({"Bold"}, FontStyle::Bold)}));
    const QString fonts = file.fonts();
    // name, type, encoding, emb sub uni
    EXPECT_TRUE(fonts.contains(QRegularExpression(QStringLiteral("\\+NotoSans-Regular\\s+CID TrueType\\s+Identity-H\\s+yes yes yes"))))
        << fonts.toStdString();
    EXPECT_TRUE(fonts.contains(QRegularExpression(QStringLiteral("\\+NotoSans-Bold\\S*\\s+CID TrueType\\s+Identity-H\\s+yes yes yes"))))
        << fonts.toStdString();
}

TEST(PdfDocument, MeasuresWhatItDraws)
{
    PdfDocument pdf;
    const double w = pdf.textWidth("Nước mắm", FontStyle::Regular, 10);
    EXPECT_GT(w, 30);
    EXPECT_LT(w, 60);
    EXPECT_DOUBLE_EQ(pdf.textWidth("Nước mắm", FontStyle::Regular, 20), 2 * w);
    EXPECT_GT(pdf.textWidth("Nước mắm", FontStyle::Bold, 10), w);
    EXPECT_DOUBLE_EQ(pdf.textWidth("", FontStyle::Regular, 10), 0);
    // No kerning: a run is the sum of its parts, so wrapped lines measure exactly.
    EXPECT_DOUBLE_EQ(pdf.textWidth("ab", FontStyle::Regular, 10),
                     pdf.textWidth("a", FontStyle::Regular, 10) + pdf.textWidth("b", FontStyle::Regular, 10));
}

TEST(PdfDocument, SameInputSameBytes)
{
    const auto a = ReceiptPdf(fixtures::receipt()).render().toBytes();
    const auto b = ReceiptPdf(fixtures::receipt()).render().toBytes();
    EXPECT_EQ(a, b);
    EXPECT_TRUE(a.startsWith("%PDF-"));
}

TEST(PdfDocument, SavesAtomicallyAndMoves)
{
    QTemporaryDir dir;
    PdfDocument pdf;
    pdf.drawPage(textPage({"Hóa đơn"}));
    PdfDocument moved = std::move(pdf);
    EXPECT_EQ(moved.pageCount(), 1);
    EXPECT_THROW(pdf.toBytes(), PdfError); // NOLINT(bugprone-use-after-move): moved-from is refused, not a crash
    EXPECT_EQ(pdf.pageCount(), 0);         // NOLINT(bugprone-use-after-move)
    const QString path = dir.filePath(QStringLiteral("a.pdf"));
    moved.save(path);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), moved.toBytes());
}

TEST(PdfDocument, SaveIntoAMissingFolderThrows)
{
    PdfDocument pdf;
    pdf.drawPage(textPage({"x"}));
    try {
        pdf.save(QStringLiteral("/nonexistent-folder/x.pdf"));
        FAIL() << "expected PdfError";
    } catch (const PdfError& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent-folder/x.pdf"), std::string::npos) << e.what();
    }
}

TEST(PdfDocument, MissingFontFileThrowsWithLibharusCode)
{
    try {
        PdfDocument pdf(FontFiles{QStringLiteral("/nonexistent/NotoSans-Regular.ttf"),
                                  QStringLiteral("/nonexistent/NotoSans-Bold.ttf"), {}});
        FAIL() << "expected PdfError";
    } catch (const PdfError& e) {
        EXPECT_EQ(e.status(), 0x1017u); // HPDF_FILE_OPEN_ERROR
        EXPECT_NE(std::string(e.what()).find("/nonexistent/NotoSans-Regular.ttf"), std::string::npos) << e.what();
    }
}

TEST(PdfDocument, NotAFontThrows)
{
    QTemporaryDir dir;
    const QString bogus = dir.filePath(QStringLiteral("bogus.ttf"));
    QFile f(bogus);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(2048, 'x'));
    f.close();
    EXPECT_THROW(PdfDocument(FontFiles{bogus, bogus, {}}), PdfError);
}

TEST(PdfDocument, ALibharuErrorIsThrownAndTheDocumentRefusesMore)
{
    PdfDocument pdf;
    try {
        pdf.drawPage(textPage({"Quá to"}, FontStyle::Regular, 700)); // libharu's limit is 600 pt
        FAIL() << "expected PdfError";
    } catch (const PdfError& e) {
        EXPECT_EQ(e.status(), 0x1050u) << e.what(); // HPDF_PAGE_INVALID_FONT_SIZE
    }
    EXPECT_THROW(pdf.drawPage(textPage({"x"})), PdfError);
    EXPECT_THROW(pdf.toBytes(), PdfError);
}

TEST(PdfDocument, AWrittenDocumentIsFinished)
{
    // libharu 2.3.0 embeds the font subset at the first save and never again:
    // glyphs drawn afterwards would be blank, so drawing is refused instead.
    PdfDocument pdf;
    pdf.drawPage(textPage({"abc"}));
    const QByteArray first = pdf.toBytes();
    EXPECT_THROW(pdf.drawPage(textPage({"Rồng"})), PdfError);
    EXPECT_EQ(pdf.toBytes(), first);
}

TEST(PdfDocument, NoPagesIsAnError)
{
    PdfDocument pdf;
    EXPECT_THROW(pdf.toBytes(), PdfError);
}

TEST(PdfDocument, TitleAndDateInTheMetadata)
{
    const PdfFile file(ReceiptPdf(fixtures::receipt()).render().toBytes());
    const QString info = file.info();
    EXPECT_TRUE(info.contains(QStringLiteral("Title:           Hóa đơn Q01-000017"))) << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("Creator:         OCOPOS"))) << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("2026"))) << info.toStdString();
}
