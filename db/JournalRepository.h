#pragma once

#include "Database.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace ocopos::db {

/// One entry of the hash-chained journal.
struct JournalEntry {
    qint64 id = 0;
    QString at;  ///< ISO 8601
    QString kind;  ///< sale, void or return
    qint64 refId = 0;
    QString content;
    QString prevHash;
    QString hash;
};

/// A sale, void or return recorded in its table but absent from the journal.
struct UnjournaledRecord {
    QString kind;  ///< sale, void or return
    QString ref;   ///< receipt or return number
};

/// SQL of the journal table. Hashing is the caller's (services::Journal).
class JournalRepository {
public:
    explicit JournalRepository(Database& db) : m_db(db) {}

    /// The newest entry's hash; nullopt when the journal is empty.
    std::optional<QString> lastHash();
    /// Appends the entry and its outbox row (to be sent to the centre).
    void append(const JournalEntry& e);
    /// Adds an outbox row for `type` ("journal" or "settlement") `refId`, inside
    /// the caller's transaction (docs/CENTRE.md).
    static void enqueue(Database& db, const QString& type, qint64 refId);
    /// Calls `visit` with every entry, oldest first, streaming (the journal can be
    /// large), until it returns false.
    void forEachEntry(const std::function<bool(const JournalEntry&)>& visit);
    /// The first sale, void or return (in that order of kinds) that has
    /// no journal entry; nullopt when all are journaled.
    std::optional<UnjournaledRecord> firstUnjournaled();

private:
    Database& m_db;
};

} // namespace ocopos::db
