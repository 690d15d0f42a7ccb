#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace ocopos::services {

/// What the centre answered: an HTTP status with its JSON body, or no answer
/// at all (status 0 and `transportError`: refused, timed out, TLS failure).
struct CentreAnswer {
    int status = 0;
    QJsonObject body;
    QString transportError;

    bool answered() const noexcept { return status != 0; }
};

/// The store's HTTP(S) link to the province centre (docs/CENTRE.md §2). Blocking:
/// each call runs its own event loop until the answer or the timeout, so it
/// works on any thread with a QCoreApplication (the CLI, the app's sender).
class CentreClient {
public:
    CentreClient(QUrl base, QString token, int timeoutMs = 30000);

    CentreAnswer postBatch(const QByteArray& json);
    CentreAnswer state();

private:
    CentreAnswer call(const QString& path, const QByteArray* body);

    QUrl m_base;
    QString m_token;
    int m_timeoutMs;
};

} // namespace ocopos::services
