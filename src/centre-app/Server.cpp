#include "Server.h"

#include "centre/CentreService.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "db/DbError.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

#include <QSemaphore>

#include <memory>

namespace ocopos::centre {

namespace {

/// This worker thread's connection. A plain pointer, closed by drain() on its
/// own thread: a thread_local with a destructor would run as the pool thread
/// exits, which can be after main() returned, against Qt Sql's registry being
/// torn down (a SIGSEGV seen on SIGTERM). One not closed by then is left to the
/// process's exit.
thread_local db::Database* t_db = nullptr;

void closeConnection()
{
    delete t_db;
    t_db = nullptr;
}

QByteArray header(const QHttpServerRequest& req, const char* name)
{
    for (const auto& [key, value] : req.headers())
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return QByteArray();
}

QHttpServerResponse toResponse(const Reply& r)
{
    return QHttpServerResponse(r.body, static_cast<QHttpServerResponse::StatusCode>(r.status));
}

Reply unavailable()
{
    return Reply{503, QJsonObject{{QStringLiteral("error"), QStringLiteral("unavailable")},
                                  {QStringLiteral("message"),
                                   QStringLiteral("the centre's database is unreachable; retry later")}}};
}

/// Runs `work` with this worker's connection; database trouble becomes 503
/// (the next request reconnects), any other failure 500.
template <typename Work>
Reply withDatabase(const QString& url, Work&& work)
{
    const auto log = core::logger("centre");
    try {
        if (!t_db) {
            db::Database::Options o;
            o.schema = db::Schema::Centre;
            t_db = new db::Database(url, o);
        }
        core::SystemClock clock;
        CentreService service(*t_db, clock);
        return work(service);
    } catch (const db::DbUnavailable& e) {
        log->warn("database unreachable: {}", e.what());
        closeConnection();
        return unavailable();
    } catch (const db::DbConnectionLost& e) {
        log->warn("database link lost: {}", e.what());
        return unavailable();
    } catch (const db::DbBusy& e) {
        log->warn("database busy: {}", e.what());
        return unavailable();
    } catch (const std::exception& e) {
        log->error("request failed: {}", e.what());
        return Reply{500, QJsonObject{{QStringLiteral("error"), QStringLiteral("internal")},
                                      {QStringLiteral("message"), QStringLiteral("the centre failed; see its log")}}};
    }
}

} // namespace

Server::Server(QString dbUrl, int workers) : m_dbUrl(std::move(dbUrl))
{
    m_pool.setMaxThreadCount(std::max(1, workers));
    m_pool.setExpiryTimeout(-1);  // keep each worker's connection
    m_http.route(QStringLiteral("/api/v1/batches"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest& req) {
                     const QByteArray auth = header(req, "Authorization");
                     const QByteArray body = req.body();
                     return QtConcurrent::run(&m_pool, [url = m_dbUrl, auth, body] {
                         return toResponse(withDatabase(url, [&](CentreService& s) { return s.postBatch(auth, body); }));
                     });
                 });
    m_http.route(QStringLiteral("/api/v1/state"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest& req) {
        const QByteArray auth = header(req, "Authorization");
        return QtConcurrent::run(&m_pool, [url = m_dbUrl, auth] {
            return toResponse(withDatabase(url, [&](CentreService& s) { return s.state(auth); }));
        });
    });
    m_http.setMissingHandler([](const QHttpServerRequest&, QHttpServerResponder&& responder) {
        responder.write(QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("not_found")},
                                                  {QStringLiteral("message"),
                                                   QStringLiteral("no such endpoint: POST /api/v1/batches, GET "
                                                                  "/api/v1/state")}}),
                        QHttpServerResponder::StatusCode::NotFound);
    });
}

Server::~Server() { drain(); }

quint16 Server::listen(const QHostAddress& address, quint16 port, const std::optional<QSslConfiguration>& tls)
{
    if (tls)
        m_http.sslSetup(*tls);
    return m_http.listen(address, port);
}

void Server::drain()
{
    m_pool.waitForDone();
    // Close every worker's connection on its own thread, while Qt Sql is whole.
    // N tasks that wait for each other occupy N distinct threads: each of the
    // pool's threads runs one.
    const int n = m_pool.maxThreadCount();
    QSemaphore arrived, gate;
    for (int i = 0; i < n; ++i)
        m_pool.start([&arrived, &gate] {
            closeConnection();
            arrived.release();
            gate.acquire();
        });
    arrived.acquire(n);
    gate.release(n);
    m_pool.waitForDone();
}

} // namespace ocopos::centre
