#include "PrinterAddress.h"

#include "Errors.h"

#include <QRegularExpression>
#include <QUrl>

namespace ocopos::core {

namespace {
std::string s(const QString& q)
{
    return q.toStdString();
}
} // namespace

PrinterAddress PrinterAddress::parse(const QString& raw)
{
    const QString uri = raw.trimmed();
    PrinterAddress a;
    a.uri = uri;
    const auto bad = [&](const std::string& why) {
        return ValidationError(
            "printer", "'" + s(uri) + "' " + why + " (give tcp://HOST:PORT, file:/dev/usb/lp0 or cups:QUEUE)");
    };
    if (uri.startsWith(QLatin1String("tcp://"))) {
        a.kind = Kind::Tcp;
        const QUrl url(uri, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            throw bad("has no host");
        if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
            throw bad("has a path; a network printer is only HOST:PORT");
        const int port = url.port(9100);
        if (port < 1 || port > 65535)
            throw bad("has no valid port");
        a.host = url.host();
        a.port = static_cast<quint16>(port);
        return a;
    }
    if (uri.startsWith(QLatin1String("file:"))) {
        a.kind = Kind::File;
        a.path = uri.mid(5);
        if (a.path.startsWith(QLatin1String("//")))
            a.path = a.path.mid(2); // file:///dev/usb/lp0
        if (a.path.isEmpty())
            throw bad("has no path");
        return a;
    }
    if (uri.startsWith(QLatin1String("cups:"))) {
        a.kind = Kind::Cups;
        a.queue = uri.mid(5);
        static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.@-]{1,127}$"));
        if (!name.match(a.queue).hasMatch())
            throw bad("is not a CUPS queue name (letters, digits, _ . @ -)");
        return a;
    }
    throw bad("is not a printer address");
}

} // namespace ocopos::core
