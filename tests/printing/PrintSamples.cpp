// ocopos_print_samples FOLDER: writes every sample document as a PDF into FOLDER,
// for looking at them and for the PNGs in docs/printing. A tool, not a test.

#include "Fixtures.h"
#include "printing/GoodsReceiptNotePdf.h"
#include "printing/ReceiptPdf.h"
#include "printing/ReturnSlipPdf.h"
#include "printing/SalesReportPdf.h"
#include "printing/SettlementStatementPdf.h"
#include "printing/ShelfLabelsPdf.h"
#include "printing/VoidSlipPdf.h"
#include "printing/ZReportPdf.h"

#include <QDir>

#include <cstdio>
#include <exception>

using namespace ocopos::printing;

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: ocopos_print_samples FOLDER\n");
        return 2;
    }
    try {
        const QString dir = QString::fromLocal8Bit(argv[1]);
        QDir().mkpath(dir);
        const QDir d(dir);
        const auto path = [&](const char* name) { return d.filePath(QString::fromUtf8(name)); };
        ReceiptPdf(fixtures::receipt()).render().save(path("receipt-80mm.pdf"));
        ReceiptPdf(fixtures::receipt(), RollWidth::Mm58).render().save(path("receipt-58mm.pdf"));
        ReturnSlipPdf(fixtures::returnSlip()).render().save(path("return-slip.pdf"));
        VoidSlipPdf(fixtures::voidSlip()).render().save(path("void-slip.pdf"));
        ZReportPdf(fixtures::zReport()).render().save(path("z-report.pdf"));
        GoodsReceiptNotePdf(fixtures::goodsReceiptNote()).render().save(path("goods-receipt-note.pdf"));
        SettlementStatementPdf(fixtures::settlement(40)).render().save(path("settlement-statement.pdf"));
        SalesReportPdf(fixtures::salesReport()).render().save(path("sales-report.pdf"));
        ShelfLabelsPdf(fixtures::shelfLabels()).render().save(path("shelf-labels.pdf"));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 1;
    }
    return 0;
}
