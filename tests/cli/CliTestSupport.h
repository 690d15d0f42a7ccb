#pragma once
// Running the real ocopos-cli against a temporary store, and checking the
// contract of cli.md: one JSON document, exit codes, the error shape.

#include "TestSupport.h"

#include "services/AuthService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>

namespace ocopos::test {

class CliFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        // Logs and the default database go to the temporary folder, never $HOME.
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        m_env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        m_env.insert(QStringLiteral("OCOPOS_NOW"), QStringLiteral("2026-11-28T09:00:00+07:00"));
    }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("store.db")); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    /// Runs the CLI with the fixture's environment plus `extra` (an empty value
    /// removes a variable).
    CliResult run(const QStringList& args, const std::map<QString, QString>& extra = {}, const QByteArray& input = {})
    {
        QProcessEnvironment env = m_env;
        for (const auto& [k, v] : extra) {
            if (v.isEmpty())
                env.remove(k);
            else
                env.insert(k, v);
        }
        // runCli starts from the system environment: hide what we removed.
        for (const char* k : {"OCOPOS_NOW", "OCOPOS_DB", "OCOPOS_USER", "OCOPOS_PIN"})
            if (!env.contains(QString::fromLatin1(k)))
                env.insert(QString::fromLatin1(k), QString());
        return runCli(args, env, input);
    }
    /// `--db STORE --json --user U ARGS` with the PINs kept off the command line,
    /// where other users could read them, as cli.md advises: P in $OCOPOS_PIN, and
    /// a `--new-pin X` of ARGS passed as `--new-pin-file` (a file holding X).
    CliResult as(const char* user, const char* pin, QStringList args, std::map<QString, QString> extra = {})
    {
        extra.emplace(QStringLiteral("OCOPOS_PIN"), QString::fromLatin1(pin));
        const auto i = args.indexOf(QStringLiteral("--new-pin"));
        if (i >= 0 && i + 1 < args.size()) {
            args[i] = QStringLiteral("--new-pin-file");
            args[i + 1] = pinFile(args[i + 1]);
        }
        return run(QStringList{QStringLiteral("--db"), dbPath(), QStringLiteral("--json"), QStringLiteral("--user"),
                               QString::fromLatin1(user)}
                       + args,
                   extra);
    }
    /// A file holding `pin` on its first line.
    QString pinFile(const QString& pin)
    {
        const QString file = path(QStringLiteral("pin-%1.txt").arg(++m_pinFiles));
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(pin.toUtf8() + "\n");
        return file;
    }
    CliResult admin(const QStringList& args, const std::map<QString, QString>& extra = {})
    {
        return as("admin", "000000", args, extra);
    }

    /// What `init --demo` makes (admin/000000, not asked to change it), made
    /// in-process where PIN hashing is cheap, so that the CLI's logins against it
    /// are cheap too (a hash names its own cost). The `init` command itself is
    /// tested on its own.
    void init()
    {
        db::Database db(dbPath());
        core::FixedClock clock(core::parseIsoTime(QStringLiteral("2026-11-28T08:00:00+07:00"), "now"));
        services::AuthService(services::Context{db, clock, nullptr, services::PinHashCost::minimum()})
            .ensureAdmin(services::InitialAdmin::Training);
    }
    /// Adds a user in-process (cheap hash), as `user add` would.
    void addUser(const char* name, core::Role role, const char* pin, const char* producer = "")
    {
        db::Database db(dbPath());
        core::FixedClock clock(core::parseIsoTime(QStringLiteral("2026-11-28T08:00:00+07:00"), "now"));
        services::Context ctx{db, clock, nullptr, services::PinHashCost::minimum()};
        db::Query q(db, QStringLiteral("SELECT id FROM users WHERE username = 'admin'"));
        services::Session admin;
        admin.userId = q.scalar()->toLongLong();
        admin.username = QStringLiteral("admin");
        admin.role = core::Role::Admin;
        services::AuthService(ctx).addUser(admin, services::NewUser{QString::fromUtf8(name), QString::fromUtf8(name), role,
                                                                    QString::fromUtf8(producer), QString::fromUtf8(pin)});
    }
    /// init, then tests/data/producers.csv and products.csv.
    void initWithCatalog()
    {
        init();
        auto r = admin({QStringLiteral("producer"), QStringLiteral("import"), testData(QStringLiteral("producers.csv"))});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = admin({QStringLiteral("product"), QStringLiteral("import"), testData(QStringLiteral("products.csv"))});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }

    /// Standard output must be exactly one JSON object; returns it.
    static QJsonObject json(const CliResult& r)
    {
        QJsonParseError e{};
        const auto doc = QJsonDocument::fromJson(r.out, &e);
        EXPECT_EQ(e.error, QJsonParseError::NoError)
            << "stdout is not one JSON document: " << e.errorString().toStdString() << "\n" << r.out.toStdString();
        EXPECT_TRUE(doc.isObject()) << r.out.toStdString();
        return doc.object();
    }
    /// A success: exit 0, nothing on stderr, one JSON document.
    static QJsonObject ok(const CliResult& r)
    {
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
        EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
        return json(r);
    }
    /// A failure per cli.md: the exit code, one `error: ...` line on stderr, and
    /// (with --json) {"error":{"code","message","line"}} on stdout. Returns the message.
    static QString expectError(const CliResult& r, int exitCode, const char* code, std::optional<int> line = std::nullopt,
                               bool withJson = true)
    {
        EXPECT_EQ(r.exitCode, exitCode) << r.err.toStdString() << r.out.toStdString();
        const QString err = QString::fromUtf8(r.err);
        EXPECT_TRUE(err.startsWith(QStringLiteral("error: "))) << err.toStdString();
        EXPECT_TRUE(err.endsWith(QLatin1Char('\n')));
        EXPECT_EQ(err.count(QLatin1Char('\n')), 1) << "one line on stderr: " << err.toStdString();
        if (!withJson) {
            EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
            return err;
        }
        const QJsonObject e = json(r).value(QStringLiteral("error")).toObject();
        EXPECT_EQ(e.value(QStringLiteral("code")).toString(), QString::fromLatin1(code)) << r.out.toStdString();
        EXPECT_TRUE(e.value(QStringLiteral("message")).isString());
        EXPECT_FALSE(e.value(QStringLiteral("message")).toString().isEmpty());
        EXPECT_TRUE(e.contains(QStringLiteral("line")));
        if (line)
            EXPECT_EQ(e.value(QStringLiteral("line")).toInt(-1), *line) << r.out.toStdString();
        else
            EXPECT_TRUE(e.value(QStringLiteral("line")).isNull()) << r.out.toStdString();
        EXPECT_EQ(QStringLiteral("error: ") + e.value(QStringLiteral("message")).toString() + QLatin1Char('\n'), err);
        return e.value(QStringLiteral("message")).toString();
    }

    static QByteArray bytes(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    int m_pinFiles = 0;
};

} // namespace ocopos::test
