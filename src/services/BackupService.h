#pragma once

#include "IntegrityService.h"
#include "Session.h"

#include <QString>

namespace ocopos::services {

/// Online backup and restore of the store database.
class BackupService {
public:
    explicit BackupService(Context ctx) : m_ctx(ctx) {}

    /// A consistent copy of the open database at `target` (SQLite `VACUUM INTO`,
    /// safe while tills keep selling). Refuses to overwrite an existing file.
    void backup(const Session& admin, const QString& target);

private:
    Context m_ctx;
};

/// Replaces the database at `target` by the backup at `source`, after checking the
/// backup on a private copy: it must open (older schemas are migrated forward,
/// newer ones refused), pass SQLite's integrity check and the journal check. The
/// target must not be open anywhere (close the tills first). `admin` is who asked,
/// recorded in the restored database's audit log. Returns the backup's check.
CheckReport restoreDatabase(const Session& admin, const core::Clock& clock, const QString& source, const QString& target);

} // namespace ocopos::services
