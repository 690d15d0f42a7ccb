#pragma once

// From what the services return to what printing lays out. Pure functions: the
// few facts a result does not carry (store settings, people's display names,
// producers' details, product units) come in as arguments, so every mapping is
// tested without a database. No money is computed here: every amount is one the
// services already worked out, only copied (or summed per VAT rate for a return,
// whose lines carry their own VAT).

#include "core/Catalog.h"
#include "printing/Composer.h"
#include "printing/DocumentData.h"
#include "services/GoodsReceiptService.h"
#include "services/ReportService.h"
#include "services/ReturnService.h"
#include "services/SaleTypes.h"
#include "services/SettlementService.h"
#include "services/ShiftService.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <map>

namespace ocopos::docs {

/// The store's settings as documents print them (keys of SettingsService).
struct StoreSettings {
    QString name, address, taxCode;
    QString bankBin, bankAccount, bankAccountName;
    QString receiptFooter;
    int receiptWidthMm = 80;
    QString einvoiceLookupUrl;
};

printing::StoreInfo storeInfo(const StoreSettings& s);
printing::RollWidth rollWidth(const StoreSettings& s);
/// A producer as printed: address with district and province, bank with its name.
printing::PartyInfo partyInfo(const core::Producer& p);
/// "Vietcombank" for 970436, … ; empty for a BIN not in the NAPAS list we know.
QString bankName(const QString& bin);

/// Discounts given as percentages (SaleResult carries only their amounts).
struct DiscountPercents {
    std::optional<core::BasisPoints> sale;
    std::map<int, core::BasisPoints> lines;  ///< by SaleLineResult::lineNo
};

/// The sale receipt. `reprint` prints "(Bản in lại)".
printing::ReceiptData receiptData(const services::SaleResult& sale, const printing::StoreInfo& store, bool reprint = false,
                                  const DiscountPercents& percents = {});

/// The return slip. `original` is the sale returned against (units, sold-by,
/// the producers' names of its lots); `till` the till of the return's shift.
struct ReturnContext {
    QString till;
    QString managerName;  ///< display name of the user who made the return
};
printing::ReturnSlipData returnSlipData(const services::ReturnResult& ret, const services::SaleResult& original,
                                        const printing::StoreInfo& store, const ReturnContext& context);

/// The void slip of a voided sale: who voided it and when.
printing::VoidSlipData voidSlipData(const services::SaleResult& voided, const printing::StoreInfo& store,
                                    const QString& managerName, const QDateTime& voidedAt);

/// What the Z report shows that ShiftReport does not carry.
struct ShiftExtras {
    QString openedByName, closedByName;
    int voidCount = 0;        ///< overrides ShiftReport::voids when read from the same data
    core::Money voidedTotal;  ///< Σ totals of the shift's voided sales
    std::map<core::PaymentMethod, int> paymentCounts;  ///< completed sales paid (partly) by each method
    QDateTime printedAt;      ///< for an X report: when it was printed
};
printing::ZReportData zReportData(const services::ShiftReport& report, const printing::StoreInfo& store,
                                  const ShiftExtras& extras);

/// The goods-receipt note. `supplyOf` gives each SKU's supply mode.
printing::GoodsReceiptNoteData goodsReceiptNoteData(const services::GoodsReceipt& receipt, const printing::StoreInfo& store,
                                                    const printing::PartyInfo& supplier, const QString& receivedByName,
                                                    const std::function<core::Supply(const QString& sku)>& supplyOf);

/// The settlement statement. `unitOf` gives each SKU's unit; `issuedAt` is when
/// a draft is printed (a finalized statement is dated when it was finalized);
/// `commissionPercent` the one commission rate a consignment SKU was sold at in
/// the period (absent when none or several: the column stays empty).
printing::SettlementStatementData settlementData(const services::Statement& statement, const printing::StoreInfo& store,
                                                 const std::function<QString(const QString& sku)>& unitOf,
                                                 const QDateTime& issuedAt,
                                                 const std::map<QString, core::BasisPoints>& commissionPercent = {});
/// "QT-000012" for a finalized statement, else "NHÁP-<code>-<ddMMyy>-<ddMMyy>".
QString statementNumber(const services::Statement& statement);

/// The sales report; `scopeName` the name of the owner a cooperative user's report is limited to.
printing::SalesReportData salesReportData(const services::SalesReport& report, const printing::StoreInfo& store,
                                          const QDateTime& generatedAt, const QString& scopeName = QString());
printing::SalesGroupBy groupBy(services::SalesGrouping by);

/// A shelf label: the first valid EAN-13 among the barcodes, else the SKU (Code 128).
printing::ShelfLabelData shelfLabel(const core::Product& product);

} // namespace ocopos::docs
