#include "Logging.h"

#include <QDir>

#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

#include <mutex>

namespace ocopos::core {

namespace {
std::mutex g_mutex;
spdlog::sink_ptr g_sink;

void qtMessageHandler(QtMsgType type, const QMessageLogContext&, const QString& msg)
{
    auto log = logger("qt");
    switch (type) {
    case QtDebugMsg: log->debug(msg.toStdString()); break;
    case QtInfoMsg: log->info(msg.toStdString()); break;
    case QtWarningMsg: log->warn(msg.toStdString()); break;
    case QtCriticalMsg:
    case QtFatalMsg: log->error(msg.toStdString()); break;
    }
}
} // namespace

void initLogging(const QString& dir)
{
    {
        std::lock_guard lock(g_mutex);
        g_sink.reset();
        if (!dir.isEmpty() && QDir().mkpath(dir)) {
            try {
                g_sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    QDir(dir).filePath(QStringLiteral("ocopos.log")).toStdString(), 2 * 1024 * 1024, 5);
            } catch (const spdlog::spdlog_ex&) {
                g_sink.reset();
            }
        }
        if (!g_sink)
            g_sink = std::make_shared<spdlog::sinks::null_sink_mt>();
        spdlog::drop_all();
    }
    auto def = logger("ocopos");
    spdlog::set_default_logger(def);
    spdlog::flush_on(spdlog::level::warn);
    qInstallMessageHandler(qtMessageHandler);
}

std::shared_ptr<spdlog::logger> logger(const std::string& name)
{
    std::lock_guard lock(g_mutex);
    if (auto existing = spdlog::get(name))
        return existing;
    if (!g_sink)
        g_sink = std::make_shared<spdlog::sinks::null_sink_mt>();
    auto l = std::make_shared<spdlog::logger>(name, g_sink);
    l->set_level(spdlog::level::info);
    spdlog::register_logger(l);
    return l;
}

} // namespace ocopos::core
