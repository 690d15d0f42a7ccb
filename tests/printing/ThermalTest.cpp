// Thermal receipts (issue 16): the raster, the ESC/POS stream read back by a
// decoder, and the transports against a fake network printer.
#include "EscPosDecoder.h"
#include "FakePrinter.h"
#include "Fixtures.h"
#include "core/ErrorCodes.h"
#include "printing/EscPos.h"
#include "printing/PdfDocument.h"
#include "printing/PrinterLink.h"
#include "printing/ReceiptPdf.h"
#include "printing/ReturnSlipPdf.h"
#include "printing/ThermalRenderer.h"
#include "printing/VoidSlipPdf.h"
#include "printing/ZReportPdf.h"

#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>

using namespace ocopos;
using namespace ocopos::printing;
using ocopos::test::decodeBarcodes;
using ocopos::test::decodeEscPos;
using ocopos::test::FakePrinter;

namespace {

const ThermalRenderer& renderer()
{
    static const ThermalRenderer r;
    return r;
}

int blackDots(const MonoBitmap& bm)
{
    int n = 0;
    for (auto b : bm.bytes())
        n += __builtin_popcount(b);
    return n;
}

/// The error code a call throws ("" when it throws none).
template <class F> std::string codeOf(F f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.code();
    }
    return {};
}

} // namespace

TEST(ThermalRenderer, AReceiptIs576DotsWideAndItsQrAndBarcodeDecode)
{
    const MonoBitmap bm = renderer().make(ReceiptPdf(fixtures::receipt(), RollWidth::Mm80));
    EXPECT_EQ(bm.width(), 576);
    EXPECT_GT(bm.height(), 1000);
    const auto qr = decodeBarcodes(bm, "QRCode");
    ASSERT_EQ(qr.size(), 1u);
    EXPECT_EQ(qr.front(), fixtures::receiptVietQr());
    const auto code = decodeBarcodes(bm, "Code128");
    ASSERT_EQ(code.size(), 1u);
    EXPECT_EQ(code.front(), fixtures::receipt().receiptNo.toStdString());
}

TEST(ThermalRenderer, A58mmReceiptIs384DotsWideAndStillDecodes)
{
    const MonoBitmap bm = renderer().make(ReceiptPdf(fixtures::receipt(), RollWidth::Mm58));
    EXPECT_EQ(bm.width(), 384);
    const auto qr = decodeBarcodes(bm, "QRCode");
    ASSERT_EQ(qr.size(), 1u);
    EXPECT_EQ(qr.front(), fixtures::receiptVietQr());
    const auto code = decodeBarcodes(bm, "Code128");
    ASSERT_EQ(code.size(), 1u);
    EXPECT_EQ(code.front(), "Q01-000017");
}

TEST(ThermalRenderer, LaysOutTheSameTextAsThePdf)
{
    // Both measure Noto Sans by advance widths, so the thermal receipt wraps and
    // aligns exactly like the PDF: the same runs of text at the same places.
    PdfDocument pdf;
    const ReceiptPdf receipt(fixtures::receipt());
    const DocumentLayout a = receipt.layout(pdf);
    const DocumentLayout b = receipt.layout(renderer());
    ASSERT_EQ(a.pages.size(), b.pages.size());
    const auto ta = a.pages.front().texts();
    const auto tb = b.pages.front().texts();
    ASSERT_EQ(ta.size(), tb.size());
    for (std::size_t i = 0; i < ta.size(); ++i) {
        EXPECT_EQ(ta[i]->text, tb[i]->text);
        EXPECT_NEAR(ta[i]->x, tb[i]->x, 0.05) << ta[i]->text;
        EXPECT_NEAR(ta[i]->baseline, tb[i]->baseline, 0.05) << ta[i]->text;
    }
}

TEST(ThermalRenderer, DrawsTheVietnameseMarks)
{
    // The same letters with and without their marks: the marks add ink above
    // (and for the dot below, under) the letters.
    const auto draw = [](const std::string& text) {
        PageLayout page { mm(80), 40, {} };
        page.ops.push_back(TextOp { mm(4), 25, text, FontStyle::Regular, 12, 0, {} });
        return renderer().render(DocumentLayout { {}, {}, { page } });
    };
    const MonoBitmap plain = draw("NUOC MAM CAI RONG");
    const MonoBitmap marked = draw("NƯỚC MẮM CÁI RỒNG");
    EXPECT_GT(blackDots(marked), blackDots(plain) + 60);
    // Above the capitals only the marks print.
    const auto inkAbove = [](const MonoBitmap& bm, int row) {
        int n = 0;
        for (int y = 0; y < row; ++y)
            for (int x = 0; x < bm.width(); ++x)
                n += bm.black(x, y);
        return n;
    };
    const int capTop = static_cast<int>((25 - 12 * 0.72) * ThermalRenderer::kDotsPerMm / kPtPerMm) - 1;
    EXPECT_EQ(inkAbove(plain, capTop), 0);
    EXPECT_GT(inkAbove(marked, capTop), 30);
}

TEST(ThermalRenderer, EveryRollDocumentRenders)
{
    const MonoBitmap ret = renderer().make(ReturnSlipPdf(fixtures::returnSlip()));
    const MonoBitmap voided = renderer().make(VoidSlipPdf(fixtures::voidSlip()));
    const MonoBitmap z = renderer().make(ZReportPdf(fixtures::zReport()));
    for (const MonoBitmap* bm : { &ret, &voided, &z }) {
        EXPECT_EQ(bm->width(), 576);
        EXPECT_GT(bm->height(), 400);
        EXPECT_GT(blackDots(*bm), 5000);
    }
    EXPECT_EQ(renderer().make(ZReportPdf(fixtures::zReport(), RollWidth::Mm58)).width(), 384);
}

TEST(ThermalRenderer, RefusesAnA4Page)
{
    PageLayout page { mm(210), mm(297), {} };
    EXPECT_EQ(codeOf([&] { renderer().render(DocumentLayout { {}, {}, { page } }); }), "pdf");
}

TEST(EscPos, AJobDecodesBackToTheImageWithOneCutAndNoKick)
{
    const MonoBitmap bm = renderer().make(ReceiptPdf(fixtures::receipt()));
    const auto print = decodeEscPos(escpos::job(bm));
    ASSERT_TRUE(print.ok()) << print.error;
    EXPECT_EQ(print.image.width(), 576);
    EXPECT_EQ(print.image.height(), bm.height());
    EXPECT_EQ(print.image.bytes(), bm.bytes());
    EXPECT_EQ(print.cuts, 1);
    EXPECT_EQ(print.kicks, 0);
    EXPECT_EQ(print.commands.front(), "init");
    EXPECT_EQ(print.commands.back(), "cut");
    // Bands of at most 128 rows.
    EXPECT_EQ(std::count(print.commands.begin(), print.commands.end(), "raster"), (bm.height() + 127) / 128);
}

TEST(EscPos, TheKickIsThereOnlyWhenAsked)
{
    const MonoBitmap bm(576, 10);
    const auto withKick = decodeEscPos(escpos::job(bm, { true, true }));
    ASSERT_TRUE(withKick.ok());
    EXPECT_EQ(withKick.kicks, 1);
    EXPECT_EQ(withKick.kickBytes.front(), QByteArray::fromHex("1b700019fa"));
    EXPECT_EQ(decodeEscPos(escpos::job(bm, { false, false })).cuts, 0);
    const auto drawer = decodeEscPos(escpos::kickOnly());
    EXPECT_EQ(drawer.kicks, 1);
    EXPECT_TRUE(drawer.image.height() == 0 && drawer.cuts == 0);
}

TEST(EscPos, StatusBytes)
{
    escpos::Status s;
    EXPECT_TRUE(escpos::applyStatus(s, escpos::StatusKind::Printer, 0x12));
    EXPECT_FALSE(s.blocking());
    EXPECT_TRUE(escpos::applyStatus(s, escpos::StatusKind::Paper, 0x1e)); // near end only
    EXPECT_TRUE(s.paperNearEnd);
    EXPECT_FALSE(s.blocking());
    EXPECT_TRUE(escpos::applyStatus(s, escpos::StatusKind::Paper, 0x72));
    EXPECT_TRUE(s.paperOut && s.blocking());
    escpos::Status t;
    EXPECT_FALSE(escpos::applyStatus(t, escpos::StatusKind::Printer, 0xff)); // not a status byte
    EXPECT_TRUE(escpos::applyStatus(t, escpos::StatusKind::Printer, 0x1a));
    EXPECT_TRUE(t.offline);
}

TEST(PrinterAddress, ParsesTheThreeKinds)
{
    const auto tcp = PrinterAddress::parse(QStringLiteral("tcp://192.168.1.50:9100"));
    EXPECT_EQ(tcp.kind, PrinterAddress::Kind::Tcp);
    EXPECT_EQ(tcp.host, QStringLiteral("192.168.1.50"));
    EXPECT_EQ(tcp.port, 9100);
    EXPECT_EQ(PrinterAddress::parse(QStringLiteral("tcp://printer.local")).port, 9100);
    const auto file = PrinterAddress::parse(QStringLiteral("file:/dev/usb/lp0"));
    EXPECT_EQ(file.kind, PrinterAddress::Kind::File);
    EXPECT_EQ(file.path, QStringLiteral("/dev/usb/lp0"));
    const auto cups = PrinterAddress::parse(QStringLiteral("cups:TM-T20"));
    EXPECT_EQ(cups.kind, PrinterAddress::Kind::Cups);
    EXPECT_EQ(cups.queue, QStringLiteral("TM-T20"));
    for (const char* bad : { "", "lpt1", "tcp://", "tcp://host:99999", "tcp://h:1/x", "file:", "cups:a b" })
        EXPECT_EQ(codeOf([&] { PrinterAddress::parse(QString::fromUtf8(bad)); }), "invalid") << bad;
}

TEST(PrinterLink, SendsTheJobToANetworkPrinterAndChecksItsStatus)
{
    FakePrinter printer;
    const PrinterLink link(PrinterAddress::parse(QString::fromUtf8(printer.uri())));
    const QByteArray job = escpos::job(renderer().make(ReceiptPdf(fixtures::receipt())));
    const PrintOutcome out = link.send(job);
    EXPECT_EQ(out.bytes, job.size());
    ASSERT_TRUE(out.status.has_value());
    EXPECT_FALSE(out.status->blocking());
    EXPECT_TRUE(out.confirmed);
    ASSERT_TRUE(printer.waitForJobs(1));
    const auto got = printer.jobs().front();
    // Status requests around the job, the job itself untouched.
    EXPECT_EQ(got,
        escpos::statusRequest(escpos::StatusKind::Printer) + escpos::statusRequest(escpos::StatusKind::Paper) + job
            + escpos::statusRequest(escpos::StatusKind::Printer));
    const auto print = decodeEscPos(got);
    ASSERT_TRUE(print.ok()) << print.error;
    EXPECT_EQ(print.image.width(), 576);
    EXPECT_EQ(decodeBarcodes(print.image, "QRCode"), std::vector<std::string> { fixtures::receiptVietQr() });
}

TEST(PrinterLink, APrinterThatNeverAnswersStatusStillPrints)
{
    FakePrinter printer;
    printer.setMode(FakePrinter::Mode::Silent);
    PrinterTimeouts t;
    t.status = 100;
    const PrinterLink link(PrinterAddress::parse(QString::fromUtf8(printer.uri())), t);
    const PrintOutcome out = link.send(escpos::kickOnly());
    EXPECT_FALSE(out.status.has_value());
    EXPECT_FALSE(out.confirmed);
    ASSERT_TRUE(printer.waitForJobs(1));
    EXPECT_EQ(decodeEscPos(printer.jobs().front()).kicks, 1);
}

TEST(PrinterLink, RefusedOfflinePaperOutAndClosedMidJobAreTold)
{
    const QByteArray job = escpos::job(renderer().make(ReceiptPdf(fixtures::receipt())));
    {
        FakePrinter printer;
        printer.setMode(FakePrinter::Mode::Offline);
        const PrinterLink link(PrinterAddress::parse(QString::fromUtf8(printer.uri())));
        EXPECT_EQ(codeOf([&] { link.send(job); }), codes::printerOffline.id());
        ASSERT_TRUE(printer.waitForJobs(1));
        EXPECT_EQ(decodeEscPos(printer.jobs().front()).image.height(), 0) << "nothing printed";
    }
    {
        FakePrinter printer;
        printer.setMode(FakePrinter::Mode::PaperOut);
        const PrinterLink link(PrinterAddress::parse(QString::fromUtf8(printer.uri())));
        EXPECT_EQ(codeOf([&] { link.send(job); }), codes::printerPaperOut.id());
        ASSERT_TRUE(printer.waitForJobs(1));
        EXPECT_EQ(decodeEscPos(printer.jobs().front()).image.height(), 0);
    }
    {
        FakePrinter printer;
        printer.setMode(FakePrinter::Mode::CloseMidJob, 5000);
        const PrinterLink link(PrinterAddress::parse(QString::fromUtf8(printer.uri())));
        EXPECT_EQ(codeOf([&] { link.send(job); }), codes::printerClosed.id());
    }
    {
        FakePrinter printer;
        printer.refuse();
        const PrinterLink link(PrinterAddress::parse(QString::fromUtf8(printer.uri())));
        EXPECT_EQ(codeOf([&] { link.send(job); }), codes::printerRefused.id());
    }
}

TEST(PrinterLink, ADeviceFileGetsTheBytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lp0"));
    const PrinterLink link(PrinterAddress::parse(QStringLiteral("file:") + path));
    const QByteArray job = escpos::kickOnly();
    EXPECT_EQ(link.send(job).bytes, job.size());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), job);
    const PrinterLink missing(PrinterAddress::parse(QStringLiteral("file:/dev/usb/lp9-not-here")));
    EXPECT_EQ(codeOf([&] { missing.send(job); }), codes::printerOffline.id());
}
