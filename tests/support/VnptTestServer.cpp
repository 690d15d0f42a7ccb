#include "VnptTestServer.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <stdexcept>

namespace ocopos::test {

namespace {

QByteArray soapAnswer(const QString& method, const QString& result)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    const QString soap = QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/");
    w.writeStartDocument();
    w.writeNamespace(soap, QStringLiteral("soap"));
    w.writeStartElement(soap, QStringLiteral("Envelope"));
    w.writeStartElement(soap, QStringLiteral("Body"));
    w.writeStartElement(method + QStringLiteral("Response"));
    w.writeDefaultNamespace(QStringLiteral("http://tempuri.org/"));
    w.writeTextElement(method + QStringLiteral("Result"), result);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QByteArray http(int status, const QByteArray& body)
{
    const QByteArray reason = status == 200 ? "OK" : "Service Unavailable";
    return "HTTP/1.1 " + QByteArray::number(status) + " " + reason
        + "\r\nContent-Type: text/xml; charset=utf-8\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

VnptTestServer::VnptTestServer()
    : m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &VnptTestServer::onConnection);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        throw std::runtime_error("VnptTestServer: cannot listen on 127.0.0.1");
    m_port = m_server->serverPort();
}

VnptTestServer::~VnptTestServer() = default;

QString VnptTestServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void VnptTestServer::setAccount(const QString& account, const QString& password)
{
    m_account = account;
    m_password = password;
}

void VnptTestServer::setMode(Mode m)
{
    m_mode = m;
    if (m == Mode::Down && m_server->isListening()) {
        m_server->close();
    } else if (m != Mode::Down && !m_server->isListening()) {
        if (!m_server->listen(QHostAddress::LocalHost, m_port))
            throw std::runtime_error("VnptTestServer: cannot listen again on its port");
    }
}

void VnptTestServer::onConnection()
{
    while (QTcpSocket* s = m_server->nextPendingConnection()) {
        s->setParent(this);
        connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
        connect(s, &QTcpSocket::disconnected, this, [this, s] {
            m_buffers.erase(s);
            s->deleteLater();
        });
    }
}

void VnptTestServer::onData(QTcpSocket* s)
{
    QByteArray& buf = m_buffers[s];
    buf += s->readAll();
    const qsizetype headerEnd = buf.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    qsizetype length = 0;
    for (const QByteArray& line : buf.left(headerEnd).split('\n')) {
        const QByteArray l = line.trimmed();
        if (l.toLower().startsWith("content-length:"))
            length = l.mid(15).trimmed().toLongLong();
    }
    if (buf.size() < headerEnd + 4 + length)
        return;
    const QByteArray body = buf.mid(headerEnd + 4, length);
    buf.clear();
    if (m_mode == Mode::Silent)
        return; // the client's timeout ends it
    if (m_mode == Mode::Busy) {
        s->write(http(503, "busy"));
        s->disconnectFromHost();
        return;
    }
    bool drop = false;
    const QByteArray answer = handle(body, &drop);
    if (drop) {
        s->abort();
        return;
    }
    s->write(http(200, answer));
    s->disconnectFromHost();
}

QByteArray VnptTestServer::handle(const QByteArray& body, bool* drop)
{
    QXmlStreamReader r(body);
    QString method;
    std::map<QString, QString> args;
    int depth = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            ++depth;
            if (depth == 3) {
                method = r.name().toString();
            } else if (depth == 4) {
                args[r.name().toString()] = r.readElementText();
                --depth;
            }
        } else if (r.isEndElement()) {
            --depth;
        }
    }
    if (method == QLatin1String("ImportAndPublishInvMTT")) {
        const QByteArray answer = publish(args);
        *drop = m_mode == Mode::LoseAnswer;
        return soapAnswer(method, QString::fromUtf8(answer));
    }
    if (method == QLatin1String("GetMCCQThueByFkeys"))
        return soapAnswer(method, QString::fromUtf8(lookup(args)));
    return soapAnswer(method, QStringLiteral("ERR:2"));
}

QByteArray VnptTestServer::publish(const std::map<QString, QString>& args)
{
    ++m_publishCalls;
    const auto arg = [&](const char* k) {
        const auto it = args.find(QLatin1String(k));
        return it == args.end() ? QString() : it->second;
    };
    if (arg("Account") != m_account || arg("ACpass") != m_password)
        return "ERR:1";
    const QString pattern = arg("pattern");
    const QString serial = arg("serial");
    m_lastBatch = arg("xmlInvData").toUtf8();
    struct Item {
        QString key, number, form, series;
    };
    std::vector<Item> items;
    QXmlStreamReader r(m_lastBatch);
    Item cur;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        const auto name = r.name();
        if (name == QLatin1String("HDon"))
            cur = {};
        else if (name == QLatin1String("key"))
            cur.key = r.readElementText();
        else if (name == QLatin1String("KHMSHDon"))
            cur.form = r.readElementText();
        else if (name == QLatin1String("KHHDon"))
            cur.series = r.readElementText();
        else if (name == QLatin1String("SHDon")) {
            cur.number = r.readElementText();
            items.push_back(cur);
        }
    }
    if (r.hasError() || items.empty())
        return "ERR:3";
    m_largestBatch = std::max(m_largestBatch, static_cast<int>(items.size()));
    for (const auto& i : items) {
        if (i.form != pattern || i.series != serial)
            return "ERR:20";
        if (m_codes.count(i.key) || m_codeLater.count(i.key))
            return "ERR:13";
        if (m_reject.count(i.key))
            return "ERR:3";
    }
    QByteArray out = "OK:" + pattern.toUtf8() + ";" + serial.toUtf8() + "-";
    bool first = true;
    for (const auto& i : items) {
        QString code = QStringLiteral("M%1-%2-41849-%3")
                           .arg(pattern, serial.mid(1, 2))
                           .arg(++m_serial, 11, 10, QLatin1Char('0'));
        m_numbers[i.key] = i.number;
        if (m_mode == Mode::CodeLater) {
            m_codeLater.insert(i.key);
            m_codes.erase(i.key);
            code.clear();
        } else {
            m_codes[i.key] = code;
        }
        if (!first)
            out += ",";
        first = false;
        out += i.key.toUtf8() + "_" + i.number.toUtf8() + "_" + code.toUtf8();
    }
    return out;
}

QByteArray VnptTestServer::lookup(const std::map<QString, QString>& args)
{
    ++m_lookupCalls;
    const auto it = args.find(QStringLiteral("fkeys"));
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("DSHDon"));
    for (const QString& key : (it == args.end() ? QString() : it->second).split(QLatin1Char('_'), Qt::SkipEmptyParts)) {
        if (m_codeLater.count(key) && m_mode != Mode::CodeLater) {
            // The authority has answered since: the code exists now.
            m_codeLater.erase(key);
            m_codes[key] = QStringLiteral("M1-26-41849-%1").arg(++m_serial, 11, 10, QLatin1Char('0'));
        }
        const bool known = m_codes.count(key) || m_codeLater.count(key);
        if (!known)
            continue;
        w.writeStartElement(QStringLiteral("HDon"));
        w.writeTextElement(QStringLiteral("key"), key);
        w.writeTextElement(QStringLiteral("SHDon"), m_numbers[key]);
        w.writeTextElement(QStringLiteral("MCCQThue"), m_codes.count(key) ? m_codes[key] : QString());
        w.writeTextElement(QStringLiteral("TThai"), m_codes.count(key) ? QStringLiteral("2") : QStringLiteral("1"));
        w.writeTextElement(QStringLiteral("MTLoi"), QString());
        w.writeEndElement();
    }
    w.writeEndElement();
    return out;
}

} // namespace ocopos::test
