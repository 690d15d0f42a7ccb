#pragma once

// Fixed, realistic data for every printed document (Quảng Ninh OCOP products),
// shared by the printing tests and the benchmark. Amounts are consistent with
// the rules of spec §2 (worked out by hand in Fixtures.cpp).

#include "printing/DocumentData.h"

#include <string>

namespace ocopos::printing::fixtures {

StoreInfo store();
PartyInfo cooperative();           ///< HTX Nước mắm Cái Rồng, with a bank account
/// The VietQR payload of the sample receipt's bank transfer (700.000 ₫, Q01-000017).
std::string receiptVietQr();

ReceiptData receipt();             ///< five lines, all VAT rates, cash + VietQR
ReturnSlipData returnSlip();
VoidSlipData voidSlip();
ZReportData zReport();
GoodsReceiptNoteData goodsReceiptNote();
/// `products` consignment lines (and a few purchased), several households.
SettlementStatementData settlement(int products = 12);
SalesReportData salesReport();
std::vector<ShelfLabelData> shelfLabels(); ///< 26 labels (two pages), some without EAN

/// "Nước mắm Cái Rồng" and every other name these fixtures print.
inline const char* const kFishSauce = "Nước mắm Cái Rồng";

} // namespace ocopos::printing::fixtures
