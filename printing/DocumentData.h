#pragma once

// The plain data each printed document is made from. Services fill these from
// the database; printing only lays them out. Every amount is computed before it
// gets here (printing never does money arithmetic): totals are fields, not sums.

#include "core/Domain.h"
#include "core/Money.h"
#include "core/Quantity.h"
#include "core/Vat.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace ocopos::printing {

using core::BasisPoints;
using core::Money;
using core::Quantity;
using core::VatRate;

/// A bank account for VietQR transfers. Empty `bin` or `account` means none.
struct BankAccount {
    QString bin;         ///< 6-digit NAPAS BIN, e.g. "970436"
    QString account;     ///< account number
    QString accountName; ///< holder, as the bank spells it (often without marks)
    QString bankName;    ///< "Vietcombank", shown next to the number

    bool isSet() const { return !bin.isEmpty() && !account.isEmpty(); }
};

/// The store, from settings, at the top of every document.
struct StoreInfo {
    QString name;
    QString address;
    QString taxCode;
    QString phone;
    BankAccount bank;
    QString receiptFooter; ///< printed at the end of sale receipts ("Cảm ơn quý khách!")
    QString einvoiceLookupUrl; ///< the e-invoice provider's lookup page, printed on receipts
};

/// A sale's e-invoice as receipts print it (docs/EINVOICE.md).
struct ReceiptEInvoice {
    QString form;           ///< "1" (VAT invoice) or "2" (sales invoice)
    QString series;         ///< "C26MAA"
    qint64 number = 0;
    QString authorityCode;  ///< the tax authority's code (MCCQT) once accepted; empty before
    QString lookupUrl;      ///< where to look the invoice up (may be empty)
    QString lookupKey;      ///< what to look it up by before the code exists: "C26MAA-12"
    /// The QR's content once accepted: the lookup page with the code.
    QString qrPayload() const;
};

/// One VAT rate's totals; amounts include VAT (prices are VAT-inclusive).
struct VatSummaryRow {
    VatRate rate = VatRate::kct();
    Money amount;    ///< VAT-inclusive
    Money vat;
    Money netOfVat;  ///< amount before VAT (amount − vat)
};

/// Units of stock from one lot, credited to the producer who made that lot.
struct LotCredit {
    QString lotCode;
    QString producerName; ///< "Hộ Nguyễn Văn Hải"
    Quantity quantity;
};

// ---- Sale receipt ----------------------------------------------------------

struct ReceiptLine {
    QString name;               ///< product name at the time of sale
    QString unit;               ///< "chai 500ml", "kg"
    bool byWeight = false;      ///< quantity is a weight: printed "0,350 kg × 450.000 ₫/kg"
    Quantity quantity;
    Money unitPrice;            ///< VAT-inclusive
    Money gross;                ///< round(unit price × quantity)
    Money lineDiscount;         ///< given on this line (≥ 0)
    std::optional<BasisPoints> lineDiscountPercent; ///< when the discount was a percentage
    Money net;                  ///< after line discount and its share of the sale discount
    VatRate vat = VatRate::kct();
    std::vector<LotCredit> lots; ///< where the units came from (producer and lot)
    int ocopStars = 0;          ///< 3, 4, 5 or 0 for none
};

struct PaymentLine {
    core::PaymentMethod method = core::PaymentMethod::Cash;
    Money amount;               ///< for cash, what was tendered
    QString reference;          ///< card slip or transfer reference
    std::string vietQrPayload;  ///< the VietQR shown for a bank transfer (printed as a QR)
};

struct ReceiptData {
    StoreInfo store;
    QString receiptNo;          ///< "Q01-000017"
    QDateTime time;
    QString till;
    QString cashier;            ///< display name
    std::vector<ReceiptLine> lines;
    Money gross;                ///< sum of line gross
    Money lineDiscounts;        ///< sum of line discounts
    Money saleDiscount;         ///< discount on the whole sale
    std::optional<BasisPoints> saleDiscountPercent;
    Money total;                ///< amount due
    std::vector<VatSummaryRow> vat;
    std::vector<PaymentLine> payments;
    Money paid;
    Money change;
    QString journalHash;        ///< hex SHA-256 of the journal entry (the first 12 are printed)
    bool reprint = false;       ///< prints "BẢN IN LẠI"
    std::optional<ReceiptEInvoice> einvoice; ///< absent when the store issues no e-invoices
};

// ---- Return and void slips ---------------------------------------------------

struct ReturnSlipLine {
    QString name;
    QString unit;
    bool byWeight = false;
    Quantity quantity;          ///< returned
    Money refund;               ///< VAT-inclusive
    VatRate vat = VatRate::kct();
    std::vector<LotCredit> lots; ///< lots the units went back to
};

struct ReturnSlipData {
    StoreInfo store;
    QString returnNo;
    QString originalReceiptNo;
    QDateTime originalTime;
    QDateTime time;
    QString till;
    QString manager;            ///< who authorised it
    QString reason;
    bool damaged = false;       ///< written off instead of going back on the shelf
    std::vector<ReturnSlipLine> lines;
    Money totalRefund;
    std::vector<VatSummaryRow> vat; ///< VAT refunded per rate
    core::PaymentMethod refundMethod = core::PaymentMethod::Cash;
    QString journalHash;
};

struct VoidSlipLine {
    QString name;
    Quantity quantity;
    bool byWeight = false;
    QString unit;
    Money net;
};

struct VoidSlipData {
    StoreInfo store;
    QString receiptNo;          ///< the voided sale
    QDateTime saleTime;
    QDateTime voidTime;
    QString till;
    QString cashier;            ///< who rang up the sale
    QString manager;            ///< who voided it
    QString reason;
    std::vector<VoidSlipLine> lines;
    Money total;
    std::vector<PaymentLine> payments; ///< what is given back
    QString journalHash;
};

// ---- Z (or X) report -----------------------------------------------------------

struct PaymentTotal {
    core::PaymentMethod method = core::PaymentMethod::Cash;
    int count = 0;
    Money amount;
};

struct ZReportData {
    StoreInfo store;
    bool closing = true;        ///< Z (closing) report; false prints an X (mid-shift) report
    QString shiftId;
    QString till;
    QString openedBy;
    QString closedBy;
    QDateTime openedAt;
    QDateTime closedAt;         ///< for an X report, when it was printed
    int salesCount = 0;
    int voidCount = 0;
    int returnCount = 0;
    QString firstReceiptNo;
    QString lastReceiptNo;
    Money grossSales;           ///< before discounts
    Money discounts;
    Money netSales;             ///< completed sales, after discounts
    Money voidedTotal;
    Money returnsTotal;         ///< refunded
    std::vector<PaymentTotal> payments;
    std::vector<VatSummaryRow> vat;
    Money openingFloat;
    Money cashSales;
    Money cashRefunds;
    Money expectedCash;         ///< float + cash sales − cash refunds
    std::optional<Money> countedCash; ///< absent on an X report
    std::optional<Money> variance;    ///< counted − expected
    QString journalHash;        ///< the last journal entry of the shift
    std::optional<qint64> syncWaiting; ///< entries not yet sent to the province centre; absent when none is set up
    /// E-invoices of the shift; absent when the store issues none.
    struct EInvoices {
        qint64 pending = 0;   ///< not yet accepted by the tax authority
        qint64 accepted = 0;
        qint64 rejected = 0;
        std::vector<std::pair<QString, QString>> rejections; ///< "C26MAA-12", the provider's reason
    };
    std::optional<EInvoices> einvoices;
};

// ---- Goods receipt note --------------------------------------------------------

/// A producer (cooperative, household, enterprise) as printed on documents.
struct PartyInfo {
    QString code;
    QString name;
    QString taxCode;
    QString address;
    QString phone;
    BankAccount bank;
};

struct GoodsReceiptLine {
    QString sku;
    QString name;
    QString unit;
    QString lotCode;
    QString producerName;       ///< the household or producer who made the lot
    std::optional<QDate> productionDate;
    std::optional<QDate> expiryDate;
    Quantity quantity;
    std::optional<Money> unitCost; ///< purchased goods; consignment has none
    std::optional<Money> lineCost;
    core::Supply supply = core::Supply::Consignment;
};

struct GoodsReceiptNoteData {
    StoreInfo store;
    QString noteNo;
    QDateTime receivedAt;
    QString receivedBy;
    PartyInfo supplier;
    QString deliveredBy;        ///< the person who brought the goods (signs)
    std::vector<GoodsReceiptLine> lines;
    Money totalCost;            ///< of purchased lines
    QString note;
};

// ---- Settlement statement --------------------------------------------------------

struct SettlementLine {
    QString sku;
    QString name;
    QString unit;
    core::Supply supply = core::Supply::Consignment;
    Quantity quantity;          ///< sold, net of returns
    Money net;                  ///< sales after discounts, returns already subtracted
    Money returns;              ///< refunded (positive)
    std::optional<BasisPoints> commissionPercent;
    Money commission;           ///< consignment only
    Money payout;               ///< consignment only: net − commission
};

struct HouseholdShare {
    QString producerCode;
    QString name;
    std::optional<Quantity> quantity; ///< when known (a statement read back has only amounts): "–" otherwise
    Money net;
    Money returns;
    Money payout;
};

struct SettlementTotals {
    Money net;
    Money returns;
    Money commission;
    Money payout;
};

struct SettlementStatementData {
    StoreInfo store;
    PartyInfo producer;         ///< the owner being settled with
    QString statementNo;
    QDate from;
    QDate to;
    QDateTime issuedAt;
    bool finalized = false;     ///< a draft prints "BẢN NHÁP"
    std::vector<SettlementLine> lines;
    std::vector<HouseholdShare> households;
    SettlementTotals consignment;
    SettlementTotals purchased;
    SettlementTotals total;     ///< payout here is what the store pays the producer
    QString place;              ///< for the date line above the signatures ("Hạ Long")
    /// The payout VietQR as the settlement service made it (it is what the
    /// statement's JSON and the finalized record carry); when absent the PDF
    /// makes one from the producer's bank account (payoutVietQr()).
    std::optional<std::string> vietQr;
    /// Why there is no VietQR, in Vietnamese, when vietQr is given empty.
    QString noVietQrReason;
};

// ---- Sales report ----------------------------------------------------------------

enum class SalesGroupBy { Day, Product, Category, VatRate, PaymentMethod, Cashier, Producer, Owner };

struct SalesReportRow {
    QString key;                ///< the group: a date, SKU, rate, method, name...
    QString label;              ///< a readable name for the key, if different (product name)
    std::optional<Quantity> quantity; ///< where it applies
    Money gross;
    Money discount;
    Money net;
    Money vat;
    Money returns;
    Money commission;
    Money payout;
    int receipts = 0;
};

struct SalesReportData {
    StoreInfo store;
    QDate from;
    QDate to;
    SalesGroupBy groupBy = SalesGroupBy::Day;
    QDateTime generatedAt;
    QString scope;              ///< e.g. the cooperative a cooperative user is limited to
    std::vector<SalesReportRow> rows;
    SalesReportRow totals;
};

// ---- Shelf labels ----------------------------------------------------------------

struct ShelfLabelData {
    QString name;
    QString unit;               ///< "chai 500ml"; for goods sold by weight, "kg"
    Money price;                ///< VAT-inclusive; per kg when sold by weight
    bool byWeight = false;      ///< prints "/kg" after the price
    int ocopStars = 0;
    QString ean13;              ///< 13 digits, or empty
    QString sku;                ///< printed as Code 128 when there is no EAN-13
    QString producerName;       ///< small print under the name, optional
};

} // namespace ocopos::printing
