#include "Paths.h"

#include <QDir>
#include <QStandardPaths>

namespace ocopos::services {

QString dataDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

QString databasePathFromEnvironment()
{
    const QByteArray env = qgetenv("OCOPOS_DB");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    return QDir(dataDirectory()).filePath(QStringLiteral("ocopos.db"));
}

std::unique_ptr<core::Clock> clockFromEnvironment()
{
    const QByteArray env = qgetenv("OCOPOS_NOW");
    if (env.isEmpty())
        return std::make_unique<core::SystemClock>();
    return std::make_unique<core::FixedClock>(core::parseIsoTime(QString::fromUtf8(env), "OCOPOS_NOW"));
}

} // namespace ocopos::services
