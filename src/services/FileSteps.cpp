#include "FileSteps.h"

#include "core/Errors.h"

#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>

namespace ocopos::services {

void removeWithCompanions(const QString& file)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(file + QLatin1String(suffix));
}

void syncToDisk(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        if (fd >= 0)
            ::close(fd);
        throw Error("cannot flush " + path.toStdString() + " to disk");
    }
    ::close(fd);
}

void renameOver(const QString& from, const QString& to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        throw Error("cannot move " + from.toStdString() + " over " + to.toStdString());
    syncToDisk(QFileInfo(to).absolutePath());
}

} // namespace ocopos::services
