// ocopos-cli as a whole: global options, environment, exit codes and the error
// shape, one JSON document, refusal of newer files, no GUI libraries.
#include "CliTestSupport.h"

#include "db/Database.h"

#include <QDirIterator>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace ocopos;
using namespace ocopos::test;

namespace {

class CliGlobal : public CliFixture {};

TEST_F(CliGlobal, TheBinaryLinksNoQtGuiOrWidgets)
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {qEnvironmentVariable("OCOPOS_CLI")});
    ASSERT_TRUE(ldd.waitForFinished(30000));
    const QString out = QString::fromUtf8(ldd.readAllStandardOutput());
    ASSERT_TRUE(out.contains(QStringLiteral("libQt6Core"))) << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("libQt6Gui"))) << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("libQt6Widgets"))) << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("libQt6OpenGL"))) << out.toStdString();
}

TEST_F(CliGlobal, InitCreatesAMigratedStoreWithAdmin000000)
{
    const auto r = run({QStringLiteral("--db"), dbPath(), QStringLiteral("--json"), QStringLiteral("init")});
    const auto o = ok(r);
    EXPECT_EQ(o.value(QStringLiteral("schema_version")).toInt(), db::Database::latestVersion());
    EXPECT_EQ(o.value(QStringLiteral("database")).toString(), dbPath());
    EXPECT_TRUE(QFile::exists(dbPath()));
    // 000000 is in the documentation: every command is refused until admin sets
    // a new PIN, and the message says how.
    for (const QStringList& command : {QStringList{QStringLiteral("user"), QStringLiteral("list")},
                                       QStringList{QStringLiteral("product"), QStringLiteral("list")},
                                       QStringList{QStringLiteral("user"), QStringLiteral("set-pin"), QStringLiteral("quanly"),
                                                   QStringLiteral("--new-pin"), QStringLiteral("4444")}}) {
        const QString m = expectError(admin(command), 6, "auth");
        EXPECT_TRUE(m.contains(QStringLiteral("ocopos-cli --user admin user set-pin admin --new-pin-file F"))) << m.toStdString();
    }
    expectError(admin({QStringLiteral("user"), QStringLiteral("set-pin"), QStringLiteral("admin"), QStringLiteral("--new-pin"),
                       QStringLiteral("000000")}),
                3, "invalid");
    ok(admin({QStringLiteral("user"), QStringLiteral("set-pin"), QStringLiteral("admin"), QStringLiteral("--new-pin"),
              QStringLiteral("482913")}));
    expectError(admin({QStringLiteral("user"), QStringLiteral("list")}), 6, "auth");  // the old PIN is gone
    const auto users =
        ok(as("admin", "482913", {QStringLiteral("user"), QStringLiteral("list")})).value(QStringLiteral("users")).toArray();
    ASSERT_EQ(users.size(), 1);
    EXPECT_EQ(users[0].toObject().value(QStringLiteral("username")).toString(), QStringLiteral("admin"));
    EXPECT_EQ(users[0].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    // init again: nothing changes, still fine.
    ok(run({QStringLiteral("--db"), dbPath(), QStringLiteral("--json"), QStringLiteral("init")}));
    EXPECT_EQ(ok(as("admin", "482913", {QStringLiteral("user"), QStringLiteral("list")})).value(QStringLiteral("users")).toArray().size(),
              1);
}

TEST_F(CliGlobal, TheDatabaseComesFromDbThenEnvironmentThenTheDataFolder)
{
    const QString fromEnv = path(QStringLiteral("env.db"));
    ok(run({QStringLiteral("--json"), QStringLiteral("init")}, {{QStringLiteral("OCOPOS_DB"), fromEnv}}));
    EXPECT_TRUE(QFile::exists(fromEnv));
    ok(run({QStringLiteral("--db"), dbPath(), QStringLiteral("--json"), QStringLiteral("init")},
           {{QStringLiteral("OCOPOS_DB"), fromEnv}}));
    EXPECT_TRUE(QFile::exists(dbPath()));
    ok(run({QStringLiteral("--db=") + path(QStringLiteral("eq.db")), QStringLiteral("--json"), QStringLiteral("init")}));
    EXPECT_TRUE(QFile::exists(path(QStringLiteral("eq.db"))));
    // Neither: ocopos.db in the data folder ($XDG_DATA_HOME here).
    const auto o = ok(run({QStringLiteral("--json"), QStringLiteral("init")}));
    const QString where = o.value(QStringLiteral("database")).toString();
    EXPECT_TRUE(where.startsWith(path(QStringLiteral("xdg")))) << where.toStdString();
    EXPECT_TRUE(where.endsWith(QStringLiteral("/ocopos.db"))) << where.toStdString();
    EXPECT_TRUE(QFile::exists(where));
}

TEST_F(CliGlobal, UserAndPinComeFromOptionsOrEnvironment)
{
    init();
    const QStringList list{QStringLiteral("--db"), dbPath(), QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list")};
    expectError(run(list), 6, "auth");  // no user at all
    const std::map<QString, QString> fromEnv{{QStringLiteral("OCOPOS_USER"), QStringLiteral("admin")},
                                             {QStringLiteral("OCOPOS_PIN"), QStringLiteral("000000")}};
    ok(run(list, fromEnv));
    // Options win over the environment. A PIN file gives its first line, trimmed.
    expectError(run(QStringList{QStringLiteral("--pin-file"), pinFile(QStringLiteral(" 111111 "))} + list, fromEnv), 6, "auth");
    ok(run(QStringList{QStringLiteral("--user=admin"), QStringLiteral("--pin-file=") + pinFile(QStringLiteral("000000\nrest"))} + list));
    expectError(run(QStringList{QStringLiteral("--user=admin"), QStringLiteral("--pin-file"), path(QStringLiteral("none.txt"))} + list),
                3, "invalid");
    // --pin on the command line still works (scripts rely on it) but warns: other
    // users of the machine can read a process's arguments.
    const QString warning = QStringLiteral("warning: --pin on the command line is visible to other users of this machine; "
                                           "use $OCOPOS_PIN or --pin-file\n");
    auto r = run(QStringList{QStringLiteral("--user=admin"), QStringLiteral("--pin=000000")} + list);
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(QString::fromUtf8(r.err), warning);
    json(r);
    r = run(QStringList{QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--pin"), QStringLiteral("111111")} + list,
            fromEnv);
    EXPECT_EQ(r.exitCode, 6);
    EXPECT_TRUE(QString::fromUtf8(r.err).startsWith(warning + QStringLiteral("error: "))) << r.err.toStdString();
    // The same for a new PIN.
    r = run(QStringList{QStringLiteral("--json"), QStringLiteral("--db"), dbPath(), QStringLiteral("user"), QStringLiteral("set-pin"),
                        QStringLiteral("admin"), QStringLiteral("--new-pin"), QStringLiteral("000000")},
            fromEnv);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(r.err), QStringLiteral("warning: --new-pin on the command line is visible to other users of this "
                                                       "machine; use --new-pin-file\n"));
}

TEST_F(CliGlobal, OcoposNowIsTheClock)
{
    initWithCatalog();
    ok(admin({QStringLiteral("price"), QStringLiteral("schedule"), testData(QStringLiteral("prices-2027.csv"))}));
    const QStringList show{QStringLiteral("product"), QStringLiteral("show"), QStringLiteral("NMCR-500")};
    EXPECT_EQ(ok(admin(show)).value(QStringLiteral("vat")).toString(), QStringLiteral("8"));
    // A time without an offset is store time (UTC+07:00): one second before midnight...
    EXPECT_EQ(ok(admin(show, {{QStringLiteral("OCOPOS_NOW"), QStringLiteral("2026-12-31T23:59:59")}})).value(QStringLiteral("vat")).toString(),
              QStringLiteral("8"));
    // ...and on New Year's Day 2027 (store time) the scheduled VAT applies by itself.
    const auto o = ok(admin(show, {{QStringLiteral("OCOPOS_NOW"), QStringLiteral("2026-12-31T17:00:00Z")}}));
    EXPECT_EQ(o.value(QStringLiteral("vat")).toString(), QStringLiteral("10"));
    // Times written are the clock's, with the store's offset.
    const auto history = ok(admin({QStringLiteral("price"), QStringLiteral("list"), QStringLiteral("--code"), QStringLiteral("NMCR-500")},
                                  {{QStringLiteral("OCOPOS_NOW"), QStringLiteral("2027-01-02T10:00:00+07:00")}}))
                             .value(QStringLiteral("history")).toArray();
    ASSERT_FALSE(history.isEmpty());
    EXPECT_EQ(history[0].toObject().value(QStringLiteral("at")).toString(), QStringLiteral("2027-01-01T00:00:00+07:00"));
    EXPECT_EQ(history[0].toObject().value(QStringLiteral("source")).toString(), QStringLiteral("schedule"));
    // A bad clock is bad input.
    expectError(admin(show, {{QStringLiteral("OCOPOS_NOW"), QStringLiteral("yesterday")}}), 3, "invalid");
}

TEST_F(CliGlobal, UsageErrorsExitTwo)
{
    init();
    expectError(run({QStringLiteral("--json")}), 2, "usage");
    expectError(run({QStringLiteral("--json"), QStringLiteral("--db"), dbPath(), QStringLiteral("frobnicate")}), 2, "usage");
    expectError(run({QStringLiteral("--json"), QStringLiteral("--bogus"), QStringLiteral("init")}), 2, "usage");
    expectError(run({QStringLiteral("--json"), QStringLiteral("--db")}), 2, "usage");
    expectError(admin({QStringLiteral("product"), QStringLiteral("show")}), 2, "usage");
    expectError(admin({QStringLiteral("product"), QStringLiteral("list"), QStringLiteral("--colour"), QStringLiteral("red")}), 2, "usage");
    expectError(admin({QStringLiteral("init"), QStringLiteral("extra")}), 2, "usage");
    expectError(admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--name"), QStringLiteral("X"),
                       QStringLiteral("--role"), QStringLiteral("boss"), QStringLiteral("--new-pin"), QStringLiteral("1234")}),
                2, "usage");
    expectError(admin({QStringLiteral("product"), QStringLiteral("list"), QStringLiteral("--query")}), 2, "usage");
    // Without --json: the one stderr line, nothing on stdout.
    expectError(run({QStringLiteral("frobnicate")}), 2, "usage", std::nullopt, false);
    const auto help = run({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("product import"));
}

TEST_F(CliGlobal, EveryErrorKindHasItsExitCodeAndShape)
{
    initWithCatalog();
    // 3: bad input, with the file's line.
    const QString invalid = expectError(admin({QStringLiteral("product"), QStringLiteral("import"),
                                               testData(QStringLiteral("products-bad.csv"))}),
                                        3, "invalid", 4);
    EXPECT_TRUE(invalid.contains(QStringLiteral("line 4, field price:"))) << invalid.toStdString();
    expectError(admin({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("till"), QStringLiteral("q 1")}), 3, "invalid");
    expectError(admin({QStringLiteral("product"), QStringLiteral("import"), path(QStringLiteral("missing.csv"))}), 3, "invalid");
    // 4: not found.
    expectError(admin({QStringLiteral("product"), QStringLiteral("show"), QStringLiteral("NOPE")}), 4, "not_found");
    expectError(admin({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("colour")}), 4, "not_found");
    expectError(admin({QStringLiteral("user"), QStringLiteral("set-pin"), QStringLiteral("ghost"), QStringLiteral("--new-pin"),
                       QStringLiteral("1234")}),
                4, "not_found");
    // 5: conflict.
    expectError(admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"), QStringLiteral("--name"),
                       QStringLiteral("Again"), QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--new-pin"),
                       QStringLiteral("1234")}),
                5, "conflict");
    expectError(run({QStringLiteral("--db"), dbPath(), QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--demo")}), 5,
                "conflict");
    // 6: auth.
    expectError(as("admin", "999999", {QStringLiteral("product"), QStringLiteral("list")}), 6, "auth");
    expectError(as("nobody", "000000", {QStringLiteral("product"), QStringLiteral("list")}), 6, "auth");
}

TEST_F(CliGlobal, AFileThatIsNotAStoreIsInvalidInputAndStaysUntouched)
{
    init();
    const QByteArray store = bytes(dbPath());
    QFile junk(path(QStringLiteral("junk.db")));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    QFile cut(path(QStringLiteral("truncated.db")));
    ASSERT_TRUE(cut.open(QIODevice::WriteOnly));
    cut.write(store.left(store.size() / 2));
    cut.close();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        raw.setDatabaseName(path(QStringLiteral("other.db")));
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    for (const char* name : {"junk.db", "truncated.db", "other.db"}) {
        const QString file = path(QString::fromLatin1(name));
        const QByteArray before = bytes(file);
        for (const QStringList& words : {QStringList{QStringLiteral("init")},
                                         QStringList{QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--pin-file"),
                                                     pinFile(QStringLiteral("000000")), QStringLiteral("product"), QStringLiteral("list")}}) {
            const QString message = expectError(run(QStringList{QStringLiteral("--db"), file, QStringLiteral("--json")} + words), 3,
                                                "invalid");
            EXPECT_TRUE(message.contains(file)) << message.toStdString();
            EXPECT_TRUE(message.contains(QStringLiteral("not an OCOPOS database"))) << message.toStdString();
        }
        EXPECT_EQ(bytes(file), before) << name;
        EXPECT_FALSE(QFile::exists(file + QStringLiteral("-wal"))) << name;
    }
}

TEST_F(CliGlobal, ANewerDatabaseIsRefusedUntouched)
{
    init();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        raw.setDatabaseName(dbPath());
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(db::Database::latestVersion() + 1)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    const QByteArray before = bytes(dbPath());
    const auto mtime = QFileInfo(dbPath()).lastModified();
    const QString message = expectError(admin({QStringLiteral("product"), QStringLiteral("list")}), 5, "conflict");
    EXPECT_TRUE(message.contains(QStringLiteral("newer"))) << message.toStdString();
    expectError(run({QStringLiteral("--db"), dbPath(), QStringLiteral("--json"), QStringLiteral("init")}), 5, "conflict");
    EXPECT_EQ(bytes(dbPath()), before);
    EXPECT_EQ(QFileInfo(dbPath()).lastModified(), mtime);
    EXPECT_FALSE(QFile::exists(dbPath() + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(dbPath() + QStringLiteral("-shm")));
}

TEST_F(CliGlobal, HumanOutputIsATable)
{
    initWithCatalog();
    const auto r = run({QStringLiteral("--db"), dbPath(), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("product"),
                        QStringLiteral("list")},
                       {{QStringLiteral("OCOPOS_PIN"), QStringLiteral("000000")}});
    EXPECT_EQ(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    EXPECT_TRUE(out.startsWith(QStringLiteral("sku"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Nước mắm Cái Rồng 35 độ đạm")));
    EXPECT_TRUE(out.contains(QStringLiteral("120.000\u00A0₫")));
    EXPECT_TRUE(r.err.isEmpty());
}

} // namespace

TEST_F(CliGlobal, TheJsonErrorAddsTheSpecificReasonToTheContract)
{
    initWithCatalog();
    const auto reason = [](const CliResult& r) {
        return json(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("reason")).toString();
    };
    const auto wrong = as("admin", "999999", {QStringLiteral("product"), QStringLiteral("list")});
    expectError(wrong, 6, "auth");
    EXPECT_EQ(reason(wrong), QStringLiteral("auth.wrong_pin"));
    // The contract's fields are all there; "reason" is the only addition.
    QStringList keys = json(wrong).value(QStringLiteral("error")).toObject().keys();
    keys.sort();
    EXPECT_EQ(keys, (QStringList{QStringLiteral("code"), QStringLiteral("line"), QStringLiteral("message"), QStringLiteral("reason")}));

    const auto unknown = admin({QStringLiteral("product"), QStringLiteral("show"), QStringLiteral("NOPE")});
    expectError(unknown, 4, "not_found");
    EXPECT_EQ(reason(unknown), QStringLiteral("product.unknown_code"));

    const auto noShift = admin({QStringLiteral("shift"), QStringLiteral("close"), QStringLiteral("--counted"), QStringLiteral("0")});
    expectError(noShift, 5, "conflict");
    EXPECT_EQ(reason(noShift), QStringLiteral("shift.not_open"));

    const auto usage = run({QStringLiteral("--json"), QStringLiteral("--db"), dbPath(), QStringLiteral("frobnicate")});
    expectError(usage, 2, "usage");
    EXPECT_EQ(reason(usage), QStringLiteral("usage"));

    // An error without a specific code has its kind's.
    const auto exists = admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"), QStringLiteral("--name"),
                               QStringLiteral("Again"), QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--new-pin"),
                               QStringLiteral("1234")});
    expectError(exists, 5, "conflict");
    EXPECT_EQ(reason(exists), QStringLiteral("conflict"));

    // Each problem of a bad file names its reason too.
    const auto bad = admin({QStringLiteral("product"), QStringLiteral("import"), testData(QStringLiteral("products-bad.csv"))});
    expectError(bad, 3, "invalid", 4);
    const QJsonArray problems = json(bad).value(QStringLiteral("error")).toObject().value(QStringLiteral("problems")).toArray();
    ASSERT_FALSE(problems.isEmpty());
    for (const auto& p : problems)
        EXPECT_FALSE(p.toObject().value(QStringLiteral("reason")).toString().isEmpty());

    // Five wrong PINs lock the user: the reason says so (the minutes are in the message).
    for (int i = 0; i < 5; ++i)
        as("admin", "999999", {QStringLiteral("product"), QStringLiteral("list")});
    const auto locked = as("admin", "000000", {QStringLiteral("product"), QStringLiteral("list")});
    expectError(locked, 6, "auth");
    EXPECT_EQ(reason(locked), QStringLiteral("auth.locked"));
}
