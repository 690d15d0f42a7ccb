#pragma once

#include "PortalAuth.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>
#include <utility>
#include <vector>

namespace ocopos::core {
class Clock;
}

// The cooperatives' web portal (docs/PORTAL.md): every page under /portal as a
// function of a plain request, so the HTTP server (src/centre-app) only
// translates, and tests can call it without a socket. Server-rendered HTML in
// Vietnamese, one stylesheet, no script.

namespace ocopos::portal {

struct Request {
    QByteArray method; ///< GET, POST, HEAD
    QString path; ///< /portal/...
    QUrlQuery query;
    QByteArray body; ///< application/x-www-form-urlencoded for POST
    QByteArray cookie; ///< the Cookie header
    QString ip; ///< the peer's address (the rate limit)
};

struct Response {
    int status = 200;
    QByteArray contentType = "text/html; charset=utf-8";
    QByteArray body;
    std::vector<std::pair<QByteArray, QByteArray>> headers; ///< Set-Cookie, Location, Content-Disposition
};

/// Every path the portal answers (the server routes exactly these).
const std::vector<QString>& portalPaths();

class Portal {
public:
    Portal(db::Database& db, const core::Clock& clock, services::PinHashCost cost = {})
        : m_db(db)
        , m_clock(clock)
        , m_auth(db, clock, cost)
    {
    }

    /// Answers one request. Database errors propagate (the server answers 503).
    Response handle(const Request& req);

private:
    Response route(const Request& req);
    Response loginPage(const Request& req, const QString& message, int status = 200);
    Response loginPost(const Request& req);
    Response logoutPost(const Request& req, const Identity& who);
    Response dashboard(const Request& req, const Identity& who);
    Response lines(const Request& req, const Identity& who, bool csv);
    Response statements(const Request& req, const Identity& who);
    Response statementPdf(const Request& req, const Identity& who);
    Response draftPdf(const Request& req, const Identity& who);
    Response verify(const Request& req, const Identity& who);
    Response admin(const Request& req, const Identity& who);
    Response storePage(const Request& req, const Identity& who);

    db::Database& m_db;
    const core::Clock& m_clock;
    PortalAuth m_auth;
};

} // namespace ocopos::portal
