#pragma once

// A SQLite store file looked at with plain reads, before SQLite opens it (which
// would write to it): what its header and its write-ahead log say, and whether
// this process may write it. Used by Database when it opens a SQLite store.
#include <QString>

#include <optional>

namespace ocopos::db {

/// What a SQLite file's write-ahead log holds: how many frames belong to it,
/// and the schema version in the newest committed copy of page 1 there.
struct WalLook {
    qint64 frames = 0;
    std::optional<qint64> version;
};

WalLook walLook(const QString& path);

/// The schema version in the file's header; nullopt for a missing or empty
/// file. Throws NotAStoreDatabase for a file that is not SQLite, or shorter
/// than its header says with no WAL to make up the rest.
std::optional<qint64> headerVersion(const QString& path);

/// Why this process may not write the SQLite store at `path`, or nullptr.
const char* unwritable(const QString& path);

} // namespace ocopos::db
