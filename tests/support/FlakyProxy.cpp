#include "FlakyProxy.h"

#include <QTcpSocket>

#include <memory>

namespace ocopos::test {

FlakyProxy::FlakyProxy(quint16 upstreamPort, QObject* parent) : QObject(parent), m_upstream(upstreamPort)
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("FlakyProxy: cannot listen on 127.0.0.1");
    connect(&m_server, &QTcpServer::newConnection, this, &FlakyProxy::accept);
}

void FlakyProxy::cutRequests(int connections, qint64 bytes)
{
    m_cutRequests = connections;
    m_cutBytes = bytes;
}

void FlakyProxy::dropAnswers(int connections) { m_dropAnswers = connections; }

void FlakyProxy::accept()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        auto* upstream = new QTcpSocket(client);
        // What this connection is to suffer, decided when it opens.
        const qint64 cutAfter = m_cutRequests > 0 ? m_cutBytes : -1;
        if (m_cutRequests > 0)
            --m_cutRequests;
        const bool dropAnswer = cutAfter < 0 && m_dropAnswers > 0;
        if (dropAnswer)
            --m_dropAnswers;
        auto forwarded = std::make_shared<qint64>(0);
        const auto cut = [this, client, upstream] {
            ++m_cuts;
            upstream->abort();
            client->abort();
            client->deleteLater();
        };
        // Client bytes go up once the upstream link is open (nothing is lost before).
        const auto pump = [client, upstream, forwarded, cutAfter, cut] {
            if (upstream->state() != QAbstractSocket::ConnectedState)
                return;
            QByteArray data = client->readAll();
            if (cutAfter >= 0 && *forwarded + data.size() >= cutAfter) {
                upstream->write(data.left(cutAfter - *forwarded));
                upstream->flush();
                cut();
                return;
            }
            *forwarded += data.size();
            upstream->write(data);
        };
        connect(client, &QTcpSocket::readyRead, upstream, pump);
        connect(upstream, &QTcpSocket::connected, client, pump);
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream, dropAnswer, cut] {
            if (dropAnswer) {
                cut();
                return;
            }
            client->write(upstream->readAll());
        });
        connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
            upstream->disconnectFromHost();
            client->deleteLater();
        });
        connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        connect(upstream, &QTcpSocket::errorOccurred, client, [client](QAbstractSocket::SocketError) { client->abort(); });
        upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
    }
}

} // namespace ocopos::test
