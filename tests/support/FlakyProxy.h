#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

namespace ocopos::test {

/// A TCP proxy on 127.0.0.1 in front of a server on 127.0.0.1, for tests of a
/// network that fails: it forwards both ways, and on request cuts the next
/// connections mid-way. Runs on the thread that made it, in whatever event loop
/// that thread spins (a blocking client's own QEventLoop included).
class FlakyProxy : public QObject {
    Q_OBJECT
public:
    explicit FlakyProxy(quint16 upstreamPort, QObject* parent = nullptr);

    quint16 port() const { return m_server.serverPort(); }
    void setUpstreamPort(quint16 port) { m_upstream = port; }

    /// The next `connections` connections are cut once `bytes` of the request
    /// have gone through: the server gets a partial request and the client no answer.
    void cutRequests(int connections, qint64 bytes);
    /// The next `connections` connections carry the whole request but are cut
    /// as the answer starts: the server did the work, the client never hears of it.
    void dropAnswers(int connections);
    /// Connections cut so far.
    int cuts() const { return m_cuts; }

private:
    void accept();

    QTcpServer m_server;
    quint16 m_upstream;
    int m_cutRequests = 0;
    qint64 m_cutBytes = 0;
    int m_dropAnswers = 0;
    int m_cuts = 0;
};

} // namespace ocopos::test
