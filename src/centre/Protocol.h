#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <stdexcept>
#include <vector>

// The store -> centre protocol, version 1 (docs/CENTRE.md §2): the batch as it
// arrives, checked field by field, and the journal contents it carries (the
// store's canonical JSON: services/SaleReader.cpp canonicalSale/canonicalVoid,
// services/ReturnService.cpp canonicalReturn). Money is integer đồng,
// quantities integer thousandths: a JSON number that is not a whole number is
// refused, never rounded.

namespace ocopos::centre {

inline constexpr int kProtocolVersion = 1;
inline constexpr qsizetype kMaxBodyBytes = 16 * 1024 * 1024;
inline constexpr qsizetype kMaxEntries = 1000;

/// A malformed request: 400 naming the field (`entries[3].hash`).
class BadRequest : public std::runtime_error {
public:
    BadRequest(QString field, const QString& message)
        : std::runtime_error(message.toStdString()), m_field(std::move(field))
    {
    }
    const QString& field() const noexcept { return m_field; }

private:
    QString m_field;
};

struct BatchProducer {
    QString code, kind, name, parent, taxCode, district, province;  ///< empty for null
};

struct BatchProduct {
    QString sku, name, unit, vat, owner, category, supply;
    std::optional<qint64> ocopStars;
};

struct BatchEntry {
    qint64 seq = 0;
    bool settlement = false;  ///< type "settlement", else "journal"
    qint64 id = 0;
    QString content;
    // journal
    QString at, kind, prevHash, hash;
    qint64 refId = 0;
    // settlement
    QString producer, from, to, finalizedAt;
    qint64 net = 0, returns = 0, commission = 0, payout = 0;
};

struct Batch {
    QString store;
    std::vector<BatchProducer> producers;
    std::vector<BatchProduct> products;
    std::vector<BatchEntry> entries;
};

/// The body as JSON with its `store` read: enough to answer 403 and 413 before
/// the rest is checked. Throws BadRequest.
struct BatchHead {
    QJsonObject root;
    QString store;
    qsizetype entries = 0;
};
BatchHead parseBatchHead(const QByteArray& body);
/// Every field of the batch (not the journal contents). Throws BadRequest.
Batch parseBatch(const BatchHead& head);

// Journal contents, parsed after the entry's hash was checked (a changed
// content is a broken chain first). Field names in errors are
// `entries[i].content.<field>`.

struct SaleLot {
    std::optional<qint64> lotId;
    QString producer;
    qint64 qty = 0, amount = 0;
};

struct SaleLine {
    qint64 lineNo = 0;
    QString sku, name, owner, vatRate, supply;
    qint64 qty = 0, unitPrice = 0, gross = 0, discount = 0, saleDiscount = 0, net = 0, vat = 0, commissionBp = 0,
           commission = 0, payout = 0;
    std::vector<SaleLot> lots;
};

struct SaleContent {
    QString receiptNo, till, time, cashier;
    QString day;  ///< store-local YYYY-MM-DD of time
    qint64 gross = 0, discount = 0, total = 0, vat = 0, paid = 0, change = 0;
    std::vector<SaleLine> lines;
};

struct VoidContent {
    QString receiptNo, time, by;
};

struct ReturnLine {
    qint64 lineNo = 0;  ///< the sale line's number
    QString sku;
    qint64 qty = 0, refund = 0, vat = 0, commission = 0, payout = 0;
};

struct ReturnContent {
    QString number, receiptNo, time, by;
    QString day;  ///< store-local YYYY-MM-DD of time
    bool damaged = false;
    qint64 refund = 0;
    std::vector<ReturnLine> lines;
};

/// `prefix` names the content in errors (`entries[3].content`).
SaleContent parseSale(const QString& content, const QString& prefix);
VoidContent parseVoid(const QString& content, const QString& prefix);
ReturnContent parseReturn(const QString& content, const QString& prefix);

/// SHA-256(prev_hash ‖ content) in hex, as services::Journal computes it.
QString chainHash(const QString& prevHash, const QString& content);
/// 64 zeros: the previous hash of a store's first entry.
QString genesisHash();

} // namespace ocopos::centre
