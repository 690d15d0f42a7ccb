// Writes every sample document as a PDF into $OCOPOS_PRINT_SAMPLES (skipped
// when unset): for looking at them, and for the PNGs in docs/printing.

#include "Fixtures.h"
#include "printing/ReceiptPdf.h"

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
    ReceiptPdf(fixtures::receipt()).render().save(d.filePath(QStringLiteral("receipt-80mm.pdf")));
    ReceiptPdf(fixtures::receipt(), RollWidth::Mm58).render().save(d.filePath(QStringLiteral("receipt-58mm.pdf")));
}
