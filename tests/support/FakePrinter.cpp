#include "FakePrinter.h"

#include <arpa/inet.h>
#include <chrono>
#include <netinet/in.h>
#include <poll.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>

namespace ocopos::test {

namespace {
std::int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
} // namespace

FakePrinter::FakePrinter()
{
    m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_listen < 0 || ::pipe(m_wake) != 0)
        throw std::runtime_error("FakePrinter: no socket");
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    socklen_t len = sizeof a;
    if (::bind(m_listen, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || ::listen(m_listen, 8) != 0
        || ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&a), &len) != 0)
        throw std::runtime_error("FakePrinter: cannot listen on 127.0.0.1");
    m_port = ntohs(a.sin_port);
    m_thread = std::thread([this] { serve(); });
}

FakePrinter::~FakePrinter()
{
    const char x = 'q';
    (void)!::write(m_wake[1], &x, 1);
    if (m_thread.joinable())
        m_thread.join();
    if (m_listen >= 0)
        ::close(m_listen);
    ::close(m_wake[0]);
    ::close(m_wake[1]);
}

QByteArray FakePrinter::uri() const
{
    return "tcp://127.0.0.1:" + QByteArray::number(m_port);
}

void FakePrinter::setMode(Mode mode, std::size_t closeAfter)
{
    std::lock_guard lock(m_mutex);
    m_mode = mode;
    m_closeAfter = closeAfter;
}

void FakePrinter::refuse()
{
    std::lock_guard lock(m_mutex);
    // shutdown() wakes the poll and makes the kernel refuse new connections at once.
    ::shutdown(m_listen, SHUT_RDWR);
}

std::vector<QByteArray> FakePrinter::jobs() const
{
    std::lock_guard lock(m_mutex);
    return m_jobs;
}

bool FakePrinter::waitForJobs(std::size_t count, int timeoutMs) const
{
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return m_jobs.size() >= count; });
}

void FakePrinter::clear()
{
    std::lock_guard lock(m_mutex);
    m_jobs.clear();
}

void FakePrinter::serve()
{
    for (;;) {
        pollfd fds[2] = { { m_listen, POLLIN, 0 }, { m_wake[0], POLLIN, 0 } };
        if (::poll(fds, 2, -1) < 0)
            continue;
        if (fds[1].revents)
            return;
        if (fds[0].revents & (POLLERR | POLLHUP | POLLNVAL)) {
            // refused: only the wake-up pipe is left to wait for
            pollfd w { m_wake[0], POLLIN, 0 };
            ::poll(&w, 1, -1);
            return;
        }
        const int fd = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0)
            continue;
        handle(fd);
    }
}

void FakePrinter::handle(int fd)
{
    Mode mode;
    std::size_t closeAfter;
    {
        std::lock_guard lock(m_mutex);
        mode = m_mode;
        closeAfter = m_closeAfter;
    }
    QByteArray got;
    bool first = true;
    // Status requests can straddle two reads: scan what has come so far from here.
    qsizetype scanned = 0;
    for (;;) {
        pollfd fds[2] = { { fd, POLLIN, 0 }, { m_wake[0], POLLIN, 0 } };
        if (::poll(fds, 2, 10000) <= 0 || fds[1].revents)
            break;
        char buf[16384];
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n <= 0)
            break;
        if (first) {
            m_firstByteAt.store(nowNs());
            first = false;
        }
        got.append(buf, n);
        if (mode == Mode::CloseMidJob && static_cast<std::size_t>(got.size()) >= closeAfter) {
            got.truncate(static_cast<qsizetype>(closeAfter));
            linger l { 1, 0 }; // a reset, as a printer that is switched off mid-job
            ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
            break;
        }
        // Answer the status requests, skipping raster data (whose bytes may look like one).
        while (scanned + 2 < got.size()) {
            const auto b = [&](qsizetype k) { return static_cast<unsigned char>(got[scanned + k]); };
            if (b(0) == 0x1d && b(1) == 'v' && b(2) == '0') {
                if (scanned + 8 > got.size())
                    break;
                const qsizetype size = static_cast<qsizetype>(b(4) | (b(5) << 8)) * (b(6) | (b(7) << 8));
                if (scanned + 8 + size > got.size())
                    break;
                scanned += 8 + size;
                continue;
            }
            if (b(0) != 0x10 || b(1) != 0x04) {
                ++scanned;
                continue;
            }
            const int kind = b(2);
            scanned += 3;
            if (mode == Mode::Silent)
                continue;
            unsigned char answer = 0x12;
            if (mode == Mode::Offline && kind == 1)
                answer |= 0x08;
            if (mode == Mode::PaperOut && kind == 2)
                answer |= 0x20;
            if (mode == Mode::PaperOut && kind == 4)
                answer |= 0x60;
            (void)!::send(fd, &answer, 1, MSG_NOSIGNAL);
        }
    }
    ::close(fd);
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(got);
    }
    m_changed.notify_all();
}

} // namespace ocopos::test
