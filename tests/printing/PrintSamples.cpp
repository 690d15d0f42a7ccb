// Writes every sample document as a PDF into $OCOPOS_PRINT_SAMPLES (skipped
// when unset): for looking at them, and for the PNGs in docs/printing.

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

#include <gtest/gtest.h>

using namespace ocopos::printing;

TEST(Samples, WriteAll)
{
    const QString dir = qEnvironmentVariable("OCOPOS_PRINT_SAMPLES");
    if (dir.isEmpty())
        GTEST_SKIP() << "set OCOPOS_PRINT_SAMPLES to a folder to write the sample PDFs";
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
}
