#pragma once

#include <QHostAddress>
#include <QHttpServer>
#include <QSslConfiguration>
#include <QString>
#include <QThreadPool>

#include <optional>

namespace ocopos::centre {

/// The centre's HTTP(S) front: routes `POST /api/v1/batches` and
/// `GET /api/v1/state` to CentreService on a pool of worker threads, each with
/// its own database connection (opened on first use, reopened after a lost
/// link), so batches of different stores run in parallel while the event loop
/// keeps accepting. A database that cannot be reached answers 503.
class Server {
public:
    Server(QString dbUrl, int workers);
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    /// Listens (TLS when `tls` is given). Returns the port, 0 on failure.
    quint16 listen(const QHostAddress& address, quint16 port, const std::optional<QSslConfiguration>& tls);
    /// Waits for the batches in progress to finish (graceful stop).
    void drain();

private:
    QString m_dbUrl;
    QThreadPool m_pool;
    QHttpServer m_http;
};

} // namespace ocopos::centre
