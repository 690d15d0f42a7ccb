#pragma once

#include "Composer.h"
#include "DocumentLayout.h"

#include <QString>

namespace ocopos::printing {

/// The "print test page" of a receipt printer: the store's name, the printer's
/// address and paper width, every Vietnamese letter and ₫, a QR code and a Code
/// 128, laid out like the receipts so what prints is what receipts will look like.
class TestPage {
public:
    TestPage(QString storeName, QString printerUri, RollWidth width = RollWidth::Mm80);
    DocumentLayout layout(const TextMeasurer& measurer) const;

private:
    QString m_store;
    QString m_uri;
    RollWidth m_width;
};

} // namespace ocopos::printing
