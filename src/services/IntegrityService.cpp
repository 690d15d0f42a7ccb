#include "IntegrityService.h"

#include "Journal.h"
#include "ReturnService.h"
#include "SaleReader.h"
#include "core/Errors.h"
#include "db/Database.h"
#include "db/StockRepository.h"

namespace ocopos::services {

std::optional<JournalFault> IntegrityService::checkJournal(int& entries)
{
    SaleReader sales(m_ctx);
    ReturnService returns(m_ctx);
    db::Query q(m_ctx.db, QStringLiteral("SELECT id, kind, ref_id, content, prev_hash, hash FROM journal ORDER BY id"));
    q.exec();
    QString prev = Journal::genesisHash();
    while (q.next()) {
        ++entries;
        JournalFault f;
        f.entryId = q.value(0).toLongLong();
        f.kind = q.value(1).toString();
        const qint64 ref = q.value(2).toLongLong();
        const QByteArray content = q.value(3).toString().toUtf8();
        const QString prevHash = q.value(4).toString();
        const QString hash = q.value(5).toString();
        if (prevHash != prev) {
            f.reason = QStringLiteral("the chain is broken before this entry (an entry was removed or altered)");
            return f;
        }
        if (Journal::hashOf(prevHash, content) != hash) {
            f.reason = QStringLiteral("the entry's hash does not match its content");
            return f;
        }
        prev = hash;
        QByteArray expected;
        if (f.kind == QLatin1String("sale") || f.kind == QLatin1String("void")) {
            const auto s = sales.byId(ref);
            if (!s) {
                f.reason = QStringLiteral("the sale it covers is missing");
                return f;
            }
            f.ref = s->receiptNo;
            if (f.kind == QLatin1String("sale")) {
                expected = canonicalSale(*s);
            } else {
                db::Query v(m_ctx.db, QStringLiteral("SELECT s.voided_at, u.username FROM sales s LEFT JOIN users u "
                                                     "ON u.id = s.voided_by WHERE s.id = :id AND s.status = 'voided'"));
                v.bind(QStringLiteral(":id"), ref).exec();
                if (v.next())
                    expected = canonicalVoid(s->receiptNo, v.value(0).toString(), v.value(1).toString());
            }
        } else if (f.kind == QLatin1String("return")) {
            const auto r = returns.byId(ref);
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
    }
    // Records that never made it into the journal, or whose entry was cut off the end.
    const struct {
        const char* kind;
        const char* sql;
    } orphans[] = {
        {"sale", "SELECT receipt_no FROM sales s WHERE NOT EXISTS (SELECT 1 FROM journal j WHERE j.kind = 'sale' "
                 "AND j.ref_id = s.id) ORDER BY id LIMIT 1"},
        {"void", "SELECT receipt_no FROM sales s WHERE status = 'voided' AND NOT EXISTS (SELECT 1 FROM journal j "
                 "WHERE j.kind = 'void' AND j.ref_id = s.id) ORDER BY id LIMIT 1"},
        {"return", "SELECT number FROM returns r WHERE NOT EXISTS (SELECT 1 FROM journal j WHERE j.kind = 'return' "
                   "AND j.ref_id = r.id) ORDER BY id LIMIT 1"},
    };
    for (const auto& o : orphans) {
        db::Query oq(m_ctx.db, QString::fromLatin1(o.sql));
        if (auto ref = oq.scalar())
            return JournalFault{0, QString::fromLatin1(o.kind), ref->toString(),
                                QStringLiteral("recorded but missing from the journal")};
    }
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
