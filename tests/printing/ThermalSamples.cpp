// Writes the thermal rasters behind docs/printing (its README): each roll
// document of tests/printing/Fixtures as the printer gets it, one PGM per
// document (convert them to PNG with ImageMagick: see the README). Not a test.
//   ocopos_thermal_samples OUT_DIR
#include "EscPosDecoder.h"
#include "Fixtures.h"
#include "printing/EscPos.h"
#include "printing/ReceiptPdf.h"
#include "printing/ReturnSlipPdf.h"
#include "printing/TestPage.h"
#include "printing/ThermalRenderer.h"
#include "printing/VoidSlipPdf.h"
#include "printing/ZReportPdf.h"

#include <QDir>
#include <cstdio>

using namespace ocopos::printing;

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUT_DIR\n", argv[0]);
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(out);
    const ThermalRenderer r;
    // Through the ESC/POS stream and back, so the picture is what the printer receives.
    const auto save = [&](const char* name, const MonoBitmap& image) {
        const auto back = ocopos::test::decodeEscPos(escpos::job(image));
        const std::string path = (out + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".pgm")).toStdString();
        if (!back.ok() || !ocopos::test::writePgm(back.image, path)) {
            std::fprintf(stderr, "cannot write %s\n", path.c_str());
            std::exit(1);
        }
        std::printf("%s: %d x %d dots\n", name, back.image.width(), back.image.height());
    };
    save("thermal-receipt-80mm", r.make(ReceiptPdf(fixtures::receipt(), RollWidth::Mm80)));
    save("thermal-receipt-58mm", r.make(ReceiptPdf(fixtures::receipt(), RollWidth::Mm58)));
    save("thermal-return-slip", r.make(ReturnSlipPdf(fixtures::returnSlip())));
    save("thermal-void-slip", r.make(VoidSlipPdf(fixtures::voidSlip())));
    save("thermal-z-report", r.make(ZReportPdf(fixtures::zReport())));
    save("thermal-test-page", r.make(TestPage(fixtures::store().name, QStringLiteral("tcp://192.168.1.50:9100"))));
    return 0;
}
