#pragma once

#include <QString>

namespace ocopos::services {

/// The durable file steps of backup, restore and copy: a file appears whole
/// under its final name or not at all.

/// Removes a SQLite file and its companions (-wal, -shm, -journal).
void removeWithCompanions(const QString& file);

/// Flushes a file (or a folder's entries, after a rename) to disk. Throws Error.
void syncToDisk(const QString& path);

/// Moves `from` over `to` in one step (rename(2)) and flushes the folder. Throws Error.
void renameOver(const QString& from, const QString& to);

} // namespace ocopos::services
