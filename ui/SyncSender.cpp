#include "SyncSender.h"

#include "Background.h"
#include "core/Errors.h"

#include <QTimer>

#include <memory>

namespace ocopos::ui {

namespace {

/// "just now", "5 min ago", "2 h ago", "3 days ago".
QString ago(const QDateTime& then, const QDateTime& now)
{
    const qint64 secs = std::max<qint64>(0, then.secsTo(now));
    if (secs < 60)
        return SyncSender::tr("just now");
    if (secs < 3600)
        return SyncSender::tr("%n min ago", nullptr, static_cast<int>(secs / 60));
    if (secs < 48 * 3600)
        return SyncSender::tr("%n h ago", nullptr, static_cast<int>(secs / 3600));
    return SyncSender::tr("%n days ago", nullptr, static_cast<int>(secs / 86400));
}

} // namespace

SyncSender::SyncSender(services::WorkerSource source, int intervalMs, QObject* parent)
    : QObject(parent), m_source(std::move(source)), m_timer(new QTimer(this))
{
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &SyncSender::tick);
    m_timer->start();
    QTimer::singleShot(0, this, &SyncSender::tick);
}

void SyncSender::tick()
{
    if (m_busy)
        return;
    m_busy = true;
    auto result = std::make_shared<services::SyncStatus>();
    runInBackground(
        this, m_source,
        [result](services::Context& ctx) {
            services::SyncService sync(ctx);
            if (!sync.configured())
                return;  // *result stays "not configured": nothing to count or send
            if (sync.due()) {
                try {
                    sync.run();
                } catch (const Error&) {
                    // Recorded in the store (last error, backoff); the status says it.
                }
            }
            *result = sync.status();
        },
        [this, result](std::exception_ptr error) {
            m_busy = false;
            if (error)
                return;  // the database itself failed: the screens report that; try again on the next tick
            m_status = *result;
            Q_EMIT statusChanged();
        });
}

QString syncStatusText(const services::SyncStatus& s, const QDateTime& now)
{
    if (!s.configured)
        return QString();
    QString text;
    if (s.refused)
        text = SyncSender::tr("The centre refused this store's journal: ask the administrator");
    else if (!s.lastSentRef.isEmpty() && !s.lastSuccessAt.isEmpty())
        text = SyncSender::tr("Synced up to %1, %2").arg(s.lastSentRef, ago(QDateTime::fromString(s.lastSuccessAt, Qt::ISODate), now));
    else
        text = SyncSender::tr("Not yet synced with the centre");
    if (s.waiting > 0)
        text += QStringLiteral(" · ") + SyncSender::tr("%n waiting", nullptr, static_cast<int>(std::min<qint64>(s.waiting, 1000000000)));
    if (!s.refused && s.failures > 0)
        text += QStringLiteral(" · ") + SyncSender::tr("centre unreachable");
    return text;
}

} // namespace ocopos::ui
