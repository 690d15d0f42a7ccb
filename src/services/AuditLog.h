#pragma once

#include "Session.h"

#include <QString>

#include <optional>

namespace ocopos::services {

/// Appends to the audit log (inside the caller's transaction, if any):
/// logins and failures, overrides, price changes, voids, returns, adjustments,
/// settlement finalization, user changes.
void audit(Context& ctx, const Session* actor, const QString& action, const QString& detail,
           const QString& username = QString());

struct AuditEntry {
    qint64 id = 0;
    QString at;
    QString username;
    QString action;
    QString detail;
};

/// Newest first; `limit` rows at most.
std::vector<AuditEntry> recentAudit(Context& ctx, int limit = 100);

} // namespace ocopos::services
