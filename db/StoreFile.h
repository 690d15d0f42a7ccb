#pragma once

#include <QString>

namespace ocopos::db {

class Database;

/// The store as a file, for backup and restore: the SQLite statements that
/// work on the whole file rather than on rows.

/// Whether another connection (of this process or another) holds the store at
/// `path`: one exclusive-lock attempt with no waiting. A file SQLite cannot read
/// at all (a damaged store being replaced) holds no lock. Closing the probe folds
/// the WAL into the file and removes it, so a `-wal` left afterwards also means
/// the store is in use.
bool storeInUse(const QString& path);

/// A consistent copy of the open store written to `target` (VACUUM INTO), which
/// must not exist. Throws DbError.
void copyStoreTo(Database& db, const QString& target);

/// Folds the WAL into the main file and empties it, so the file alone is the
/// whole store. Throws DbError.
void checkpointStore(Database& db);

} // namespace ocopos::db
