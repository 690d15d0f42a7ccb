#pragma once

// The portal's tests' fixture (docs/PORTAL.md): a store's history (ReportFixture,
// made through the sale engine) and its finalized November statements, sent to
// the real ocopos-centre by a real sync; portal users of every role; and a
// minimal browser over real HTTP.
#include "CentreProcess.h"
#include "CentreTestSupport.h"
#include "ReportFixture.h"
#include "services/SettingsService.h"
#include "services/SettlementService.h"
#include "services/SyncService.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>
#include <gtest/gtest.h>
#include <map>

namespace ocopos::test {

struct WebReply {
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
    QString text() const { return QString::fromUtf8(body); }
};

/// A browser as far as the portal cares: keeps its cookies by hand (Qt's jar
/// never sends a Secure cookie over http://, browsers do to 127.0.0.1), follows
/// no redirect by itself.
class Browser {
public:
    explicit Browser(QString base)
        : m_base(std::move(base))
    {
    }

    WebReply get(const QString& path) { return send(path, QByteArray(), false); }
    WebReply post(const QString& path, const QUrlQuery& form)
    {
        return send(path, form.toString(QUrl::FullyEncoded).toUtf8(), true);
    }

    /// GET the login form, POST it with its CSRF token.
    WebReply login(const QString& login, const QString& password)
    {
        const WebReply form = get(QStringLiteral("/portal/login"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("csrf"), hidden(form.text(), QStringLiteral("csrf")));
        q.addQueryItem(QStringLiteral("login"), login);
        q.addQueryItem(QStringLiteral("password"), password);
        return post(QStringLiteral("/portal/login"), q);
    }

    /// The value of a hidden input on a page.
    static QString hidden(const QString& page, const QString& name)
    {
        const QRegularExpression re(QStringLiteral("name=\"%1\" value=\"([^\"]*)\"").arg(name));
        return re.match(page).captured(1);
    }

    std::map<QByteArray, QByteArray> cookies;

private:
    WebReply send(const QString& path, const QByteArray& body, bool post)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req { QUrl(m_base + path) };
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        QByteArray cookie;
        for (const auto& [k, v] : cookies)
            cookie += (cookie.isEmpty() ? "" : "; ") + k + '=' + v;
        if (!cookie.isEmpty())
            req.setRawHeader("Cookie", cookie);
        if (post)
            req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        QNetworkReply* reply = post ? nam.post(req, body) : nam.get(req);
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(60000);
        loop.exec();
        if (!reply->isFinished()) {
            reply->abort();
            delete reply;
            throw std::runtime_error("no answer within 60 s: " + path.toStdString());
        }
        WebReply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        for (const auto& [k, v] : r.headers) {
            if (k.compare("Set-Cookie", Qt::CaseInsensitive) != 0)
                continue;
            // Qt joins several Set-Cookie headers with '\n'.
            for (const QByteArray& one : v.split('\n')) {
                const QByteArray pair = one.split(';').first().trimmed();
                const qsizetype eq = pair.indexOf('=');
                const bool expired = one.contains("Max-Age=0");
                if (eq <= 0)
                    continue;
                if (expired)
                    cookies.erase(pair.left(eq));
                else
                    cookies[pair.left(eq)] = pair.mid(eq + 1);
            }
        }
        delete reply;
        return r;
    }
    QString m_base;
};

class PortalFixture : public ReportFixture {
protected:
    void SetUp() override
    {
        // QNetworkAccessManager needs an application (gtest_main makes none).
        static int argc = 1;
        static char name[] = "test_portal";
        static char* argv[] = { name, nullptr };
        if (!QCoreApplication::instance())
            new QCoreApplication(argc, argv);
        ReportFixture::SetUp();
        // A member household whose name is markup: the portal must show it as text.
        store.db().execute(
            QStringLiteral("UPDATE producers SET name = '<script>alert(1)</script>' WHERE code = 'HO-A1'"));
        makeHistory();
        // Both cooperatives' November statements, finalized in December.
        at("2026-12-02T09:00:00+07:00");
        services::SettlementService settle(store.ctx());
        statementA = settle.finalize(manager, QStringLiteral("HTX-A"), QDate(2026, 11, 1), QDate(2026, 11, 30));
        statementB = settle.finalize(manager, QStringLiteral("HTX-B"), QDate(2026, 11, 1), QDate(2026, 11, 30));
        // The store syncs with the centre as it would in production.
        const QString token = centre.addStore(QStringLiteral("QN-01"), QStringLiteral("Cửa hàng OCOP Hạ Long"));
        services::SettingsService settings(store.ctx());
        settings.set(store.admin(), QStringLiteral("centre_url"), centre.url());
        settings.set(store.admin(), QStringLiteral("centre_store"), QStringLiteral("QN-01"));
        settings.set(store.admin(), QStringLiteral("centre_token"), token);
        services::SyncService(store.ctx()).run(50);
        ASSERT_EQ(services::SyncService(store.ctx()).status().waiting, 0);

        keyA = keyOf(QStringLiteral("HTX-A"));
        keyB = keyOf(QStringLiteral("HTX-B"));
        ASSERT_FALSE(keyA.isEmpty());
        ASSERT_FALSE(keyB.isEmpty());
        addUser({ QStringLiteral("htxa"), QStringLiteral("HTX A"), QStringLiteral("--role"),
            QStringLiteral("cooperative"), QStringLiteral("--key"), keyA });
        addUser({ QStringLiteral("htxb"), QStringLiteral("HTX B"), QStringLiteral("--role"),
            QStringLiteral("cooperative"), QStringLiteral("--key"), keyB });
        addUser({ QStringLiteral("tinh"), QStringLiteral("Sở Công Thương"), QStringLiteral("--role"),
            QStringLiteral("province") });
        addUser({ QStringLiteral("qn01"), QStringLiteral("Quản lý Hạ Long"), QStringLiteral("--role"),
            QStringLiteral("store"), QStringLiteral("--store"), QStringLiteral("QN-01") });
    }

    QString keyOf(const QString& code)
    {
        const auto r = centre.admin({ QStringLiteral("producers"), QStringLiteral("--json") });
        for (const auto& v : QJsonDocument::fromJson(r.out).object()[QStringLiteral("producers")].toArray())
            if (v.toObject()[QStringLiteral("first_code")].toString() == code)
                return v.toObject()[QStringLiteral("key")].toString();
        return {};
    }

    /// `user add` with the password on stdin (the test's own: kPassword).
    void addUser(QStringList args)
    {
        QProcess p;
        p.start(centrePath(),
            QStringList { QStringLiteral("--db"), centre.databaseUrl(), QStringLiteral("user"), QStringLiteral("add") }
                + args + QStringList { QStringLiteral("--password-stdin") });
        ASSERT_TRUE(p.waitForStarted(30000));
        p.write(kPassword);
        p.closeWriteChannel();
        ASSERT_TRUE(p.waitForFinished(60000));
        ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    }

    Browser loggedIn(const QString& login)
    {
        Browser b(centre.url());
        const WebReply r = b.login(login, QString::fromLatin1(kPassword).trimmed());
        EXPECT_EQ(r.status, 303) << r.text().toStdString();
        return b;
    }

    static constexpr const char* kPassword = "mat-khau-thu-nghiem\n";
    CentreProcess centre;
    services::Statement statementA, statementB;
    QString keyA, keyB;
};

} // namespace ocopos::test
