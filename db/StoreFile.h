#pragma once

#include <QString>

namespace ocopos::db {

class Database;

/// The store as a whole, for backup, restore and copy: the statements that work
/// on the whole file or database rather than on rows.

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

/// Leaves a SQLite store as one self-contained file, as VACUUM INTO writes a
/// backup: the WAL folded in and removed, the file in rollback-journal mode (the
/// next Database to open it switches it back to WAL). Needs the only connection
/// to the file. Throws DbError.
void makeSingleFile(Database& db);

/// PostgreSQL: how many other client sessions are connected to the store's
/// database (pg_stat_activity, this connection excluded); a session that has
/// just disconnected may stay listed for a moment, so a count above zero is
/// looked at again for up to a second. SQLite: 0 (a file's users are found by
/// storeInUse). Throws DbError.
int otherSessions(Database& db);

} // namespace ocopos::db
