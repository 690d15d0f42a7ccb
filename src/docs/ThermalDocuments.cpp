#include "ThermalDocuments.h"

#include "printing/EscPos.h"
#include "printing/ReceiptPdf.h"
#include "printing/ReturnSlipPdf.h"
#include "printing/TestPage.h"
#include "printing/ThermalRenderer.h"
#include "printing/VoidSlipPdf.h"
#include "printing/ZReportPdf.h"

namespace ocopos::docs::thermal {

namespace {

/// One renderer per thread: the fonts are read once and glyphs stay cached,
/// which keeps a receipt's raster to a few milliseconds.
const printing::ThermalRenderer& renderer()
{
    thread_local const printing::ThermalRenderer r;
    return r;
}

template <class Document> QByteArray job(const Document& document, bool kick)
{
    return printing::escpos::job(renderer().make(document), { true, kick });
}

} // namespace

printing::RollWidth widthOf(int widthMm)
{
    return widthMm == 58 ? printing::RollWidth::Mm58 : printing::RollWidth::Mm80;
}

QByteArray receipt(
    Documents& docs, const services::SaleResult& sale, printing::RollWidth width, bool kick, bool reprint)
{
    return job(printing::ReceiptPdf(docs.receiptData(sale, reprint), width), kick);
}

printing::MonoBitmap receiptRaster(
    Documents& docs, const services::SaleResult& sale, printing::RollWidth width, bool reprint)
{
    return renderer().make(printing::ReceiptPdf(docs.receiptData(sale, reprint), width));
}

QByteArray returnSlip(Documents& docs, const services::ReturnResult& ret, printing::RollWidth width, bool kick)
{
    return job(printing::ReturnSlipPdf(docs.returnSlipData(ret), width), kick);
}

QByteArray voidSlip(Documents& docs, const services::SaleResult& voided, printing::RollWidth width)
{
    return job(printing::VoidSlipPdf(docs.voidSlipData(voided), width), false);
}

QByteArray shiftReport(Documents& docs, const services::ShiftReport& report, printing::RollWidth width)
{
    const StoreSettings s = docs.storeSettings();
    return job(printing::ZReportPdf(zReportData(report, storeInfo(s), docs.shiftExtras(report)), width), false);
}

QByteArray testPage(const QString& storeName, const QString& uri, printing::RollWidth width)
{
    return job(printing::TestPage(storeName, uri, width), false);
}

} // namespace ocopos::docs::thermal
