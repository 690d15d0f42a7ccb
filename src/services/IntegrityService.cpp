#include "IntegrityService.h"

#include "Journal.h"
#include "ReturnService.h"
#include "SaleReader.h"
#include "core/Errors.h"
#include "db/Database.h"
#include "db/JournalRepository.h"
#include "db/StockRepository.h"

namespace ocopos::services {

std::optional<JournalFault> IntegrityService::checkJournal(int& entries)
{
    SaleReader sales(m_ctx);
    ReturnService returns(m_ctx);
    db::JournalRepository journal(m_ctx.db);
    QString prev = Journal::genesisHash();
    std::optional<JournalFault> fault;
    // The fault of one entry, or nullopt when it is sound.
    const auto checkEntry = [&](const db::JournalEntry& e) -> std::optional<JournalFault> {
        JournalFault f;
        f.entryId = e.id;
        f.kind = e.kind;
        const QByteArray content = e.content.toUtf8();
        if (e.prevHash != prev) {
            f.reason = QStringLiteral("the chain is broken before this entry (an entry was removed or altered)");
            return f;
        }
        if (Journal::hashOf(e.prevHash, content) != e.hash) {
            f.reason = QStringLiteral("the entry's hash does not match its content");
            return f;
        }
        prev = e.hash;
        QByteArray expected;
        if (f.kind == QLatin1String("sale") || f.kind == QLatin1String("void")) {
            const auto s = sales.byId(e.refId);
            if (!s) {
                f.reason = QStringLiteral("the sale it covers is missing");
                return f;
            }
            f.ref = s->receiptNo;
            if (f.kind == QLatin1String("sale"))
                expected = canonicalSale(*s);
            else if (s->status == QLatin1String("voided"))
                expected = canonicalVoid(s->receiptNo, s->voidedAt, s->voidedBy,
                                         s->einvoiceCancel ? &*s->einvoiceCancel : nullptr);
        } else if (f.kind == QLatin1String("return")) {
            const auto r = returns.byId(e.refId);
            if (!r) {
                f.reason = QStringLiteral("the return it covers is missing");
                return f;
            }
            f.ref = r->number;
            expected = canonicalReturn(*r);
        }
        if (expected != content) {
            f.reason = QStringLiteral("the %1 was altered after it was recorded").arg(f.kind);
            return f;
        }
        return std::nullopt;
    };
    journal.forEachEntry([&](const db::JournalEntry& e) {
        ++entries;
        fault = checkEntry(e);
        return !fault;
    });
    if (fault)
        return fault;
    // Records that never made it into the journal, or whose entry was cut off the end.
    if (const auto missing = journal.firstUnjournaled())
        return JournalFault{0, missing->kind, missing->ref, QStringLiteral("recorded but missing from the journal")};
    return std::nullopt;
}

CheckReport IntegrityService::check(const Session& actor)
{
    requireRole(actor, core::Role::Admin, "check");
    CheckReport r;
    r.databaseProblems = m_ctx.db.integrityCheck();
    r.firstBad = checkJournal(r.entries);
    for (const auto& m : db::StockRepository(m_ctx.db).ledgerMismatches())
        r.ledgerProblems << QStringLiteral("%1%2: on hand %3, ledger %4 (%5)")
                                .arg(m.sku, m.lotId ? QStringLiteral(" lot ") + m.lotCode : QString(),
                                     QString::fromStdString(core::formatQuantity(m.cached)),
                                     QString::fromStdString(core::formatQuantity(m.ledger)), m.what);
    r.ok = r.databaseProblems.isEmpty() && !r.firstBad && r.ledgerProblems.isEmpty();
    return r;
}

} // namespace ocopos::services
