// ocopos-centre: the province centre (docs/CENTRE.md). Serves the stores'
// batches over HTTP(S), and the province admin's commands on the same binary.
// Argument parsing and output only: the rules are in ocopos_centre.
#include "Server.h"

#include "centre/CentreService.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/Logging.h"
#include "core/Version.h"
#include "db/DbError.h"
#include "db/Migrations.h"
#include "portal/PortalAuth.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <csignal>
#include <cstdio>
#include <map>
#include <sys/socket.h>
#include <unistd.h>

using namespace ocopos;
using namespace ocopos::centre;

namespace {

const char* const kUsage =
    "usage:\n"
    "  ocopos-centre --version\n"
    "  ocopos-centre --db postgresql://USER:PASS@HOST:PORT/DB --listen HOST:PORT\n"
    "                [--tls-cert FILE --tls-key FILE | --plain-http] [--workers N] [--log-dir DIR]\n"
    "  ocopos-centre --db URL store add CODE NAME [--json]     register a store, print its token once\n"
    "  ocopos-centre --db URL store revoke CODE                  its token stops working\n"
    "  ocopos-centre --db URL store token CODE [--json]        a new token (the old one stops working)\n"
    "  ocopos-centre --db URL store list [--json]\n"
    "  ocopos-centre --db URL rejections [--json]              refused batches\n"
    "  ocopos-centre --db URL producers [--conflicts] [--json]\n"
    "  ocopos-centre --db URL report producers --from YYYY-MM-DD --to YYYY-MM-DD [--json]\n"
    "  ocopos-centre --db URL user add LOGIN NAME --role province|store|cooperative\n"
    "                [--store CODE | --key PRODUCER-KEY] [--password-stdin] [--json]   a portal user\n"
    "  ocopos-centre --db URL user password LOGIN [--password-stdin] [--json]\n"
    "  ocopos-centre --db URL user disable LOGIN\n"
    "  ocopos-centre --db URL user list [--json]\n"
    "The database URL may come from $OCOPOS_CENTRE_DB instead of --db.\n";

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Args {
    std::map<QString, QString> options;  ///< --name -> value ("" for flags)
    QStringList words;
    bool flag(const char* name) const { return options.count(QString::fromLatin1(name)) > 0; }
    QString value(const char* name) const
    {
        const auto it = options.find(QString::fromLatin1(name));
        return it == options.end() ? QString() : it->second;
    }
};

Args parseArgs(const QStringList& argv)
{
    static const QStringList withValue{QStringLiteral("--db"),       QStringLiteral("--listen"),
                                       QStringLiteral("--tls-cert"), QStringLiteral("--tls-key"),
                                       QStringLiteral("--workers"),  QStringLiteral("--log-dir"),
                                       QStringLiteral("--from"),     QStringLiteral("--to"),
                                       QStringLiteral("--role"),     QStringLiteral("--store"),
                                       QStringLiteral("--key")};
    static const QStringList flags{QStringLiteral("--plain-http"), QStringLiteral("--json"),
                                   QStringLiteral("--conflicts"), QStringLiteral("--help"),
                                   QStringLiteral("--version"), QStringLiteral("--password-stdin")};
    Args a;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QString& w = argv[i];
        if (withValue.contains(w)) {
            if (i + 1 >= argv.size())
                throw UsageError(w.toStdString() + " needs a value");
            a.options[w] = argv[++i];
        } else if (flags.contains(w)) {
            a.options[w] = QString();
        } else if (w.startsWith(QLatin1String("--"))) {
            throw UsageError("unknown option " + w.toStdString());
        } else {
            a.words << w;
        }
    }
    return a;
}

void printJson(const QJsonValue& v)
{
    const QByteArray out = v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                        : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    std::fwrite(out.constData(), 1, static_cast<std::size_t>(out.size()), stdout);
    std::fputc('\n', stdout);
}

void printLine(const QString& s)
{
    const QByteArray b = s.toUtf8();
    std::fwrite(b.constData(), 1, static_cast<std::size_t>(b.size()), stdout);
    std::fputc('\n', stdout);
}

int fail(bool json, int exit, const char* code, const std::string& message)
{
    std::fprintf(stderr, "error: %s\n", message.c_str());
    if (json)
        printJson(QJsonObject{{QStringLiteral("error"),
                               QJsonObject{{QStringLiteral("code"), QString::fromLatin1(code)},
                                           {QStringLiteral("message"), QString::fromStdString(message)},
                                           {QStringLiteral("line"), QJsonValue()}}}});
    return exit;
}

std::unique_ptr<db::Database> openCentre(const QString& url)
{
    db::Database::Options o;
    o.schema = db::Schema::Centre;
    return std::make_unique<db::Database>(url, o);
}

QJsonValue orNull(const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }

/// The password of `user add` / `user password`: one line of stdin with
/// --password-stdin (kept out of argv and the shell's history), else a new one
/// printed once.
QString passwordFor(const Args& a, bool* generated)
{
    *generated = !a.flag("--password-stdin");
    if (*generated)
        return portal::generatePassword();
    char buf[512];
    if (!std::fgets(buf, sizeof buf, stdin))
        throw UsageError("--password-stdin: no line on stdin");
    return QString::fromUtf8(buf).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
}

int userCommand(const Args& a, db::Database& dbase, const core::Clock& clock)
{
    const bool json = a.flag("--json");
    const QStringList& w = a.words;
    const QString sub = w.value(1);
    portal::PortalAuth auth(dbase, clock);
    try {
        if (sub == QLatin1String("add") || sub == QLatin1String("password")) {
            const bool add = sub == QLatin1String("add");
            if (w.size() != (add ? 4 : 3) || (add && !a.flag("--role")))
                throw UsageError(add ? "user add LOGIN NAME --role province|store|cooperative [--store CODE | --key KEY]"
                                     : "user password LOGIN");
            bool generated = false;
            const QString password = passwordFor(a, &generated);
            if (add) {
                const QString role = a.value("--role");
                const QString target = role == QLatin1String("store") ? a.value("--store") : a.value("--key");
                if ((role == QLatin1String("store") && !a.flag("--store"))
                    || (role == QLatin1String("cooperative") && !a.flag("--key")))
                    throw UsageError("--role store needs --store CODE; --role cooperative needs --key PRODUCER-KEY");
                auth.addUser(w[2], w[3], role, target, password);
            } else {
                auth.setPassword(w[2], password);
            }
            QJsonObject o{{QStringLiteral("login"), w[2]}};
            if (generated)
                o.insert(QStringLiteral("password"), password);
            if (json)
                printJson(o);
            else if (generated)
                printLine(QStringLiteral("portal user %1: password, shown only now:\n%2").arg(w[2], password));
            else
                printLine(QStringLiteral("portal user %1: password set").arg(w[2]));
            return 0;
        }
        if (sub == QLatin1String("disable")) {
            if (w.size() != 3)
                throw UsageError("user disable LOGIN");
            auth.disable(w[2]);
            if (json)
                printJson(QJsonObject{{QStringLiteral("login"), w[2]}, {QStringLiteral("disabled"), true}});
            else
                printLine(QStringLiteral("portal user %1 disabled; its sessions ended").arg(w[2]));
            return 0;
        }
        if (sub == QLatin1String("list")) {
            QJsonArray rows;
            for (const auto& u : auth.users()) {
                const QString scope = u.role == QLatin1String("store") ? u.storeCode : u.producerKey;
                if (!json)
                    printLine(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                                  .arg(u.login, u.name, u.role, scope,
                                       u.disabledAt.isEmpty() ? QStringLiteral("active")
                                                              : QStringLiteral("disabled ") + u.disabledAt));
                rows.append(QJsonObject{{QStringLiteral("login"), u.login},
                                        {QStringLiteral("name"), u.name},
                                        {QStringLiteral("role"), u.role},
                                        {QStringLiteral("store"), orNull(u.storeCode)},
                                        {QStringLiteral("key"), orNull(u.producerKey)},
                                        {QStringLiteral("created_at"), u.createdAt},
                                        {QStringLiteral("disabled_at"), orNull(u.disabledAt)}});
            }
            if (json)
                printJson(QJsonObject{{QStringLiteral("users"), rows}});
            return 0;
        }
    } catch (const portal::PortalUserError& e) {
        const QString m = QString::fromStdString(e.what());
        switch (e.kind()) {
        case portal::PortalUserError::Kind::Invalid: throw AdminError(AdminError::Kind::Invalid, m);
        case portal::PortalUserError::Kind::NotFound: throw AdminError(AdminError::Kind::NotFound, m);
        case portal::PortalUserError::Kind::Conflict: throw AdminError(AdminError::Kind::Conflict, m);
        }
    }
    throw UsageError("user add|password|disable|list");
}

int admin(const Args& a, const QString& url)
{
    const bool json = a.flag("--json");
    const QStringList& w = a.words;
    auto dbase = openCentre(url);
    core::SystemClock clock;
    CentreService service(*dbase, clock);
    const QString cmd = w.value(0);
    const QString sub = w.value(1);
    if (cmd == QLatin1String("store") && sub == QLatin1String("add")) {
        if (w.size() != 4)
            throw UsageError("store add CODE NAME");
        const QString token = service.addStore(w[2], w[3]);
        if (json)
            printJson(QJsonObject{{QStringLiteral("store"), w[2]}, {QStringLiteral("token"), token}});
        else
            printLine(QStringLiteral("store %1 added. Its token, shown only now (the centre keeps only its hash):\n%2")
                          .arg(w[2], token));
        return 0;
    }
    if (cmd == QLatin1String("store") && sub == QLatin1String("revoke")) {
        if (w.size() != 3)
            throw UsageError("store revoke CODE");
        service.revokeStore(w[2]);
        if (json)
            printJson(QJsonObject{{QStringLiteral("store"), w[2]}, {QStringLiteral("revoked"), true}});
        else
            printLine(QStringLiteral("store %1: token revoked").arg(w[2]));
        return 0;
    }
    if (cmd == QLatin1String("store") && sub == QLatin1String("token")) {
        if (w.size() != 3)
            throw UsageError("store token CODE");
        const QString token = service.rotateToken(w[2]);
        if (json)
            printJson(QJsonObject{{QStringLiteral("store"), w[2]}, {QStringLiteral("token"), token}});
        else
            printLine(QStringLiteral("store %1: new token, shown only now (the old one no longer works):\n%2")
                          .arg(w[2], token));
        return 0;
    }
    if (cmd == QLatin1String("store") && sub == QLatin1String("list")) {
        if (w.size() != 2)
            throw UsageError("store list");
        QJsonArray rows;
        for (const auto& s : service.stores()) {
            if (!json) {
                printLine(QStringLiteral("%1\t%2\t%3\tjournal through %4\t%5 entries\t%6 settlements\tlast batch %7")
                              .arg(s.code, s.name, s.revokedAt.isEmpty() ? QStringLiteral("active")
                                                                          : QStringLiteral("revoked ") + s.revokedAt)
                              .arg(s.journalThrough)
                              .arg(s.entries)
                              .arg(s.settlements)
                              .arg(s.lastBatchAt.isEmpty() ? QStringLiteral("never") : s.lastBatchAt));
                continue;
            }
            rows.append(QJsonObject{{QStringLiteral("code"), s.code},
                                    {QStringLiteral("name"), s.name},
                                    {QStringLiteral("created_at"), s.createdAt},
                                    {QStringLiteral("revoked_at"), orNull(s.revokedAt)},
                                    {QStringLiteral("journal_through"), s.journalThrough},
                                    {QStringLiteral("last_hash"), s.lastHash},
                                    {QStringLiteral("entries"), s.entries},
                                    {QStringLiteral("settlements"), s.settlements},
                                    {QStringLiteral("last_batch_at"), orNull(s.lastBatchAt)}});
        }
        if (json)
            printJson(QJsonObject{{QStringLiteral("stores"), rows}});
        return 0;
    }
    if (cmd == QLatin1String("rejections")) {
        if (w.size() != 1)
            throw UsageError("rejections");
        QJsonArray rows;
        for (const auto& r : service.rejections()) {
            const QJsonValue entry = r.entryId ? QJsonValue(*r.entryId) : QJsonValue();
            if (!json)
                printLine(QStringLiteral("%1\t%2\tentry %3\t%4\t%5")
                              .arg(r.at, r.store, r.entryId ? QString::number(*r.entryId) : QStringLiteral("-"),
                                   r.reason, r.message));
            rows.append(QJsonObject{{QStringLiteral("store"), r.store},
                                    {QStringLiteral("entry"), entry},
                                    {QStringLiteral("reason"), r.reason},
                                    {QStringLiteral("message"), r.message},
                                    {QStringLiteral("at"), r.at}});
        }
        if (json)
            printJson(QJsonObject{{QStringLiteral("rejections"), rows}});
        return 0;
    }
    if (cmd == QLatin1String("producers")) {
        if (w.size() != 1)
            throw UsageError("producers [--conflicts]");
        QJsonArray rows;
        if (a.flag("--conflicts")) {
            for (const auto& c : service.conflicts()) {
                if (!json)
                    printLine(QStringLiteral("%1\tstore %2 producer %3\t%4: centre has '%5', store sent '%6'")
                                  .arg(c.key, c.store, c.code, c.field, c.centreValue, c.storeValue));
                rows.append(QJsonObject{{QStringLiteral("key"), c.key},
                                        {QStringLiteral("store"), c.store},
                                        {QStringLiteral("code"), c.code},
                                        {QStringLiteral("field"), c.field},
                                        {QStringLiteral("centre_value"), c.centreValue},
                                        {QStringLiteral("store_value"), c.storeValue},
                                        {QStringLiteral("seen_at"), c.seenAt}});
            }
            if (json)
                printJson(QJsonObject{{QStringLiteral("conflicts"), rows}});
            return 0;
        }
        for (const auto& p : service.producers()) {
            if (!json)
                printLine(QStringLiteral("%1\t%2\t%3\t%4 store(s)\tfirst from %5/%6")
                              .arg(p.key, p.name, p.kind)
                              .arg(p.stores)
                              .arg(p.firstStore, p.firstCode));
            rows.append(QJsonObject{{QStringLiteral("key"), p.key},
                                    {QStringLiteral("name"), p.name},
                                    {QStringLiteral("kind"), p.kind},
                                    {QStringLiteral("tax_code"), orNull(p.taxCode)},
                                    {QStringLiteral("stores"), p.stores},
                                    {QStringLiteral("first_store"), p.firstStore},
                                    {QStringLiteral("first_code"), p.firstCode}});
        }
        if (json)
            printJson(QJsonObject{{QStringLiteral("producers"), rows}});
        return 0;
    }
    if (cmd == QLatin1String("report") && sub == QLatin1String("producers")) {
        if (w.size() != 2 || !a.flag("--from") || !a.flag("--to"))
            throw UsageError("report producers --from YYYY-MM-DD --to YYYY-MM-DD");
        QDate from, to;
        try {
            from = core::parseIsoDate(a.value("--from"), "--from");
            to = core::parseIsoDate(a.value("--to"), "--to");
        } catch (const std::exception& e) {
            throw AdminError(AdminError::Kind::Invalid, QString::fromStdString(e.what()));
        }
        const ProducerReport r = service.reportByProducer(from, to);
        const auto figures = [](const ProducerReportRow& x) {
            return QJsonObject{{QStringLiteral("gross"), x.gross},   {QStringLiteral("discount"), x.discount},
                               {QStringLiteral("net"), x.net},       {QStringLiteral("vat"), x.vat},
                               {QStringLiteral("returns"), x.returns}, {QStringLiteral("commission"), x.commission},
                               {QStringLiteral("payout"), x.payout}, {QStringLiteral("sales"), x.sales},
                               {QStringLiteral("lines"), x.lines}};
        };
        if (json) {
            QJsonArray rows;
            for (const auto& x : r.rows) {
                QJsonObject o = figures(x);
                o.insert(QStringLiteral("key"), x.key);
                o.insert(QStringLiteral("name"), x.name);
                o.insert(QStringLiteral("kind"), orNull(x.kind));
                o.insert(QStringLiteral("stores"), x.stores);
                rows.append(o);
            }
            printJson(QJsonObject{{QStringLiteral("from"), r.from.toString(Qt::ISODate)},
                                  {QStringLiteral("to"), r.to.toString(Qt::ISODate)},
                                  {QStringLiteral("rows"), rows},
                                  {QStringLiteral("totals"), figures(r.totals)}});
            return 0;
        }
        printLine(QStringLiteral("key\tname\tstores\tnet\tvat\treturns\tcommission\tpayout\tlines"));
        for (const auto& x : r.rows)
            printLine(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\t%9")
                          .arg(x.key, x.name)
                          .arg(x.stores)
                          .arg(x.net)
                          .arg(x.vat)
                          .arg(x.returns)
                          .arg(x.commission)
                          .arg(x.payout)
                          .arg(x.lines));
        printLine(QStringLiteral("total\t\t\t%1\t%2\t%3\t%4\t%5\t%6")
                      .arg(r.totals.net)
                      .arg(r.totals.vat)
                      .arg(r.totals.returns)
                      .arg(r.totals.commission)
                      .arg(r.totals.payout)
                      .arg(r.totals.lines));
        return 0;
    }
    if (cmd == QLatin1String("user"))
        return userCommand(a, *dbase, clock);
    throw UsageError("unknown command '" + w.join(QLatin1Char(' ')).toStdString() + "'");
}

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

int serve(QCoreApplication& app, const Args& a, const QString& url)
{
    const auto log = core::logger("centre");
    const QString listen = a.value("--listen");
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (!portOk || port < 0 || port > 65535 || address.isNull())
        throw UsageError("--listen HOST:PORT, e.g. 0.0.0.0:8443 or 127.0.0.1:8080");
    const bool tls = a.flag("--tls-cert") || a.flag("--tls-key");
    if (tls && (!a.flag("--tls-cert") || !a.flag("--tls-key")))
        throw UsageError("--tls-cert and --tls-key go together");
    if (tls && a.flag("--plain-http"))
        throw UsageError("--plain-http and --tls-cert exclude each other");
    if (!tls && !address.isLoopback() && !a.flag("--plain-http"))
        throw UsageError("without --tls-cert/--tls-key the centre listens only on a loopback address (127.0.0.1, ::1); "
                         "add --plain-http to serve plain HTTP on " + host.toStdString()
                         + " behind a TLS reverse proxy");
    int workers = 4;
    if (a.flag("--workers")) {
        bool ok = false;
        workers = a.value("--workers").toInt(&ok);
        if (!ok || workers < 1 || workers > 64)
            throw UsageError("--workers N, 1 to 64");
    }
    std::optional<QSslConfiguration> ssl;
    if (tls) {
        if (!QSslSocket::supportsSsl())
            throw AdminError(AdminError::Kind::Invalid, QStringLiteral("this Qt has no TLS backend; use --plain-http "
                                                                       "behind a reverse proxy"));
        QFile certFile(a.value("--tls-cert")), keyFile(a.value("--tls-key"));
        if (!certFile.open(QIODevice::ReadOnly))
            throw AdminError(AdminError::Kind::Invalid, QStringLiteral("cannot read --tls-cert %1").arg(certFile.fileName()));
        if (!keyFile.open(QIODevice::ReadOnly))
            throw AdminError(AdminError::Kind::Invalid, QStringLiteral("cannot read --tls-key %1").arg(keyFile.fileName()));
        const auto chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty())
            throw AdminError(AdminError::Kind::Invalid, QStringLiteral("--tls-cert %1 holds no PEM certificate")
                                                            .arg(certFile.fileName()));
        if (key.isNull())
            throw AdminError(AdminError::Kind::Invalid,
                             QStringLiteral("--tls-key %1 holds no PEM RSA or EC private key (unencrypted)")
                                 .arg(keyFile.fileName()));
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificateChain(chain);
        conf.setPrivateKey(key);
        conf.setProtocol(QSsl::TlsV1_2OrLater);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl = conf;
    }
    // The schema is checked and migrated once before serving: a wrong database
    // stops the start with its exit code.
    openCentre(url).reset();

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        throw std::runtime_error("socketpair failed");
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
        log->info("stopping: finishing the batches in progress");
        app.quit();
    });
    struct sigaction sa{};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);

    Server server(url, workers);
    const quint16 bound = server.listen(address, static_cast<quint16>(port), ssl);
    if (bound == 0)
        throw AdminError(AdminError::Kind::Conflict, QStringLiteral("cannot listen on %1").arg(listen));
    const std::string where = (tls ? "https://" : "http://") + host.toStdString() + ":" + std::to_string(bound);
    log->info("ocopos-centre serving {} on {} with {} workers", tls ? "HTTPS" : "plain HTTP", where, workers);
    std::fprintf(stderr, "ocopos-centre: listening on %s\n", where.c_str());
    std::fflush(stderr);
    const int rc = app.exec();
    server.drain();
    log->info("ocopos-centre stopped");
    return rc;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Args a;
    bool json = false;
    try {
        a = parseArgs(app.arguments());
        json = a.flag("--json");
        if (a.flag("--help")) {
            std::fputs(kUsage, stdout);
            return 0;
        }
        if (a.flag("--version")) {
            std::printf("ocopos-centre %s (centre schema %d)\n", core::kVersion, db::newestSchemaVersion(db::Schema::Centre));
            return 0;
        }
        core::initLogging(a.value("--log-dir"));
        // The centre's messages also go to stderr (a service manager keeps them).
        core::logger("centre")->sinks().push_back(std::make_shared<spdlog::sinks::stderr_sink_mt>());
        QString url = a.value("--db");
        if (url.isEmpty())
            url = qEnvironmentVariable("OCOPOS_CENTRE_DB");
        if (url.isEmpty())
            throw UsageError("--db postgresql://… (or $OCOPOS_CENTRE_DB) is required");
        if (a.flag("--listen")) {
            if (!a.words.isEmpty())
                throw UsageError("--listen serves; admin commands run without it");
            return serve(app, a, url);
        }
        if (a.words.isEmpty())
            throw UsageError("give --listen HOST:PORT to serve, or an admin command");
        return admin(a, url);
    } catch (const UsageError& e) {
        std::fprintf(stderr, "error: %s\n%s", e.what(), kUsage);
        if (json)
            printJson(QJsonObject{{QStringLiteral("error"),
                                   QJsonObject{{QStringLiteral("code"), QStringLiteral("usage")},
                                               {QStringLiteral("message"), QString::fromUtf8(e.what())},
                                               {QStringLiteral("line"), QJsonValue()}}}});
        return 2;
    } catch (const AdminError& e) {
        switch (e.kind()) {
        case AdminError::Kind::Invalid: return fail(json, 3, "invalid", e.what());
        case AdminError::Kind::NotFound: return fail(json, 4, "not_found", e.what());
        case AdminError::Kind::Conflict: return fail(json, 5, "conflict", e.what());
        }
        return 1;
    } catch (const db::NotAStoreDatabase& e) {
        return fail(json, 3, "invalid", e.what());
    } catch (const db::NewerSchemaError& e) {
        return fail(json, 5, "conflict", e.what());
    } catch (const db::DbAuthFailed& e) {
        return fail(json, 6, "auth", e.what());
    } catch (const std::exception& e) {
        return fail(json, 1, "internal", e.what());
    }
}
