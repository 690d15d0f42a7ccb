#pragma once

#include "services/SyncService.h"
#include "services/WorkerContext.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <optional>

class QTimer;

namespace ocopos::ui {

/// The app's background link to the province centre (docs/CENTRE.md): every
/// `intervalMs` it asks, on a worker thread with its own connection, whether
/// anything is due (SyncService::due: configured, something waits, backoff
/// passed, no chain refusal) and sends it. Selling never waits on it: the GUI
/// thread only reads the status it reports.
class SyncSender : public QObject {
    Q_OBJECT
public:
    SyncSender(services::WorkerSource source, int intervalMs, QObject* parent = nullptr);

    /// The status after the last tick (nullopt before the first one ends).
    const std::optional<services::SyncStatus>& status() const { return m_status; }
    /// Runs a tick now (unless one is running).
    void tick();

Q_SIGNALS:
    void statusChanged();

private:
    services::WorkerSource m_source;
    QTimer* m_timer;
    bool m_busy = false;
    std::optional<services::SyncStatus> m_status;
};

/// The side panel's line: "Synced up to Q01-000123, 2 h ago · 3 waiting", or
/// why not. Empty when the store sends to no centre.
QString syncStatusText(const services::SyncStatus& s, const QDateTime& now);

} // namespace ocopos::ui
