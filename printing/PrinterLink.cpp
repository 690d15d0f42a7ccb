#include "PrinterLink.h"

#include "core/ErrorCodes.h"

#include <QFile>
#include <QProcess>
#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ocopos::printing {

namespace {

std::string s(const QString& q)
{
    return q.toStdString();
}

Error printerError(ErrorCode code, const PrinterAddress& a, const std::string& what, ErrorArgs extra = {})
{
    ErrorArgs args { { "printer", s(a.uri) } };
    args.insert(args.end(), extra.begin(), extra.end());
    return Error(code, "printer " + s(a.uri) + ": " + what, std::move(args));
}

/// A socket closed on every path out.
struct Fd {
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

using Clock = std::chrono::steady_clock;

int msLeft(Clock::time_point deadline)
{
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return left < 0 ? 0 : static_cast<int>(left);
}

} // namespace

PrinterLink::PrinterLink(PrinterAddress address, PrinterTimeouts timeouts)
    : m_address(std::move(address))
    , m_timeouts(timeouts)
{
}

PrintOutcome PrinterLink::send(const QByteArray& job) const
{
    switch (m_address.kind) {
    case PrinterAddress::Kind::Tcp:
        return sendTcp(job, false);
    case PrinterAddress::Kind::File:
        return sendFile(job);
    case PrinterAddress::Kind::Cups:
        return sendCups(job);
    }
    return {};
}

std::optional<escpos::Status> PrinterLink::status() const
{
    if (m_address.kind != PrinterAddress::Kind::Tcp)
        return std::nullopt;
    return sendTcp({}, true).status;
}

PrintOutcome PrinterLink::sendTcp(const QByteArray& job, bool statusOnly) const
{
    const PrinterAddress& a = m_address;
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    const QByteArray host = a.host.toUtf8();
    const QByteArray port = QByteArray::number(a.port);
    if (::getaddrinfo(host.constData(), port.constData(), &hints, &found) != 0 || !found)
        throw printerError(codes::printerOffline, a, "the address " + s(a.host) + " is unknown");
    Fd sock;
    int err = 0;
    const auto connectDeadline = Clock::now() + std::chrono::milliseconds(m_timeouts.connect);
    for (addrinfo* ai = found; ai; ai = ai->ai_next) {
        sock.fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, ai->ai_protocol);
        if (sock.fd < 0)
            continue;
        err = 0;
        if (::connect(sock.fd, ai->ai_addr, ai->ai_addrlen) != 0) {
            err = errno;
            if (err == EINPROGRESS) {
                pollfd p { sock.fd, POLLOUT, 0 };
                const int r = ::poll(&p, 1, msLeft(connectDeadline));
                socklen_t len = sizeof err;
                if (r <= 0)
                    err = ETIMEDOUT;
                else if (::getsockopt(sock.fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0)
                    err = errno;
            }
        }
        if (err == 0)
            break;
        ::close(sock.fd);
        sock.fd = -1;
    }
    ::freeaddrinfo(found);
    if (sock.fd < 0) {
        if (err == ECONNREFUSED)
            throw printerError(
                codes::printerRefused, a, "refused the connection (is it on, and is this its address and port?)");
        if (err == ETIMEDOUT)
            throw printerError(codes::printerOffline, a,
                "did not answer within " + std::to_string(m_timeouts.connect / 1000.0).substr(0, 3) + " s");
        throw printerError(codes::printerOffline, a, std::string("cannot be reached: ") + std::strerror(err));
    }

    const auto writeAll = [&](const char* data, qsizetype size) {
        qsizetype done = 0;
        while (done < size) {
            pollfd p { sock.fd, POLLOUT, 0 };
            const int r = ::poll(&p, 1, m_timeouts.write);
            if (r == 0)
                throw printerError(codes::printerOffline, a,
                    "stopped taking data after " + std::to_string(done) + " of " + std::to_string(size)
                        + " bytes (paper out or jammed?)");
            const ssize_t n = ::send(sock.fd, data + done, static_cast<std::size_t>(size - done), MSG_NOSIGNAL);
            if (n < 0) {
                if (errno == EAGAIN || errno == EINTR)
                    continue;
                throw printerError(codes::printerClosed, a,
                    "closed the connection after " + std::to_string(done) + " of " + std::to_string(size)
                        + " bytes: part of the document may have printed");
            }
            done += n;
        }
    };
    // Reads up to `count` status answers; fewer when the printer stays silent. A
    // closed connection throws printer.closed when `closedIsError`.
    const auto readAnswers = [&](int count, bool closedIsError) {
        std::vector<std::uint8_t> out;
        const auto deadline = Clock::now() + std::chrono::milliseconds(m_timeouts.status);
        while (static_cast<int>(out.size()) < count) {
            pollfd p { sock.fd, POLLIN, 0 };
            if (::poll(&p, 1, msLeft(deadline)) <= 0)
                break;
            unsigned char buf[64];
            const ssize_t n = ::recv(sock.fd, buf, sizeof buf, 0);
            if (n < 0 && (errno == EAGAIN || errno == EINTR))
                continue;
            if (n <= 0) {
                if (closedIsError)
                    throw printerError(codes::printerClosed, a,
                        "closed the connection before it had taken the whole job: part of the document may have "
                        "printed");
                break;
            }
            for (ssize_t i = 0; i < n; ++i)
                if (escpos::isStatusByte(buf[i]))
                    out.push_back(buf[i]);
        }
        return out;
    };

    PrintOutcome outcome;
    const QByteArray ask
        = escpos::statusRequest(escpos::StatusKind::Printer) + escpos::statusRequest(escpos::StatusKind::Paper);
    writeAll(ask.constData(), ask.size());
    const auto answers = readAnswers(2, false);
    if (!answers.empty()) {
        escpos::Status st;
        escpos::applyStatus(st, escpos::StatusKind::Printer, answers[0]);
        if (answers.size() > 1)
            escpos::applyStatus(st, escpos::StatusKind::Paper, answers[1]);
        outcome.status = st;
        if (!statusOnly) {
            if (st.paperOut)
                throw printerError(codes::printerPaperOut, a, "is out of paper");
            if (st.blocking())
                throw printerError(codes::printerOffline, a, "says it is offline (cover open, or in error)");
        }
    }
    if (statusOnly)
        return outcome;
    writeAll(job.constData(), job.size());
    outcome.bytes = job.size();
    // A status request after the job: its answer means the printer took all of it.
    if (outcome.status) {
        const QByteArray last = escpos::statusRequest(escpos::StatusKind::Printer);
        writeAll(last.constData(), last.size());
        outcome.confirmed = !readAnswers(1, true).empty();
    }
    ::shutdown(sock.fd, SHUT_WR);
    return outcome;
}

PrintOutcome PrinterLink::sendFile(const QByteArray& job) const
{
    const PrinterAddress& a = m_address;
    QFile f(a.path);
    if (!f.exists() && a.path.startsWith(QLatin1String("/dev/")))
        throw printerError(
            codes::printerOffline, a, "there is no " + s(a.path) + " (is the printer plugged in and on?)");
    // Append, never truncate: a device does not care, and a file target keeps every job.
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        throw printerError(codes::printerFailed, a, "cannot open " + s(a.path) + ": " + s(f.errorString()),
            { { "message", s(f.errorString()) } });
    if (f.write(job) != job.size() || !f.flush())
        throw printerError(codes::printerClosed, a, "writing to " + s(a.path) + " failed: " + s(f.errorString()));
    f.close();
    PrintOutcome o;
    o.bytes = job.size();
    return o;
}

PrintOutcome PrinterLink::sendCups(const QByteArray& job) const
{
    const PrinterAddress& a = m_address;
    QProcess lp;
    lp.start(QStringLiteral("lp"), { QStringLiteral("-d"), a.queue, QStringLiteral("-o"), QStringLiteral("raw") });
    if (!lp.waitForStarted(m_timeouts.connect))
        throw printerError(
            codes::printerFailed, a, "cannot run lp (install cups-client)", { { "message", "lp not found" } });
    lp.write(job);
    lp.closeWriteChannel();
    if (!lp.waitForFinished(m_timeouts.write)) {
        lp.kill();
        lp.waitForFinished(1000);
        throw printerError(codes::printerOffline, a, "lp did not finish in time");
    }
    if (lp.exitStatus() != QProcess::NormalExit || lp.exitCode() != 0) {
        const QString why = QString::fromLocal8Bit(lp.readAllStandardError()).trimmed();
        throw printerError(codes::printerFailed, a, "lp refused the job: " + s(why), { { "message", s(why) } });
    }
    PrintOutcome o;
    o.bytes = job.size();
    return o;
}

} // namespace ocopos::printing
