#include "EInvoiceSender.h"

#include "EInvoiceService.h"
#include "core/ErrorCodes.h"
#include "core/Logging.h"
#include "db/Database.h"
#include "db/EInvoiceRepository.h"

#include <algorithm>
#include <map>
#include <spdlog/spdlog.h>

namespace ocopos::services {

namespace {

/// Next-attempt times are UTC ("…Z") so that they compare as text.
QString utc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString keyOf(const db::EInvoiceRow& row)
{
    return QStringLiteral("%1-%2").arg(row.series).arg(row.number);
}

} // namespace

int EInvoiceSender::backoffMinutes(int attempts)
{
    return std::min(60, 1 << std::min(attempts, 6));
}

EInvoiceSendRun EInvoiceSender::run(bool force)
{
    EInvoiceService service(m_ctx);
    const EInvoiceConfig cfg = service.config();
    if (!cfg.enabled)
        throw Conflict(codes::einvoiceNotConfigured, "e-invoicing is off: set einvoice_enabled to 1",
            { { "setting", "einvoice_enabled" } });
    std::unique_ptr<EInvoiceProvider> own;
    EInvoiceProvider* provider = m_provider;
    if (!provider) {
        own = makeProvider(cfg);
        provider = own.get();
    }
    db::EInvoiceRepository repo(m_ctx.db);
    EInvoiceSendRun out;
    const auto now = [&] { return m_ctx.clock.now(); };
    // Each run goes through the invoices once, in id order: one still without
    // its code stays "sent" until a later run.
    qint64 after = 0;
    const int batchSize = std::clamp(cfg.batchSize, 1, 5000);

    for (;;) {
        const QString dueAt = force ? QStringLiteral("9999") : utc(now());
        const std::vector<db::EInvoiceRow> due = repo.due(dueAt, after, batchSize);
        if (due.empty())
            break;
        // One call: the oldest invoice's kind of call (publish or ask), form and
        // series, and the invoices right after it that share them.
        const db::EInvoiceRow& first = due.front();
        const bool ask = first.status == QLatin1String("sent");
        std::vector<const db::EInvoiceRow*> group;
        for (const auto& row : due) {
            if (row.form != first.form || row.series != first.series || (row.status == QLatin1String("sent")) != ask)
                break;
            group.push_back(&row);
        }
        after = group.back()->id;

        std::vector<ProviderResult> results;
        try {
            if (ask) {
                QStringList keys;
                for (const auto* row : group)
                    keys << keyOf(*row);
                results = provider->lookup(first.form, keys);
            } else {
                std::vector<ProviderInvoice> batch;
                for (const auto* row : group)
                    batch.push_back({ keyOf(*row), row->form, row->series, row->number, row->xml.toUtf8() });
                results = provider->publish(batch);
            }
        } catch (const Conflict& e) {
            // Not answered, or refused: every invoice of the group waits for a later try.
            db::TransactionGuard tx(m_ctx.db);
            for (const auto* row : group) {
                db::EInvoiceOutcome o;
                o.status = row->status;
                o.lastError = QString::fromStdString(e.what());
                o.nextAttemptAt = utc(now().addSecs(60LL * backoffMinutes(row->attempts)));
                o.at = core::Clock::isoString(now());
                repo.recordOutcome(row->id, o);
            }
            tx.commit();
            core::logger("einvoice")->warn("e-invoice batch not sent: {}", e.what());
            if (e.code() == codes::einvoiceProviderRefused.id())
                throw;
            out.error = QString::fromStdString(e.what());
            break;
        }
        ++out.batches;
        std::map<QString, const ProviderResult*> byKey;
        for (const auto& r : results)
            byKey[r.key] = &r;
        db::TransactionGuard tx(m_ctx.db);
        for (const auto* row : group) {
            db::EInvoiceOutcome o;
            o.at = core::Clock::isoString(now());
            const auto it = byKey.find(keyOf(*row));
            if (it == byKey.end() || it->second->outcome == ProviderResult::Outcome::Unknown) {
                // Not in the answer (or the provider lost it): publish it again later.
                o.status = QStringLiteral("pending");
                o.lastError = QStringLiteral("the provider's answer did not include this invoice");
                o.nextAttemptAt = utc(now().addSecs(60LL * backoffMinutes(row->attempts)));
            } else {
                const ProviderResult& r = *it->second;
                o.providerRef = r.providerRef;
                switch (r.outcome) {
                case ProviderResult::Outcome::Accepted:
                    o.status = QStringLiteral("accepted");
                    o.authorityCode = r.authorityCode;
                    ++out.accepted;
                    break;
                case ProviderResult::Outcome::Rejected:
                    o.status = QStringLiteral("rejected");
                    o.rejectReason = r.reason;
                    ++out.rejected;
                    break;
                default:
                    o.status = QStringLiteral("sent");
                    o.nextAttemptAt = utc(now().addSecs(60LL * backoffMinutes(row->attempts)));
                    ++out.sent;
                    break;
                }
            }
            repo.recordOutcome(row->id, o);
        }
        tx.commit();
    }
    out.waiting = static_cast<qint64>(
        repo.list(QStringLiteral("pending"), {}, {}).size() + repo.list(QStringLiteral("sent"), {}, {}).size());
    return out;
}

} // namespace ocopos::services
