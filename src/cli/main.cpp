// ocopos-cli: the headless twin of the desktop app (docs/CLI.md). Argument
// parsing and output only: every rule lives in the services.
#include "Cli.h"
#include "PinInput.h"

#include "core/Logging.h"
#include "core/Version.h"
#include "db/Migrations.h"
#include "db/DbError.h"
#include "services/Paths.h"
#include "services/SettingsService.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>

using namespace ocopos;

namespace {

struct ExitInfo {
    int exit;
    const char* code;
};

/// stderr's line, and with --json the error document: the contract's code,
/// message and line, extended with "reason", the error's own code
/// (core/ErrorCodes.h: "auth.locked", "stock.short", or the kind's default).
void printError(bool json, ExitInfo info, const std::exception& e, std::optional<int> line,
                const std::vector<Problem>* problems = nullptr)
{
    const auto* error = dynamic_cast<const Error*>(&e);
    std::string oneLine = e.what();
    for (auto& c : oneLine)
        if (c == '\n')
            c = ' ';
    std::fprintf(stderr, "error: %s\n", oneLine.c_str());
    if (!json)
        return;
    QJsonObject err{{QStringLiteral("code"), QString::fromLatin1(info.code)},
                    {QStringLiteral("message"), QString::fromStdString(oneLine)},
                    {QStringLiteral("line"), line ? QJsonValue(*line) : QJsonValue()},
                    {QStringLiteral("reason"), QString::fromStdString(error ? error->code() : std::string("internal"))}};
    if (problems) {
        QJsonArray list;
        for (const auto& p : *problems)
            list.append(QJsonObject{{QStringLiteral("line"), p.line > 0 ? QJsonValue(p.line) : QJsonValue()},
                                    {QStringLiteral("field"), QString::fromStdString(p.field)},
                                    {QStringLiteral("message"), QString::fromStdString(p.why)},
                                    {QStringLiteral("reason"), QString::fromStdString(p.code)}});
        err[QStringLiteral("problems")] = list;
    }
    const QByteArray out = QJsonDocument(QJsonObject{{QStringLiteral("error"), err}}).toJson(QJsonDocument::Compact);
    std::fwrite(out.constData(), 1, static_cast<std::size_t>(out.size()), stdout);
    std::fputc('\n', stdout);
}

QString usage()
{
    QString u = QStringLiteral("usage: ocopos-cli --version | [--db PATH|URL] [--till CODE] [--json] [--user NAME [--pin-file FILE]] "
                                 "COMMAND [ARGS]\n"
                                 "  the PIN comes from --pin-file, $OCOPOS_PIN, or a prompt on the terminal\n"
                                 "  (--pin PIN works too, but other users of the machine can read it)\n\ncommands:\n");
    for (const auto& c : cli::registry())
        u += QStringLiteral("  ") + c.synopsis + QLatin1Char('\n');
    return u;
}

/// `--version`: the program's version and the store schema it writes, which
/// is what decides whether two builds can share a store.
void printVersion(bool json)
{
    const int schema = db::newestSchemaVersion();
    if (json) {
        const QJsonObject o{{QStringLiteral("program"), QStringLiteral("ocopos-cli")},
                            {QStringLiteral("version"), QString::fromLatin1(core::kVersion)},
                            {QStringLiteral("schema"), schema}};
        std::puts(QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    } else {
        std::printf("ocopos-cli %s (store schema %d)\n", core::kVersion, schema);
    }
}

int run(cli::Cli& c, QStringList words)
{
    // Global options come before the command.
    while (!words.isEmpty() && words.front().startsWith(QLatin1String("--"))) {
        const QString w = words.takeFirst();
        const auto value = [&](const QString& name) {
            if (w.startsWith(name + QLatin1Char('=')))
                return w.mid(name.size() + 1);
            if (words.isEmpty())
                throw cli::UsageError(name.toStdString() + " needs a value");
            return words.takeFirst();
        };
        if (w == QLatin1String("--json"))
            c.json = true;
        else if (w == QLatin1String("--help"))
            return std::fputs(usage().toUtf8().constData(), stdout), 0;
        else if (w == QLatin1String("--version"))
            return printVersion(c.json), 0;
        else if (w == QLatin1String("--db") || w.startsWith(QLatin1String("--db=")))
            c.dbPath = value(QStringLiteral("--db"));
        else if (w == QLatin1String("--till") || w.startsWith(QLatin1String("--till=")))
            c.till = services::SettingsService::checkedTill(value(QStringLiteral("--till")));
        else if (w == QLatin1String("--user") || w.startsWith(QLatin1String("--user=")))
            c.user = value(QStringLiteral("--user"));
        else if (w == QLatin1String("--pin") || w.startsWith(QLatin1String("--pin="))) {
            c.pin = value(QStringLiteral("--pin"));
            cli::warnPinOnArgv("--pin", "$OCOPOS_PIN or --pin-file");
        } else if (w == QLatin1String("--pin-file") || w.startsWith(QLatin1String("--pin-file=")))
            c.pin = cli::pinFromFile(value(QStringLiteral("--pin-file")));
        else
            throw cli::UsageError("unknown option '" + w.toStdString() + "'");
    }
    if (words.isEmpty())
        throw cli::UsageError("no command given (try --help)");
    // Longest match: two words ("product import") before one ("sell").
    const cli::Command* found = nullptr;
    int taken = 0;
    for (const auto& cmd : cli::registry()) {
        const QStringList parts = cmd.name.split(QLatin1Char(' '));
        if (parts.size() <= words.size() && words.mid(0, parts.size()) == parts && parts.size() > taken) {
            found = &cmd;
            taken = static_cast<int>(parts.size());
        }
    }
    if (!found)
        throw cli::UsageError("unknown command '" + words.mid(0, 2).join(QLatin1Char(' ')).toStdString() + "'");
    cli::Args args(words.mid(taken));
    return found->run(c, args);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ocopos"));
    QCoreApplication::setOrganizationName(QStringLiteral("ocopos"));
    QStringList words = QCoreApplication::arguments().mid(1);
    core::initLogging(services::dataDirectory());

    cli::Cli c;
    c.json = words.contains(QStringLiteral("--json"));
    try {
        c.dbPath = services::databasePathFromEnvironment();
        c.clock = services::clockFromEnvironment();
        if (const QString t = services::tillFromEnvironment(); !t.isEmpty())
            c.till = services::SettingsService::checkedTill(t);
        if (const QByteArray u = qgetenv("OCOPOS_USER"); !u.isEmpty())
            c.user = QString::fromUtf8(u);
        if (const QByteArray p = qgetenv("OCOPOS_PIN"); !p.isEmpty())
            c.pin = QString::fromUtf8(p);
        return run(c, words);
    } catch (const cli::UsageError& e) {
        printError(c.json, {2, "usage"}, e, std::nullopt);
        return 2;
    } catch (const ValidationError& e) {
        printError(c.json, {3, "invalid"}, e, e.line(), &e.problems());
        return 3;
    } catch (const OverflowError& e) {
        printError(c.json, {3, "invalid"}, e, std::nullopt);
        return 3;
    } catch (const NotFound& e) {
        printError(c.json, {4, "not_found"}, e, std::nullopt);
        return 4;
    } catch (const db::NotAStoreDatabase& e) {
        // The file given is not a store: bad input, not a failure of ours.
        printError(c.json, {3, "invalid"}, e, std::nullopt);
        return 3;
    } catch (const db::DbAuthFailed& e) {
        // The database server refused the user or password of --db.
        printError(c.json, {6, "auth"}, e, std::nullopt);
        return 6;
    } catch (const db::NewerSchemaError& e) {
        printError(c.json, {5, "conflict"}, e, std::nullopt);
        return 5;
    } catch (const Conflict& e) {
        printError(c.json, {5, "conflict"}, e, std::nullopt);
        return 5;
    } catch (const AuthError& e) {
        printError(c.json, {6, "auth"}, e, std::nullopt);
        return 6;
    } catch (const std::exception& e) {
        core::logger("cli")->error("internal error: {}", e.what());
        printError(c.json, {1, "internal"}, e, std::nullopt);
        return 1;
    }
}
