#include "Server.h"

#include "centre/CentreService.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "db/DbError.h"
#include "portal/Portal.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

#include <QSemaphore>

#include <memory>
#include <utility>

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

/// Runs `work` on this worker's connection (opened on first use). Database
/// trouble — unreachable, link lost, busy — answers `unavailable()`, and the
/// next request reconnects; any other failure answers `internal()`. Shared by
/// the store API (JSON) and the portal (HTML), which differ only in the answers.
template <typename Work, typename Unavailable, typename Internal>
auto onConnection(const QString& url, const char* what, Work&& work, Unavailable&& unavailable, Internal&& internal)
    -> decltype(work(std::declval<db::Database&>()))
{
    const auto log = core::logger("centre");
    try {
        if (!t_db) {
            db::Database::Options o;
            o.schema = db::Schema::Centre;
            t_db = new db::Database(url, o);
        }
        return work(*t_db);
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
        log->error("{} failed: {}", what, e.what());
        return internal();
    }
}

/// A store API request: database trouble becomes 503, any other failure 500.
template <typename Work>
Reply withDatabase(const QString& url, Work&& work)
{
    return onConnection(
        url, "request",
        [&](db::Database& d) {
            core::SystemClock clock;
            CentreService service(d, clock);
            return work(service);
        },
        unavailable,
        [] {
            return Reply{500, QJsonObject{{QStringLiteral("error"), QStringLiteral("internal")},
                                          {QStringLiteral("message"), QStringLiteral("the centre failed; see its log")}}};
        });
}

QHttpServerResponse toResponse(const portal::Response& r)
{
    QHttpServerResponse out(r.contentType, r.body, static_cast<QHttpServerResponse::StatusCode>(r.status));
    for (const auto& [name, value] : r.headers)
        out.addHeader(name, value);
    return out;
}

portal::Response portalUnavailable()
{
    portal::Response r;
    r.status = 503;
    r.body = QStringLiteral("<!DOCTYPE html><html lang=\"vi\"><meta charset=\"utf-8\"><title>Tạm gián đoạn</title>"
                            "<p>Cổng tạm thời không truy cập được cơ sở dữ liệu. Hãy thử lại sau ít phút.</p></html>")
                 .toUtf8();
    return r;
}

/// A portal request on this worker's connection; database trouble becomes 503.
portal::Response portalAnswer(const QString& url, const portal::Request& req)
{
    const std::string what = "portal request " + req.path.toStdString();
    return onConnection(
        url, what.c_str(),
        [&](db::Database& d) {
            core::SystemClock clock;
            return portal::Portal(d, clock).handle(req);
        },
        portalUnavailable,
        [] {
            portal::Response r;
            r.status = 500;
            r.body = QStringLiteral("<!DOCTYPE html><meta charset=\"utf-8\"><p>Lỗi máy chủ; xem nhật ký của trung tâm.</p>")
                         .toUtf8();
            return r;
        });
}

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    default: return "OTHER";
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
    // The cooperatives' portal (docs/PORTAL.md): its pages on the same port.
    for (const QString& path : portal::portalPaths())
        m_http.route(path,
                     QHttpServerRequest::Method::Get | QHttpServerRequest::Method::Post | QHttpServerRequest::Method::Head,
                     [this](const QHttpServerRequest& req) {
                         portal::Request r;
                         r.method = methodName(req.method());
                         r.path = req.url().path();
                         r.query = QUrlQuery(req.url().query(QUrl::FullyEncoded));
                         r.body = req.body();
                         r.cookie = header(req, "Cookie");
                         r.ip = req.remoteAddress().toString();
                         return QtConcurrent::run(&m_pool, [url = m_dbUrl, r = std::move(r)] {
                             return toResponse(portalAnswer(url, r));
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
