// init, settings, user: thin shells over SettingsService, AuthService and DemoData.
#include "Cli.h"
#include "PinInput.h"

#include "services/AuthService.h"
#include "services/BackupService.h"
#include "services/DemoData.h"
#include "services/SettingsService.h"
#include "services/StoreCopyService.h"

namespace ocopos::cli {
namespace {

int init(Cli& c, Args& a)
{
    const bool demo = a.flag(QStringLiteral("--demo"));
    a.finish();
    auto ctx = c.ctx(); // opening creates and migrates
    // The demo is a training store whose PINs are in the README: its admin is not
    // asked to change 000000. A real store's is.
    services::AuthService(ctx).ensureAdmin(demo ? services::InitialAdmin::Training
                                                : services::InitialAdmin::MustChangePin);
    QJsonObject out{{QStringLiteral("database"), db::redactedLocation(c.dbPath)},
                    {QStringLiteral("schema_version"), c.db().schemaVersion()}};
    QString text = QStringLiteral("database %1 ready (schema version %2)\n").arg(db::redactedLocation(c.dbPath)).arg(c.db().schemaVersion());
    if (demo) {
        const auto summary = services::loadDemoData(ctx);
        out[QStringLiteral("demo")] = QJsonObject{{QStringLiteral("producers"), summary.producers},
                                                  {QStringLiteral("products"), summary.products},
                                                  {QStringLiteral("users"), summary.users},
                                                  {QStringLiteral("lots"), summary.lots},
                                                  {QStringLiteral("sales"), summary.sales}};
        text += QStringLiteral("demo data: %1 producers, %2 products, %3 users, %4 lots, %5 sales\n")
                    .arg(summary.producers).arg(summary.products).arg(summary.users).arg(summary.lots).arg(summary.sales);
    }
    c.output(out, text);
    return 0;
}

int settingsSet(Cli& c, Args& a)
{
    const QString key = a.positional(QStringLiteral("KEY"));
    const QString value = a.positional(QStringLiteral("VALUE"));
    a.finish();
    services::SettingsService s(c.ctx());
    s.set(c.session(), key, value);
    const QString shown = services::SettingsService::shown(key, s.get(key));
    c.output(QJsonObject{{key, shown}}, QStringLiteral("%1 = %2\n").arg(key, shown));
    return 0;
}

int settingsGet(Cli& c, Args& a)
{
    const auto key = a.optionalPositional();
    a.finish();
    services::requireRole(c.session(), core::Role::Admin, "reading settings");
    services::SettingsService s(c.ctx());
    QJsonObject out;
    Table t{{QStringLiteral("key"), QStringLiteral("value")}, {}, {}};
    if (key) {
        const QString v = services::SettingsService::shown(*key, s.get(*key));
        out[*key] = v;
        t.rows.push_back({*key, v});
    } else {
        for (const auto& [k, value] : s.all()) {
            const QString v = services::SettingsService::shown(k, value);
            out[k] = v;
            t.rows.push_back({k, v});
        }
    }
    c.output(out, t);
    return 0;
}

/// The new PIN: --new-pin-file, else --new-pin (with a warning), else asked twice
/// on the terminal. Read after the arguments are checked, so that a usage error
/// never prompts.
QString newPin(const std::optional<QString>& file, const std::optional<QString>& pin, const QString& username)
{
    if (file)
        return pinFromFile(*file);
    if (pin) {
        warnPinOnArgv("--new-pin", "--new-pin-file");
        return *pin;
    }
    const auto first = promptSecret(QStringLiteral("new PIN for %1: ").arg(username));
    if (!first)
        throw UsageError("--new-pin-file FILE is required");
    if (promptSecret(QStringLiteral("new PIN again: ")) != first)
        throw ValidationError("pin", "the two PINs differ");
    return *first;
}

int userAdd(Cli& c, Args& a)
{
    services::NewUser u;
    u.displayName = a.required(QStringLiteral("--name"));
    const QString role = a.required(QStringLiteral("--role"));
    u.producerCode = a.option(QStringLiteral("--producer")).value_or(QString());
    const auto pinFile = a.option(QStringLiteral("--new-pin-file"));
    const auto pinArg = a.option(QStringLiteral("--new-pin"));
    u.username = a.positional(QStringLiteral("USERNAME"));
    a.finish();
    u.pin = newPin(pinFile, pinArg, u.username);
    const auto r = core::roleFromCode(role.toStdString());
    if (!r)
        throw UsageError("--role must be admin, manager, cashier or cooperative");
    u.role = *r;
    services::AuthService(c.ctx()).addUser(c.session(), u);
    c.output(QJsonObject{{QStringLiteral("username"), u.username}, {QStringLiteral("role"), role}},
             QStringLiteral("user %1 added (%2)\n").arg(u.username, role));
    return 0;
}

int userList(Cli& c, Args& a)
{
    a.finish();
    const auto users = services::AuthService(c.ctx()).listUsers(c.session());
    QJsonArray list;
    Table t{{QStringLiteral("username"), QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("producer"),
             QStringLiteral("active"), QStringLiteral("locked")}, {}, {}};
    for (const auto& u : users) {
        const QString role = QString::fromUtf8(core::toCode(u.role).data());
        list.append(QJsonObject{{QStringLiteral("username"), u.username},
                                {QStringLiteral("name"), u.displayName},
                                {QStringLiteral("role"), role},
                                {QStringLiteral("producer"), jsonText(u.producerCode)},
                                {QStringLiteral("active"), u.active},
                                {QStringLiteral("locked"), u.locked}});
        t.rows.push_back({u.username, u.displayName, role, u.producerCode, u.active ? QStringLiteral("yes") : QStringLiteral("no"),
                          u.locked ? QStringLiteral("yes") : QString()});
    }
    c.output(QJsonObject{{QStringLiteral("users"), list}}, t);
    return 0;
}

int userSetPin(Cli& c, Args& a)
{
    const auto pinFile = a.option(QStringLiteral("--new-pin-file"));
    const auto pinArg = a.option(QStringLiteral("--new-pin"));
    const QString name = a.positional(QStringLiteral("USERNAME"));
    a.finish();
    const QString pin = newPin(pinFile, pinArg, name);
    services::AuthService(c.ctx()).setPin(c.session(c.user && *c.user == name), name, pin);
    c.output(QJsonObject{{QStringLiteral("username"), name}}, QStringLiteral("PIN of %1 changed\n").arg(name));
    return 0;
}

int userDeactivate(Cli& c, Args& a)
{
    const QString name = a.positional(QStringLiteral("USERNAME"));
    a.finish();
    services::AuthService(c.ctx()).deactivate(c.session(), name);
    c.output(QJsonObject{{QStringLiteral("username"), name}, {QStringLiteral("active"), false}},
             QStringLiteral("user %1 deactivated\n").arg(name));
    return 0;
}

int backup(Cli& c, Args& a)
{
    const QString file = a.positional(QStringLiteral("FILE"));
    a.finish();
    services::BackupService(c.ctx()).backup(c.session(), file);
    c.output(QJsonObject{{QStringLiteral("backup"), file}}, QStringLiteral("backup written to %1\n").arg(file));
    return 0;
}

int restore(Cli& c, Args& a)
{
    const QString file = a.positional(QStringLiteral("FILE"));
    a.finish();
    const services::Session admin = c.session();  // authenticated against the current database
    c.closeDb();
    const auto report = services::restoreDatabase(admin, *c.clock, file, c.dbPath);
    const QString shown = db::redactedLocation(c.dbPath);  // a PostgreSQL URL's password is never printed
    c.output(QJsonObject{{QStringLiteral("restored"), file}, {QStringLiteral("database"), shown},
                         {QStringLiteral("journal_entries"), report.entries}},
             QStringLiteral("%1 restored from %2 (%3 journal entries checked)\n").arg(shown, file).arg(report.entries));
    return 0;
}

int dbCopy(Cli& c, Args& a)
{
    const QString from = a.required(QStringLiteral("--from"));
    const QString to = a.required(QStringLiteral("--to"));
    a.finish();
    c.dbPath = from;  // the admin logs in to the store being copied
    const auto r = services::StoreCopyService(c.ctx()).copyTo(c.session(), to);
    c.output(QJsonObject{{QStringLiteral("from"), r.from},
                         {QStringLiteral("to"), r.to},
                         {QStringLiteral("tables"), r.tables},
                         {QStringLiteral("rows"), r.rows},
                         {QStringLiteral("journal_entries"), r.journalEntries}},
             QStringLiteral("copied %1 rows of %2 tables from %3 to %4 (check passed: %5 journal entries)\n")
                 .arg(r.rows)
                 .arg(r.tables)
                 .arg(r.from, r.to)
                 .arg(r.journalEntries));
    return 0;
}

const Register reg{
    {QStringLiteral("init"), QStringLiteral("init [--demo]"), init},
    {QStringLiteral("settings set"), QStringLiteral("settings set KEY VALUE"), settingsSet},
    {QStringLiteral("settings get"), QStringLiteral("settings get [KEY]"), settingsGet},
    {QStringLiteral("user add"), QStringLiteral("user add USERNAME --name N --role R [--producer CODE] --new-pin-file F"), userAdd},
    {QStringLiteral("user list"), QStringLiteral("user list"), userList},
    {QStringLiteral("user set-pin"), QStringLiteral("user set-pin USERNAME --new-pin-file F"), userSetPin},
    {QStringLiteral("user deactivate"), QStringLiteral("user deactivate USERNAME"), userDeactivate},
    {QStringLiteral("backup"), QStringLiteral("backup FILE"), backup},
    {QStringLiteral("restore"), QStringLiteral("restore FILE"), restore},
    {QStringLiteral("db copy"), QStringLiteral("db copy --from LOCATION --to LOCATION"), dbCopy},
};

} // namespace
} // namespace ocopos::cli
