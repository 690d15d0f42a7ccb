#pragma once

#include "db/Database.h"

#include <QString>
#include <optional>
#include <vector>

// The SQL of the cooperatives' web portal on the centre (docs/PORTAL.md): its
// users, sessions and login attempts (migration 0002_portal.sql), and the reads
// behind its pages. Every read of sales takes a Scope and returns only the rows
// of that scope: a cooperative's producer key (the key itself and its member
// households' '<key>/…'), or one store. Who may ask for which scope is
// ocopos_portal's rule; this class only reads and writes rows. PostgreSQL only.

namespace ocopos::db {

struct PortalUser {
    qint64 id = 0;
    QString login, name, role; ///< role: province, store, cooperative
    std::optional<qint64> storeId;
    QString storeCode; ///< of storeId (reads)
    QString producerKey; ///< a cooperative's province key
    QString passwordHash;
    qint64 failures = 0;
    qint64 lockedUntil = 0; ///< Unix seconds
    QString createdAt, disabledAt;
};

struct PortalSession {
    qint64 userId = 0;
    QString csrf;
    qint64 expiresAt = 0;
};

/// Which sales a read may see: a cooperative (its key and its members' keys),
/// a store, or (both empty) the whole province.
struct PortalScope {
    QString producerKey;
    std::optional<qint64> storeId;
};

/// Sums as the centre's report counts them (docs/CENTRE.md: net of returns).
struct PortalSums {
    QString group, label; ///< store code / day / SKU / household key, and a readable name
    qint64 lines = 0, receipts = 0, qty = 0;
    qint64 gross = 0, net = 0, returns = 0, vat = 0, commission = 0, payout = 0;
};

struct PortalLineFilter {
    QString from, to; ///< YYYY-MM-DD inclusive
    QString store; ///< store code, or empty
    QString sku; ///< or empty
    QString household; ///< a lot producer's province key, or empty
    std::optional<qint64> lot;
    int limit = 50, offset = 0;
};

struct PortalLine {
    QString storeCode, storeName, receiptNo, saleDate, at, sku, name, owner, ownerName;
    qint64 saleId = 0, lineNo = 0, qty = 0, net = 0, commission = 0, payout = 0;
    qint64 entryId = 0;
    QString lots; ///< "L12 HO-A1 ×1.000; …" as stored
};

struct PortalLinePage {
    std::vector<PortalLine> lines;
    qint64 total = 0; ///< rows matching the filter
};

struct PortalSettlement {
    QString storeCode, storeName, producer, producerName, from, to, finalizedAt, content;
    qint64 storeId = 0, settlementId = 0, net = 0, returns = 0, commission = 0, payout = 0;
};

struct PortalJournalEntry {
    qint64 entryId = 0, refId = 0;
    QString at, kind, prevHash, hash, content, receivedAt;
};

struct PortalStoreState {
    qint64 id = 0;
    QString code, name, createdAt, revokedAt, lastBatchAt, lastHash;
    qint64 journalThrough = 0, entries = 0, settlements = 0, rejections = 0;
    QString lastRejectionAt, lastRejection;
};

struct PortalCooperative {
    QString key, name, kind, taxCode;
    qint64 stores = 0, members = 0, users = 0;
};

/// A store producer (owner) whose running period has sales: a draft statement.
struct PortalDraftOwner {
    qint64 storeId = 0;
    QString storeCode, storeName, owner, ownerName, kind, taxCode, district, province;
    QString lastSettledTo; ///< the newest finalized period's end, or empty
};

/// One SKU of a draft statement, as the store's SettlementService counts it:
/// returns on their day, net of returns.
struct PortalDraftLine {
    QString sku, name, supply;
    qint64 qty = 0, gross = 0, discount = 0, net = 0, returns = 0, vat = 0, commission = 0, payout = 0, sales = 0;
};

struct PortalDraftHousehold {
    QString code, name;
    qint64 net = 0;
};

class PortalRepository {
public:
    explicit PortalRepository(Database& db)
        : m_db(db)
    {
    }

    // Users. addUser throws DbError when the login is taken (check first).
    qint64 addUser(const PortalUser& u);
    std::optional<PortalUser> userByLogin(const QString& login);
    std::optional<PortalUser> userById(qint64 id);
    std::vector<PortalUser> users();
    bool setPassword(const QString& login, const QString& hash);
    bool disable(const QString& login, const QString& now);
    /// One more wrong password, atomically (parallel attempts all count): the
    /// `max`-th in a row locks the user until `lockUntil` and starts the count
    /// again. Returns true when this one locked.
    bool addFailure(qint64 userId, qint64 max, qint64 lockUntil);
    void clearFailures(qint64 userId);

    // Sessions (token: its SHA-256).
    void addSession(const QString& tokenSha256, qint64 userId, const QString& csrf, qint64 now, qint64 expiresAt);
    std::optional<PortalSession> session(const QString& tokenSha256, qint64 now);
    void deleteSession(const QString& tokenSha256);
    void deleteUserSessions(qint64 userId);
    /// Drops the sessions that ended before `now`.
    void forgetSessions(qint64 now);

    // Login attempts.
    void addAttempt(const QString& ip, const QString& login, qint64 at, bool ok);
    /// Failed attempts since `since` (Unix seconds).
    qint64 attemptsFromIp(const QString& ip, qint64 since);
    qint64 attemptsForLogin(const QString& login, qint64 since);
    void forgetAttempts(qint64 before);

    // Stores and producers.
    std::optional<qint64> storeIdByCode(const QString& code);
    /// Name and kind of a province key (centre_producers), if known.
    std::optional<std::pair<QString, QString>> producerName(const QString& key);
    std::vector<PortalStoreState> storeStates();
    std::vector<PortalCooperative> cooperatives();

    // Sales in a scope over [from, to] (YYYY-MM-DD inclusive).
    /// From the report's day sums (centre_owner_days): by "store" or "day".
    std::vector<PortalSums> sumsBy(const PortalScope& scope, const QString& by, const QString& from, const QString& to);
    /// From the day sums by SKU each batch keeps (voids subtracted), less returns: by SKU.
    std::vector<PortalSums> sumsByProduct(const PortalScope& scope, const QString& from, const QString& to);
    /// From the day sums of the lots sold (voids subtracted): by the lot producer's province key (sales, before returns).
    std::vector<PortalSums> sumsByHousehold(const PortalScope& scope, const QString& from, const QString& to);
    PortalLinePage lines(const PortalScope& scope, const PortalLineFilter& f);
    /// One line, only when it is in the scope.
    std::optional<PortalLine> line(const PortalScope& scope, const QString& storeCode, qint64 saleId, qint64 lineNo);

    // Settlements and the journal.
    std::vector<PortalSettlement> settlements(const PortalScope& scope);
    std::optional<PortalSettlement> settlement(const PortalScope& scope, const QString& storeCode, qint64 settlementId);
    /// Owners in the scope with sales since `since` (drafts for the running period).
    std::vector<PortalDraftOwner> draftOwners(const PortalScope& scope, const QString& since);
    /// One owner of a store, only when it is in the scope.
    std::optional<PortalDraftOwner> draftOwner(
        const PortalScope& scope, const QString& storeCode, const QString& owner);
    std::vector<PortalDraftLine> draftLines(
        qint64 storeId, const QString& owner, const QString& from, const QString& to);
    std::vector<PortalDraftHousehold> draftHouseholds(
        qint64 storeId, const QString& owner, const QString& from, const QString& to);
    /// A SKU's unit as the store last sent it.
    QString unitOf(qint64 storeId, const QString& sku);
    std::optional<PortalJournalEntry> journalEntry(qint64 storeId, qint64 entryId);
    /// The entry before `entryId` in the store's chain.
    std::optional<PortalJournalEntry> previousEntry(qint64 storeId, qint64 entryId);
    /// How many of the store's entries up to `entryId` there are, and how many
    /// have a prev_hash that is not the hash of the entry before them.
    std::pair<qint64, qint64> chainLinks(qint64 storeId, qint64 entryId);

private:
    Database& m_db;
};

} // namespace ocopos::db
