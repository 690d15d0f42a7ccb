#include "EInvoiceBackgroundSender.h"

#include "Background.h"
#include "core/Errors.h"
#include "services/EInvoiceSender.h"

#include <QTimer>
#include <memory>

namespace ocopos::ui {

namespace {
struct TickResult {
    std::optional<services::EInvoiceCountsResult> counts;
    QString error;
};
} // namespace

EInvoiceBackgroundSender::EInvoiceBackgroundSender(services::WorkerSource source, int intervalMs, QObject* parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &EInvoiceBackgroundSender::tick);
    m_timer->start();
    QTimer::singleShot(0, this, &EInvoiceBackgroundSender::tick);
}

void EInvoiceBackgroundSender::tick()
{
    if (m_busy)
        return;
    m_busy = true;
    auto result = std::make_shared<TickResult>();
    runInBackground(
        this, m_source,
        [result](services::Context& ctx) {
            services::EInvoiceService einvoices(ctx);
            if (!einvoices.enabled())
                return;
            try {
                const auto run = services::EInvoiceSender(ctx).run(false);
                result->error = run.error;
            } catch (const Error& e) {
                result->error = QString::fromStdString(e.what()); // recorded on the invoices too
            }
            const QDate today = ctx.clock.today();
            result->counts = einvoices.counts(today, today);
        },
        [this, result](std::exception_ptr error) {
            m_busy = false;
            if (error)
                return; // the database itself failed: the screens report that; try again on the next tick
            m_counts = result->counts;
            m_lastError = result->error;
            Q_EMIT countsChanged();
        });
}

QString einvoiceStatusText(const services::EInvoiceCountsResult& c)
{
    QString text = EInvoiceBackgroundSender::tr("E-invoices today: %1 accepted").arg(c.accepted);
    if (c.pending > 0)
        text += QStringLiteral(" · ") + EInvoiceBackgroundSender::tr("%1 waiting").arg(c.pending);
    if (c.rejected > 0)
        text += QStringLiteral(" · ") + EInvoiceBackgroundSender::tr("%1 rejected").arg(c.rejected);
    return text;
}

} // namespace ocopos::ui
