#pragma once

#include "services/EInvoiceService.h"
#include "services/WorkerContext.h"

#include <QObject>
#include <QString>
#include <optional>

class QTimer;

namespace ocopos::ui {

/// The app's background sender of e-invoices (docs/EINVOICE.md): every
/// `intervalMs`, on a worker thread with its own connection, it sends what is
/// due (services::EInvoiceSender, backoff respected) and counts today's
/// invoices. Selling never waits on it: the GUI thread only reads the counts.
class EInvoiceBackgroundSender : public QObject {
    Q_OBJECT
public:
    EInvoiceBackgroundSender(services::WorkerSource source, int intervalMs, QObject* parent = nullptr);

    /// Today's counts after the last tick; nullopt while e-invoicing is off.
    const std::optional<services::EInvoiceCountsResult>& counts() const { return m_counts; }
    /// Why the last send stopped early (provider unreachable), empty otherwise.
    const QString& lastError() const { return m_lastError; }
    void tick();

Q_SIGNALS:
    void countsChanged();

private:
    services::WorkerSource m_source;
    QTimer* m_timer;
    bool m_busy = false;
    std::optional<services::EInvoiceCountsResult> m_counts;
    QString m_lastError;
};

/// The side panel's line: "E-invoices today: 12 accepted · 3 waiting · 1 rejected".
QString einvoiceStatusText(const services::EInvoiceCountsResult& c);

} // namespace ocopos::ui
