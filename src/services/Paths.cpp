#include "Paths.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace ocopos::services {

QString dataDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

QString connectionFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("ocopos/connection.conf"));
}

namespace {
QString fromConnectionFile(const QString& key)
{
    if (!QFileInfo::exists(connectionFile()))
        return QString();
    const QSettings file(connectionFile(), QSettings::IniFormat);
    return file.value(QStringLiteral("connection/") + key).toString().trimmed();
}
} // namespace

QString databasePathFromEnvironment()
{
    const QByteArray env = qgetenv("OCOPOS_DB");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    if (const QString configured = fromConnectionFile(QStringLiteral("database")); !configured.isEmpty())
        return configured;
    return QDir(dataDirectory()).filePath(QStringLiteral("ocopos.db"));
}

QString tillFromEnvironment()
{
    const QByteArray env = qgetenv("OCOPOS_TILL");
    if (!env.isEmpty())
        return QString::fromUtf8(env);
    return fromConnectionFile(QStringLiteral("till"));
}

std::unique_ptr<core::Clock> clockFromEnvironment()
{
    const QByteArray env = qgetenv("OCOPOS_NOW");
    if (env.isEmpty())
        return std::make_unique<core::SystemClock>();
    return std::make_unique<core::FixedClock>(core::parseIsoTime(QString::fromUtf8(env), "OCOPOS_NOW"));
}

} // namespace ocopos::services
