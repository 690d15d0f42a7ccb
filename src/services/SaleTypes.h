#pragma once

#include "core/Cart.h"
#include "core/EInvoice.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace ocopos::services {

/// A line as the cashier rang it up: a code (barcode, SKU, scale label), an optional
/// quantity (default 1, or the weight a scale label carries) and a discount.
struct SaleLineRequest {
    QString code;
    std::optional<core::Quantity> qty;
    core::Discount discount;
};

/// A manager's credentials given in place for an override.
struct OverrideRequest {
    QString user;
    QString pin;
};

/// A sale to commit (cli.md `sell` input); also what a parked cart holds.
struct SaleRequest {
    std::vector<SaleLineRequest> lines;
    core::Discount discount;
    std::vector<core::Payment> payments;
    std::optional<OverrideRequest> override;
    /// The buyer's details for a company invoice (empty: a consumer's invoice).
    core::einvoice::Buyer buyer;
};

/// Parses the `sell` JSON document. ValidationError names the field
/// (`lines[2].qty`, `payments[1].method`).
SaleRequest saleRequestFromJson(const QJsonObject& json);
/// The inverse (for parking carts); the override is never stored.
QJsonObject saleRequestToJson(const SaleRequest& r);

/// An e-invoice as the sale, return or void that issued it shows it
/// (docs/EINVOICE.md); its number and the XML's SHA-256 are in the journal.
struct EInvoiceRef {
    qint64 id = 0;
    QString kind;  ///< original, adjustment, cancel
    QString form;  ///< "1" or "2"
    QString series;
    qint64 number = 0;
    QString issuedOn;
    QString xmlSha256;  ///< of the stored XML (recomputed when read back)
    QString status;     ///< pending, sent, accepted, rejected
    QString authorityCode;  ///< MCCQT, once accepted
    QString rejectReason;
};

struct SaleLotResult {
    std::optional<qint64> lotId;  ///< none: the "unlotted" share of an overridden short sale
    QString lotCode;
    QString producerCode;
    QString producerName;
    core::Quantity qty;
    core::Money amount;
};

struct SaleLineResult {
    qint64 lineId = 0;
    qint64 productId = 0;
    int lineNo = 0;
    QString sku;
    QString name;
    QString unit;
    core::SoldBy soldBy = core::SoldBy::Unit;
    core::Quantity qty;
    core::Money unitPrice;
    core::Money gross;
    core::Money discount;      ///< line discount
    core::Discount discountGiven;  ///< the line discount as the cashier gave it (none, percent or amount)
    core::Money saleDiscount;  ///< share of the sale discount
    core::Money net;
    core::VatRate vatRate = core::VatRate::percent(0);
    core::Money vat;
    QString ownerCode;
    QString ownerName;
    core::Supply supply = core::Supply::Consignment;
    core::BasisPoints commissionPct;
    core::Money commission;
    core::Money payout;
    bool unlotted = false;
    std::optional<int> ocopStars;
    std::vector<SaleLotResult> lots;
};

struct PaymentResult {
    core::PaymentMethod method = core::PaymentMethod::Cash;
    core::Money amount;
    QString reference;
    QString vietqr;
};

/// A committed sale as stored (cli.md `sell` output).
struct SaleResult {
    qint64 saleId = 0;
    QString receiptNo;
    QDateTime time;
    QString till;
    QString cashier;
    QString cashierName;
    qint64 shiftId = 0;
    QString status;  ///< completed or voided
    std::vector<SaleLineResult> lines;
    core::Money gross;
    core::Money discount;  ///< line discounts + sale discount
    core::Money saleDiscount;
    core::Discount saleDiscountGiven;  ///< the sale discount as the cashier gave it
    core::Money total;
    core::Money vatTotal;
    std::vector<core::VatRow> vat;
    std::vector<PaymentResult> payments;
    core::Money paid;
    core::Money change;
    QString vietqr;  ///< of the first bank_qr payment
    QString overrideBy;
    QString journalHash;
    QString voidedAt;    ///< ISO 8601 as stored; empty unless voided
    QString voidedBy;    ///< username of the manager who voided it
    std::optional<EInvoiceRef> einvoice;        ///< the sale's own invoice, when e-invoicing was on
    std::optional<EInvoiceRef> einvoiceCancel;  ///< the void's cancelling invoice
};

} // namespace ocopos::services
