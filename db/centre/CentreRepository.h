#pragma once

#include "db/Database.h"

#include <QString>

#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <vector>

// The SQL of the province centre (docs/CENTRE.md): its stores and tokens, the
// journal entries and what they hold (sales, lines, lots, voids, returns,
// settlements), the producers by province key, the per-day sums of the report
// by producer, and refused batches. PostgreSQL only. Rules (the chain, the key
// rule, what a batch means) are ocopos_centre's; this class only reads and
// writes rows. Bulk writes take whole columns as PostgreSQL arrays (one
// statement per table per batch, never one per row).

namespace ocopos::db {

struct CentreStore {
    qint64 id = 0;
    QString code;
    QString name;
    QString createdAt;
    QString revokedAt;  ///< empty while the token is valid
    qint64 journalThrough = 0;
    QString lastHash;
    qint64 entries = 0;
    qint64 settlements = 0;
    QString lastBatchAt;  ///< empty before the first batch
};

struct CentreRejection {
    qint64 id = 0;
    QString store;
    std::optional<qint64> entryId;
    QString reason;
    QString message;
    QString at;
};

/// A store's producer as the store last sent it, with its province key.
struct CentreStoreProducer {
    QString code, key, kind, name, parent, taxCode, district, province;
};

/// A province key as first seen.
struct CentreProducer {
    QString key, kind, name, nameFolded, taxCode, firstStore, firstCode;
    qint64 stores = 0;  ///< stores that have a producer with this key (listing)
};

struct CentreConflict {
    QString key, store, code, field, centreValue, storeValue, seenAt;
};

struct CentreProduct {
    QString sku, name, unit, vat, owner, category, supply;
    std::optional<qint64> ocopStars;
};

struct CentreJournalRow {
    qint64 entryId = 0;
    QString at, kind;
    qint64 refId = 0;
    QString prevHash, hash, content;
};

struct CentreSaleRow {
    qint64 saleId = 0, entryId = 0;
    QString saleDate;  ///< YYYY-MM-DD, store-local
    QString receiptNo, till, at, cashier;
    qint64 gross = 0, discount = 0, total = 0, vat = 0, paid = 0, change = 0;
};

struct CentreLineRow {
    qint64 saleId = 0, lineNo = 0;
    QString saleDate, owner, sku, name, vatRate, supply;
    qint64 qty = 0, unitPrice = 0, gross = 0, discount = 0, saleDiscount = 0, net = 0, vat = 0, commissionBp = 0,
           commission = 0, payout = 0;
};

struct CentreLotRow {
    qint64 saleId = 0, lineNo = 0, seq = 0;
    QString saleDate, producer;
    std::optional<qint64> lotId;
    qint64 qty = 0, amount = 0;
};

struct CentreReturnRow {
    qint64 returnId = 0, entryId = 0, saleId = 0;
    QString returnDate, number, receiptNo, at, by;
    bool damaged = false;
    qint64 refund = 0;
};

struct CentreReturnLineRow {
    qint64 returnId = 0, lineNo = 0, saleId = 0;
    QString returnDate, owner, sku;
    qint64 qty = 0, refund = 0, vat = 0, commission = 0, payout = 0;
};

struct CentreSettlementRow {
    qint64 settlementId = 0;
    QString producer, from, to, finalizedAt, content;
    qint64 net = 0, returns = 0, commission = 0, payout = 0;
};

/// What a sale at the centre is, to void it or return against it.
struct CentreSaleRef {
    qint64 saleId = 0;
    QString saleDate;
    bool voided = false;
};

/// A sale line's figures, to subtract a voided sale from the sums.
struct CentreLineFigures {
    qint64 lineNo = 0;
    QString owner;
    qint64 gross = 0, net = 0, vat = 0, commission = 0, payout = 0;
    QString sku, name;
    qint64 qty = 0;
};

/// A lot a sale line was taken from (its producer: the household), to
/// subtract a voided sale from the household sums.
struct CentreLotFigures {
    QString owner, producer;
    qint64 qty = 0, amount = 0;
};

/// Changes to one (owner, day) row of centre_owner_days.
struct CentreDayDelta {
    QString key;
    qint64 lines = 0, receipts = 0, gross = 0, net = 0, vat = 0, commission = 0, payout = 0;
    qint64 returnLines = 0, returns = 0, returnVat = 0, returnCommission = 0, returnPayout = 0;
};
/// (owner code, YYYY-MM-DD) → delta.
using CentreDayDeltas = std::map<std::pair<QString, QString>, CentreDayDelta>;

/// Changes to one (owner, SKU, day) row of centre_sku_days (the portal's
/// table by product).
struct CentreSkuDelta {
    QString name;
    qint64 lines = 0, qty = 0, gross = 0, net = 0, commission = 0, payout = 0;
    qint64 returnLines = 0, returnQty = 0, returns = 0, returnCommission = 0, returnPayout = 0;
};
/// (owner code, SKU, YYYY-MM-DD) → delta.
using CentreSkuDeltas = std::map<std::tuple<QString, QString, QString>, CentreSkuDelta>;

/// Changes to one (owner, lot producer, day) row of centre_household_days
/// (the portal's table by member household).
struct CentreHouseholdDelta {
    qint64 lots = 0, qty = 0, amount = 0;
};
/// (owner code, lot producer code, YYYY-MM-DD) → delta.
using CentreHouseholdDeltas = std::map<std::tuple<QString, QString, QString>, CentreHouseholdDelta>;

/// One row of the report by producer: sums over stores and days of a key.
struct CentreReportRow {
    QString key, name, kind;
    qint64 stores = 0, lines = 0, receipts = 0, gross = 0, net = 0, vat = 0, commission = 0, payout = 0;
    qint64 returnLines = 0, returns = 0, returnVat = 0, returnCommission = 0, returnPayout = 0;
};

class CentreRepository {
public:
    explicit CentreRepository(Database& db) : m_db(db) {}

    // Stores and tokens. Return false when no store has that code.
    /// Throws DbError when the code is taken (see storeByCode first).
    void addStore(const QString& code, const QString& name, const QString& tokenSha256, const QString& now,
                  const QString& genesis);
    bool setToken(const QString& code, const QString& tokenSha256);
    bool revoke(const QString& code, const QString& now);
    std::vector<CentreStore> stores();
    std::optional<CentreStore> storeByCode(const QString& code);
    std::optional<CentreStore> storeByToken(const QString& tokenSha256);
    /// The store's row, locked until the transaction ends: batches of one store
    /// run one after another, other stores' in parallel.
    std::optional<CentreStore> lockStore(qint64 storeId);
    void advanceStore(qint64 storeId, qint64 journalThrough, const QString& lastHash, qint64 addEntries,
                      qint64 addSettlements, const QString& now);

    // The journal.
    /// The hashes the centre holds for those entry ids of the store.
    std::unordered_map<qint64, QString> journalHashes(qint64 storeId, const std::vector<qint64>& entryIds);
    void insertJournal(qint64 storeId, const std::vector<CentreJournalRow>& rows, const QString& now);
    void insertSales(qint64 storeId, const std::vector<CentreSaleRow>& rows);
    void insertLines(qint64 storeId, const std::vector<CentreLineRow>& rows);
    void insertLots(qint64 storeId, const std::vector<CentreLotRow>& rows);
    std::optional<CentreSaleRef> saleById(qint64 storeId, qint64 saleId);
    std::optional<CentreSaleRef> saleByReceipt(qint64 storeId, const QString& receiptNo);
    std::vector<CentreLineFigures> saleLines(qint64 storeId, qint64 saleId, const QString& saleDate);
    std::vector<CentreLotFigures> saleLots(qint64 storeId, qint64 saleId, const QString& saleDate);
    void markVoided(qint64 storeId, qint64 saleId, const QString& saleDate, qint64 entryId, const QString& at);
    void insertReturn(qint64 storeId, const CentreReturnRow& r, const std::vector<CentreReturnLineRow>& lines);
    /// The frozen content of a settlement the centre already holds.
    std::optional<QString> settlementContent(qint64 storeId, qint64 settlementId);
    void insertSettlements(qint64 storeId, const std::vector<CentreSettlementRow>& rows, const QString& now);
    void addOwnerDays(qint64 storeId, const CentreDayDeltas& deltas);
    /// The portal's day sums by product and by member household.
    void addSkuDays(qint64 storeId, const CentreSkuDeltas& deltas);
    void addHouseholdDays(qint64 storeId, const CentreHouseholdDeltas& deltas);

    // Producers and products.
    std::vector<CentreStoreProducer> storeProducers(qint64 storeId);
    void upsertStoreProducer(qint64 storeId, const CentreStoreProducer& p, const QString& now);
    /// The store's sums of that owner now count under `key`.
    void relabelOwnerDays(qint64 storeId, const QString& owner, const QString& key);
    std::optional<CentreProducer> producer(const QString& key);
    void insertProducer(const CentreProducer& p, qint64 storeId, const QString& now);
    /// Forgets the conflicts recorded for a store's producer (before checking it again).
    void clearConflicts(qint64 storeId, const QString& code);
    void recordConflict(qint64 storeId, const CentreConflict& c, const QString& now);
    void upsertProducts(qint64 storeId, const std::vector<CentreProduct>& rows, const QString& now);
    /// Every province key, by key.
    std::vector<CentreProducer> producers();
    std::vector<CentreConflict> conflicts();

    // Refusals.
    void addRejection(qint64 storeId, std::optional<qint64> entryId, const QString& reason, const QString& message,
                      const QString& now);
    std::vector<CentreRejection> rejections();

    /// Sums by province key over [from, to] (YYYY-MM-DD, inclusive), by key.
    std::vector<CentreReportRow> reportByProducer(const QString& from, const QString& to);

private:
    Database& m_db;
};

} // namespace ocopos::db
