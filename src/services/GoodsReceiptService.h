#pragma once

#include "Session.h"

#include "core/Errors.h"
#include "core/Money.h"
#include "core/Quantity.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace ocopos::services {

/// One lot of a goods receipt.
struct ReceiptLine {
    int line = 0;  ///< its line in receive.csv (0 when read back)
    qint64 productId = 0;
    QString sku;
    QString name;
    QString unit;
    qint64 lotId = 0;
    QString lotCode;
    QString producerCode;
    QString producerName;
    core::Quantity qty;
    std::optional<QDate> producedOn;
    std::optional<QDate> expiresOn;
    std::optional<core::Money> unitCost;
    /// round(unit cost × qty); empty without a unit cost.
    std::optional<core::Money> cost() const;
};

/// A goods receipt (phiếu nhập kho) as written, for the screen and the receiving note.
struct GoodsReceipt {
    qint64 id = 0;
    QString number;  ///< PN-000001, PN-000002, ...
    QString supplierCode;
    QString supplierName;
    QString ownerCode;  ///< the cooperative/enterprise whose products these are
    QString receivedAt;
    QString username;
    QString note;
    std::vector<ReceiptLine> lines;
    /// Accepted, but worth telling: a lot that had already expired on the day it
    /// was received (it is kept for the record and never sold).
    std::vector<Problem> warnings;
    core::Money totalCost() const;
};

/// Goods receipts: one delivery from one supplier, lines from receive.csv
/// (`code`*, `qty`*, `lot_code`*, `producer_code`, `produced_on`, `expires_on`,
/// `unit_cost`), each line a new lot.
///
/// The supplier rule. Every line of a receipt belongs to one owner (the producer
/// holding the products' OCOP certificate and paid for them). The supplier is
/// that owner, or one of its member households delivering for it:
/// - without a supplier code the owner of the products is the supplier, and lines
///   of different owners are refused (split the delivery, one receipt per owner);
/// - with one, every line's product must be owned by the supplier or by the
///   cooperative the supplier (a household) is a member of.
/// A line's lot producer is `producer_code`, else — following cli.md — the
/// product's owner, except when a household delivers: then the household
/// itself, since it brought what it made. The lot producer must be the owner or
/// one of its member households.
class GoodsReceiptService {
public:
    explicit GoodsReceiptService(Context ctx) : m_ctx(ctx) {}

    /// Validates every line and field; any problem refuses the whole receipt with
    /// every problem as `line N, field F: why` (ValidationError) and writes
    /// nothing. Otherwise writes the receipt, its lots, a `receipt` movement per lot
    /// and an audit entry in one transaction. Manager only (AuthError); an unknown
    /// supplier code is NotFound. Lines refused: unknown product; quantity not a
    /// number, not more than 0, or fractional for a product sold by unit; lot code
    /// missing, malformed, repeated for the same product in the file or already
    /// in the database; a producer that is neither the owner nor a member of it;
    /// bad dates, production in the future, expiry before production; unit cost
    /// negative, or missing for purchased goods.
    GoodsReceipt receive(const Session& actor, const QByteArray& csv, const QString& supplierCode = QString(),
                         const QString& note = QString());

    /// A receipt read back by number (manager), for the receiving note. NotFound.
    GoodsReceipt receipt(const Session& actor, const QString& number);

private:
    Context m_ctx;
};

/// Loads the demo store's goods receipts through GoodsReceiptService as `actor`.
/// `csv` is demo/receipts.csv: receive.csv columns plus `receipt` (groups lines),
/// `supplier`, `days_ago` (when it was received), and dates as day offsets from
/// today (`produced_days_ago`, `expires_in_days`, negative for the past), so the
/// demo has lots close to expiry whatever today is. `{produced}` in a lot code
/// becomes the production date as yyMMdd. Returns the number of lots.
int loadDemoReceipts(Context ctx, const Session& actor, const QByteArray& csv);

} // namespace ocopos::services
