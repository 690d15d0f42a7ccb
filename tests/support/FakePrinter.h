#pragma once

#include <QByteArray>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

namespace ocopos::test {

/// A network receipt printer on 127.0.0.1 (raw port 9100 protocol) for tests:
/// it records every connection's bytes and answers DLE EOT status requests the
/// way an Epson-compatible printer does. Its own thread serves it with plain
/// POSIX sockets, so the code under test may block on its socket. It can be
/// told to refuse connections, to say it is offline or out of paper, to say
/// nothing at all, or to cut the connection after some bytes of a job.
class FakePrinter {
public:
    enum class Mode {
        Ready, ///< takes everything, answers "online, paper present"
        Silent, ///< takes everything, never answers a status request
        Offline, ///< answers DLE EOT 1 with the offline bit
        PaperOut, ///< answers DLE EOT 2 and 4 with paper end
        CloseMidJob ///< takes `closeAfter` bytes of a connection, then resets it
    };

    FakePrinter();
    ~FakePrinter();
    FakePrinter(const FakePrinter&) = delete;
    FakePrinter& operator=(const FakePrinter&) = delete;

    std::uint16_t port() const { return m_port; }
    /// "tcp://127.0.0.1:PORT"
    QByteArray uri() const;

    void setMode(Mode mode, std::size_t closeAfter = 4096);
    /// Stops listening: connections are refused (the port stays reserved to no one).
    void refuse();

    /// The bytes of every finished connection, in order.
    std::vector<QByteArray> jobs() const;
    /// Waits (bounded) until `count` connections have finished; false on timeout.
    bool waitForJobs(std::size_t count, int timeoutMs = 5000) const;
    /// Nanoseconds of std::chrono::steady_clock when the first byte of the latest
    /// connection arrived (for the benchmark).
    std::int64_t firstByteAt() const { return m_firstByteAt.load(); }
    void clear();

private:
    void serve();
    void handle(int fd);

    int m_listen = -1;
    int m_wake[2] = { -1, -1 };
    std::uint16_t m_port = 0;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    std::vector<QByteArray> m_jobs;
    Mode m_mode = Mode::Ready;
    std::size_t m_closeAfter = 4096;
    std::atomic<std::int64_t> m_firstByteAt { 0 };
};

} // namespace ocopos::test
