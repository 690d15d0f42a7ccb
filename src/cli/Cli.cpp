#include "Cli.h"

#include "core/ErrorCodes.h"

#include "PinInput.h"

#include "services/AuthService.h"
#include "services/PriceService.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace ocopos::cli {

std::optional<QString> Args::option(const QString& name)
{
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        if (m_words[i] == name) {
            if (i + 1 >= m_words.size())
                throw UsageError(name.toStdString() + " needs a value");
            QString v = m_words[i + 1];
            m_words.remove(i, 2);
            return v;
        }
        if (m_words[i].startsWith(name + QLatin1Char('='))) {
            QString v = m_words[i].mid(name.size() + 1);
            m_words.remove(i);
            return v;
        }
    }
    return std::nullopt;
}

QString Args::required(const QString& name)
{
    auto v = option(name);
    if (!v)
        throw UsageError(name.toStdString() + " is required");
    return *v;
}

bool Args::flag(const QString& name)
{
    const auto i = m_words.indexOf(name);
    if (i < 0)
        return false;
    m_words.remove(i);
    return true;
}

QString Args::positional(const QString& what)
{
    auto v = optionalPositional();
    if (!v)
        throw UsageError(what.toStdString() + " is missing");
    return *v;
}

std::optional<QString> Args::optionalPositional()
{
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        if (!m_words[i].startsWith(QLatin1String("--")) || m_words[i] == QLatin1String("-")) {
            QString v = m_words[i];
            m_words.remove(i);
            return v;
        }
    }
    return std::nullopt;
}

void Args::finish()
{
    if (!m_words.isEmpty())
        throw UsageError("unexpected argument '" + m_words.front().toStdString() + "'");
}

QString Table::render() const
{
    std::vector<qsizetype> widths(static_cast<std::size_t>(header.size()), 0);
    const auto measure = [&](const QStringList& row) {
        for (qsizetype c = 0; c < row.size() && c < header.size(); ++c)
            widths[static_cast<std::size_t>(c)] = std::max(widths[static_cast<std::size_t>(c)], row[c].size());
    };
    measure(header);
    for (const auto& r : rows)
        measure(r);
    QString out;
    const auto line = [&](const QStringList& row) {
        QStringList cells;
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QString v = row.value(c);
            const auto w = widths[static_cast<std::size_t>(c)];
            cells << (right.count(static_cast<int>(c)) ? v.rightJustified(w) : v.leftJustified(w));
        }
        QString text = cells.join(QStringLiteral("  "));
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);  // trailing blanks only: a leading blank keeps a right-aligned column aligned
        out += text + QLatin1Char('\n');
    };
    line(header);
    QStringList rule;
    for (auto w : widths)
        rule << QString(w, QLatin1Char('-'));
    line(rule);
    for (const auto& r : rows)
        line(r);
    return out;
}

db::Database& Cli::db()
{
    if (!m_db) {
        m_db = std::make_unique<db::Database>(dbPath);
        // Scheduled price and VAT changes apply by themselves once their day comes.
        services::PriceService(ctx()).applyDueChanges();
    }
    return *m_db;
}

void Cli::closeDb() { m_db.reset(); }

services::Context Cli::ctx()
{
    services::Context c{db(), *clock};
    c.till = till;
    return c;
}

const services::Session& Cli::session(bool changingOwnPin)
{
    if (!m_session) {
        if (user && !pin)
            pin = promptSecret(QStringLiteral("PIN for %1: ").arg(*user));
        if (!user || !pin)
            throw AuthError("this command needs a user: give --user NAME and the PIN in $OCOPOS_PIN or --pin-file FILE "
                            "(or $OCOPOS_USER)");
        m_session = services::AuthService(ctx()).login(*user, *pin);
    }
    if (m_session->mustChangePin && !changingOwnPin)
        throw AuthError(codes::authPinMustChange,
                        "the PIN of " + m_session->username.toStdString()
                            + " is the initial one and must be changed first: ocopos-cli --user "
                            + m_session->username.toStdString() + " user set-pin " + m_session->username.toStdString()
                            + " --new-pin-file F",
                        {{"user", m_session->username.toStdString()}});
    return *m_session;
}

void Cli::output(const QJsonObject& obj, const QString& text)
{
    const QByteArray bytes = json ? QJsonDocument(obj).toJson(QJsonDocument::Indented) : text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void Cli::output(const QJsonObject& obj, const Table& table) { output(obj, table.render()); }

std::vector<Command>& registry()
{
    static std::vector<Command> r;
    return r;
}

Register::Register(std::initializer_list<Command> commands)
{
    for (const auto& c : commands)
        registry().push_back(c);
}

QByteArray readInputFile(const QString& path)
{
    QFile f;
    if (path == QLatin1String("-")) {
        if (!f.open(stdin, QIODevice::ReadOnly))
            throw ValidationError("file", "cannot read standard input");
    } else {
        f.setFileName(path);
        if (!f.open(QIODevice::ReadOnly))
            throw ValidationError("file", "cannot read " + path.toStdString() + ": " + f.errorString().toStdString());
    }
    return f.readAll();
}

QJsonValue jsonText(const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }
QString qty(core::Quantity q) { return QString::fromStdString(core::formatQuantity(q)); }
QString money(core::Money m) { return QString::fromStdString(core::formatVnd(m)); }

} // namespace ocopos::cli
