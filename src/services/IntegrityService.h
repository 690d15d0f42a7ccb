#pragma once

#include "Session.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ocopos::services {

struct JournalFault {
    qint64 entryId = 0;  ///< 0 when the fault is a record with no entry at all
    QString kind;        ///< sale, void, return
    QString ref;         ///< receipt or return number
    QString reason;
};

struct CheckReport {
    bool ok = true;
    int entries = 0;
    std::optional<JournalFault> firstBad;
    QStringList databaseProblems;  ///< SQLite integrity and foreign keys
    QStringList ledgerProblems;    ///< lots whose cached on-hand differs from the ledger
};

/// `check`: SQLite integrity and foreign keys, the journal's hash chain and every
/// entry's content against the rows it covers (so an altered or removed sale, void
/// or return is found), and the stock ledger against the lots' cached on-hand.
class IntegrityService {
public:
    explicit IntegrityService(Context ctx) : m_ctx(ctx) {}
    CheckReport check(const Session& actor);

private:
    std::optional<JournalFault> checkJournal(int& entries);
    Context m_ctx;
};

} // namespace ocopos::services
