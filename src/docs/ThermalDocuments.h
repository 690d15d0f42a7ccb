#pragma once

#include "Documents.h"
#include "printing/Composer.h"
#include "printing/MonoBitmap.h"
#include "services/ReturnService.h"
#include "services/ShiftService.h"

#include <QByteArray>

/// The thermal-printer counterparts of Documents' PDFs: the same document data
/// (Documents::receiptData and the rest) laid out the same way and rasterised
/// for an ESC/POS printer at 576 (80 mm) or 384 (58 mm) dots, ending in a cut.
/// `kick` puts the drawer pulse first. Throws PdfError when the fonts are missing.
namespace ocopos::docs::thermal {

QByteArray receipt(
    Documents& docs, const services::SaleResult& sale, printing::RollWidth width, bool kick, bool reprint = false);
QByteArray returnSlip(Documents& docs, const services::ReturnResult& ret, printing::RollWidth width, bool kick);
QByteArray voidSlip(Documents& docs, const services::SaleResult& voided, printing::RollWidth width);
QByteArray shiftReport(Documents& docs, const services::ShiftReport& report, printing::RollWidth width);

/// A printer's test page (printing::TestPage).
QByteArray testPage(const QString& storeName, const QString& uri, printing::RollWidth width);

/// The rasters alone (for previews and pictures).
printing::MonoBitmap receiptRaster(
    Documents& docs, const services::SaleResult& sale, printing::RollWidth width, bool reprint = false);

/// The roll width of a till printer's setting (58 or 80).
printing::RollWidth widthOf(int widthMm);

} // namespace ocopos::docs::thermal
