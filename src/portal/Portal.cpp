#include "Portal.h"

#include "Html.h"
#include "PortalPage.h"
#include "core/Logging.h"

#include <QCryptographicHash>
#include <spdlog/spdlog.h>

namespace ocopos::portal {

const std::vector<QString>& portalPaths()
{
    static const std::vector<QString> paths { QStringLiteral("/portal"), QStringLiteral("/portal/"),
        QStringLiteral("/portal/style.css"), QStringLiteral("/portal/login"), QStringLiteral("/portal/logout"),
        QStringLiteral("/portal/dashboard"), QStringLiteral("/portal/lines"), QStringLiteral("/portal/lines.csv"),
        QStringLiteral("/portal/statements"), QStringLiteral("/portal/statement.pdf"),
        QStringLiteral("/portal/draft.pdf"), QStringLiteral("/portal/verify"), QStringLiteral("/portal/admin"),
        QStringLiteral("/portal/store") };
    return paths;
}

namespace {

const QByteArray kSessionCookie = "ocopos_session";
const QByteArray kLoginCookie = "ocopos_login";

QString cookieValue(const QByteArray& header, const QByteArray& name)
{
    for (QByteArray part : header.split(';')) {
        part = part.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq > 0 && part.left(eq) == name)
            return QString::fromLatin1(part.mid(eq + 1));
    }
    return QString();
}

/// `Secure` always: the portal is served over HTTPS, or over plain HTTP only on
/// the loopback behind a TLS proxy (browsers keep Secure cookies of
/// http://127.0.0.1 and http://localhost, which they treat as secure contexts).
QByteArray setCookie(const QByteArray& name, const QString& value, qint64 maxAge)
{
    return name + '=' + value.toLatin1() + "; Path=/portal; Max-Age=" + QByteArray::number(maxAge)
        + "; HttpOnly; Secure; SameSite=Strict";
}

/// Constant-time comparison of two tokens.
bool sameToken(const QString& a, const QString& b)
{
    const QByteArray x = a.toLatin1(), y = b.toLatin1();
    if (x.isEmpty() || x.size() != y.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        diff |= static_cast<unsigned char>(x[i] ^ y[i]);
    return diff == 0;
}

const char* const kCss = R"CSS(*{box-sizing:border-box}
body{margin:0;font:16px/1.45 "Noto Sans",system-ui,sans-serif;color:#1d2a24;background:#f4f6f3}
header{background:#1f5f3f;color:#fff;padding:.5rem .75rem;display:flex;flex-wrap:wrap;gap:.25rem .75rem;align-items:center}
header .brand{font-weight:700;margin-right:auto}
header a,header button{color:#fff;background:none;border:0;font:inherit;padding:.25rem 0;cursor:pointer;text-decoration:underline}
header form{margin:0}
main{padding:.75rem;max-width:1100px;margin:0 auto}
h1{font-size:1.3rem;margin:.25rem 0 .75rem}h2{font-size:1.1rem;margin:1.25rem 0 .5rem}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:.5rem}
.card{background:#fff;border:1px solid #d5ddd6;border-radius:6px;padding:.5rem .65rem}
.card .k{font-size:.85rem;color:#4b5b52}.card .v{font-size:1.15rem;font-weight:700}
.card .p{font-size:.8rem;color:#4b5b52}
.scroll{overflow-x:auto;background:#fff;border:1px solid #d5ddd6;border-radius:6px}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{padding:.35rem .5rem;border-bottom:1px solid #e4e9e4;text-align:left;vertical-align:top}
th{background:#eef2ee;white-space:nowrap}td.n,th.n{text-align:right;white-space:nowrap}
tfoot td{font-weight:700}
.chart{width:100%;height:auto;background:#fff;border:1px solid #d5ddd6;border-radius:6px}
.chart .bar{fill:#2e7d4f}.chart .prev{fill:#c9741f}.chart .axis{stroke:#99a69d}
.chart text{font-size:12px;fill:#1d2a24}.chart .day{font-size:10px}.chart .val{font-size:11px}
.legend{font-size:.85rem}.legend .b{color:#2e7d4f}.legend .o{color:#c9741f}
form.filter{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:.5rem;align-items:end;margin-bottom:.75rem}
label{display:block;font-size:.85rem;color:#4b5b52}
input,select{width:100%;font:inherit;padding:.4rem;border:1px solid #b8c4bb;border-radius:4px;background:#fff}
.btn,button.btn{display:inline-block;background:#1f5f3f;color:#fff;border:0;border-radius:4px;padding:.5rem .9rem;font:inherit;text-decoration:none;cursor:pointer}
.login{max-width:360px;margin:2rem auto;background:#fff;border:1px solid #d5ddd6;border-radius:6px;padding:1rem}
.login label{margin-top:.6rem}.login button{margin-top:1rem;width:100%}
.msg{background:#fdecea;border:1px solid #e6a39b;padding:.5rem;border-radius:4px}
.ok{color:#1f6f3f;font-weight:700}.bad{color:#b3261e;font-weight:700}
.hash{font-family:monospace;font-size:.8rem;word-break:break-all}
pre{white-space:pre-wrap;word-break:break-all;font-size:.8rem;background:#fff;border:1px solid #d5ddd6;padding:.5rem}
.pager{display:flex;gap:1rem;margin:.5rem 0;flex-wrap:wrap}
.muted{color:#5d6b62;font-size:.85rem}
)CSS";

} // namespace

Response errorPage(int status, const QString& title, const QString& message, const Identity* who)
{
    Response r = htmlPage(
        title, who, html(R"(<h1>{}</h1><p>{}</p><p><a href="/portal">Về trang chính</a></p>)", { title, message }));
    r.status = status;
    return r;
}

Response notFound(const Identity* who)
{
    return errorPage(404, QStringLiteral("Không tìm thấy"),
        QStringLiteral("Trang hoặc dữ liệu này không có, hoặc không thuộc quyền xem của bạn."), who);
}

Response forbidden(const Identity* who)
{
    return errorPage(
        403, QStringLiteral("Không có quyền"), QStringLiteral("Tài khoản của bạn không được xem trang này."), who);
}

Response redirect(const QByteArray& location)
{
    Response r;
    r.status = 303;
    r.headers.emplace_back("Location", location);
    return r;
}

Response htmlPage(const QString& title, const Identity* who, const Safe& body)
{
    Safe nav;
    if (who) {
        nav += Safe::literal(R"(<a href="/portal/dashboard">Tổng quan</a><a href="/portal/lines">Dòng bán</a>)"
                             R"(<a href="/portal/statements">Quyết toán</a>)");
        if (who->role == QLatin1String("store"))
            nav += Safe::literal(R"(<a href="/portal/store">Cửa hàng</a>)");
        if (who->role == QLatin1String("province"))
            nav += Safe::literal(R"(<a href="/portal/admin">Quản trị</a>)");
        nav += html(R"(<form method="post" action="/portal/logout"><input type="hidden" name="csrf" value="{}">)"
                    R"(<button type="submit" title="{}">Đăng xuất</button></form>)",
            { who->csrf, who->name });
    }
    const Safe doc
        = html(R"(<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">)"
               R"(<meta name="viewport" content="width=device-width, initial-scale=1">)"
               R"(<title>{} · Cổng HTX OCOP</title><link rel="stylesheet" href="/portal/style.css"></head>)"
               R"(<body><header><span class="brand">Cổng HTX OCOP</span>{}</header><main>{}</main></body></html>)",
            { title, nav, body });
    Response r;
    r.body = doc.str().toUtf8();
    return r;
}

Response Portal::handle(const Request& req)
{
    Response r = route(req);
    // Every answer: no caching of private pages, no framing, no script at all.
    r.headers.emplace_back("Cache-Control", req.path.endsWith(QLatin1String(".css")) ? "max-age=3600" : "no-store");
    r.headers.emplace_back("X-Content-Type-Options", "nosniff");
    r.headers.emplace_back("X-Frame-Options", "DENY");
    r.headers.emplace_back("Referrer-Policy", "no-referrer");
    r.headers.emplace_back("Content-Security-Policy",
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'");
    if (req.method == "HEAD")
        r.body.clear();
    return r;
}

Response Portal::route(const Request& req)
{
    const bool get = req.method == "GET" || req.method == "HEAD";
    const bool post = req.method == "POST";
    if (!get && !post)
        return errorPage(
            405, QStringLiteral("Không hỗ trợ"), QStringLiteral("Phương thức này không được dùng."), nullptr);
    if (req.path == QLatin1String("/portal/style.css")) {
        Response r;
        r.contentType = "text/css; charset=utf-8";
        r.body = QByteArray(kCss);
        return r;
    }
    if (req.path == QLatin1String("/portal/login"))
        return post ? loginPost(req) : loginPage(req, QString());

    const auto who = m_auth.identify(cookieValue(req.cookie, kSessionCookie));
    if (!who) {
        if (post)
            return errorPage(403, QStringLiteral("Phiên đã hết"), QStringLiteral("Hãy đăng nhập lại."), nullptr);
        return redirect("/portal/login");
    }
    if (post) {
        const QUrlQuery form(QString::fromUtf8(QByteArray(req.body).replace('+', "%20")));
        if (!sameToken(form.queryItemValue(QStringLiteral("csrf"), QUrl::FullyDecoded), who->csrf))
            return errorPage(403, QStringLiteral("Yêu cầu bị từ chối"),
                QStringLiteral("Thiếu mã chống giả mạo (CSRF). Hãy tải lại trang rồi thử lại."), &*who);
        if (req.path == QLatin1String("/portal/logout"))
            return logoutPost(req, *who);
        return errorPage(
            405, QStringLiteral("Không hỗ trợ"), QStringLiteral("Phương thức này không được dùng."), &*who);
    }
    const QString& p = req.path;
    if (p == QLatin1String("/portal") || p == QLatin1String("/portal/"))
        return redirect(who->role == QLatin1String("province") ? "/portal/admin"
                : who->role == QLatin1String("store")          ? "/portal/store"
                                                               : "/portal/dashboard");
    if (p == QLatin1String("/portal/dashboard"))
        return dashboard(req, *who);
    if (p == QLatin1String("/portal/lines"))
        return lines(req, *who, false);
    if (p == QLatin1String("/portal/lines.csv"))
        return lines(req, *who, true);
    if (p == QLatin1String("/portal/statements"))
        return statements(req, *who);
    if (p == QLatin1String("/portal/statement.pdf"))
        return statementPdf(req, *who);
    if (p == QLatin1String("/portal/draft.pdf"))
        return draftPdf(req, *who);
    if (p == QLatin1String("/portal/verify"))
        return verify(req, *who);
    if (p == QLatin1String("/portal/admin"))
        return admin(req, *who);
    if (p == QLatin1String("/portal/store"))
        return storePage(req, *who);
    return notFound(&*who);
}

Response Portal::loginPage(const Request&, const QString& message, int status)
{
    // Login CSRF: the form carries the value of a cookie set with it (SameSite=Strict).
    const QString token = randomToken();
    Safe body = Safe::literal(R"(<div class="login"><h1>Đăng nhập</h1>)");
    if (!message.isEmpty())
        body += html(R"(<p class="msg" role="alert">{}</p>)", { message });
    body += html(
        R"(<form method="post" action="/portal/login"><input type="hidden" name="csrf" value="{}">)"
        R"(<label for="login">Tên đăng nhập</label><input id="login" name="login" autocomplete="username" required>)"
        R"(<label for="password">Mật khẩu</label>)"
        R"(<input id="password" name="password" type="password" autocomplete="current-password" required>)"
        R"(<button class="btn" type="submit">Đăng nhập</button></form></div>)",
        { token });
    Response r = htmlPage(QStringLiteral("Đăng nhập"), nullptr, body);
    r.status = status;
    r.headers.emplace_back("Set-Cookie", setCookie(kLoginCookie, token, 3600));
    return r;
}

Response Portal::loginPost(const Request& req)
{
    const QUrlQuery form(QString::fromUtf8(QByteArray(req.body).replace('+', "%20")));
    if (!sameToken(
            form.queryItemValue(QStringLiteral("csrf"), QUrl::FullyDecoded), cookieValue(req.cookie, kLoginCookie)))
        return loginPage(req, QStringLiteral("Phiên đăng nhập đã hết hoặc không hợp lệ. Hãy thử lại."), 403);
    const LoginOutcome out = m_auth.login(req.ip, form.queryItemValue(QStringLiteral("login"), QUrl::FullyDecoded),
        form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded));
    switch (out.status) {
    case LoginOutcome::Status::Ok: {
        Response r = redirect("/portal");
        r.headers.emplace_back("Set-Cookie", setCookie(kSessionCookie, out.token, PortalAuth::kSessionSeconds));
        r.headers.emplace_back("Set-Cookie", setCookie(kLoginCookie, QString(), 0));
        return r;
    }
    case LoginOutcome::Status::Wrong:
        return loginPage(req, QStringLiteral("Sai tên đăng nhập hoặc mật khẩu."), 401);
    case LoginOutcome::Status::Locked:
        return loginPage(req,
            QStringLiteral("Tài khoản tạm khóa %1 phút vì nhập sai mật khẩu nhiều lần.")
                .arg(PortalAuth::kLockSeconds / 60),
            423);
    case LoginOutcome::Status::RateLimited: {
        Response r = loginPage(req, QStringLiteral("Quá nhiều lần đăng nhập sai. Hãy thử lại sau ít phút."), 429);
        r.headers.emplace_back("Retry-After", QByteArray::number(PortalAuth::kWindowSeconds));
        return r;
    }
    }
    return loginPage(req, QString(), 500);
}

Response Portal::logoutPost(const Request&, const Identity& who)
{
    m_auth.logout(who);
    Response r = redirect("/portal/login");
    r.headers.emplace_back("Set-Cookie", setCookie(kSessionCookie, QString(), 0));
    return r;
}

} // namespace ocopos::portal
