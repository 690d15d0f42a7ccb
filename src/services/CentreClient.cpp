#include "CentreClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace ocopos::services {

CentreClient::CentreClient(QUrl base, QString token, int timeoutMs)
    : m_base(std::move(base)), m_token(std::move(token)), m_timeoutMs(timeoutMs)
{
}

CentreAnswer CentreClient::postBatch(const QByteArray& json) { return call(QStringLiteral("/api/v1/batches"), &json); }

CentreAnswer CentreClient::state() { return call(QStringLiteral("/api/v1/state"), nullptr); }

CentreAnswer CentreClient::call(const QString& path, const QByteArray* body)
{
    QUrl url = m_base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);

    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(body ? manager.post(request, *body) : manager.get(request));
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&deadline, &QTimer::timeout, reply.get(), &QNetworkReply::abort);
    deadline.start(m_timeoutMs + 1000);  // the transfer timeout's backstop: the loop always ends
    if (!reply->isFinished())
        loop.exec();

    CentreAnswer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (a.status == 0) {
        a.transportError = reply->errorString();
        return a;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
    if (doc.isObject())
        a.body = doc.object();
    return a;
}

} // namespace ocopos::services
