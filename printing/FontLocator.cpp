#include "FontLocator.h"

#include "PdfError.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

namespace ocopos::printing {

namespace {

bool isFile(const QString& path) { return !path.isEmpty() && QFileInfo(path).isFile(); }

QString executableDir()
{
    // QCoreApplication knows the path only once it exists; a library may run without one.
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    const QFileInfo self(QStringLiteral("/proc/self/exe"));
    return self.exists() ? QFileInfo(self.symLinkTarget()).absolutePath() : QString();
}

/// Asks fontconfig for a Noto Sans style; empty unless it answers with Noto Sans
/// itself (fc-match always answers something, DejaVu when Noto is missing).
QString fcMatch(const QString& style)
{
    const QString fcMatchExe = QStandardPaths::findExecutable(QStringLiteral("fc-match"));
    if (fcMatchExe.isEmpty())
        return {};
    QProcess p;
    p.start(fcMatchExe, {QStringLiteral("-f"), QStringLiteral("%{family[0]}|%{style[0]}|%{file}"),
                         QStringLiteral("Noto Sans:style=") + style});
    if (!p.waitForFinished(5000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    const QStringList parts = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('|'));
    if (parts.size() != 3 || parts[0] != QLatin1String("Noto Sans") || parts[1] != style)
        return {};
    return isFile(parts[2]) ? parts[2] : QString();
}

} // namespace

bool FontLocator::findInDirectory(const QString& dir, FontFiles& out)
{
    if (dir.isEmpty())
        return false;
    const QDir d(dir);
    for (const char* suffix : {"-vi.ttf", ".ttf"}) {
        const QString regular = d.filePath(QStringLiteral("NotoSans-Regular") + QLatin1String(suffix));
        const QString bold = d.filePath(QStringLiteral("NotoSans-Bold") + QLatin1String(suffix));
        if (isFile(regular) && isFile(bold)) {
            out.regular = QFileInfo(regular).absoluteFilePath();
            out.bold = QFileInfo(bold).absoluteFilePath();
            return true;
        }
    }
    return false;
}

QStringList FontLocator::candidateDirectories()
{
    QStringList dirs;
    const QString exeDir = executableDir();
    if (!exeDir.isEmpty())
        dirs << QDir::cleanPath(exeDir + QLatin1Char('/') + QStringLiteral(OCOPOS_FONT_DIR_FROM_BIN));
    dirs << QStringLiteral(OCOPOS_BUILD_FONT_DIR);
    return dirs;
}

FontFiles FontLocator::locate()
{
    FontFiles f;
    QStringList tried;

    const QString envDir = qEnvironmentVariable("OCOPOS_FONT_DIR");
    if (!envDir.isEmpty()) {
        if (findInDirectory(envDir, f)) {
            f.origin = QStringLiteral("$OCOPOS_FONT_DIR");
            return f;
        }
        // A wrong explicit setting is a mistake to report, not to paper over.
        throw PdfError("OCOPOS_FONT_DIR=" + envDir.toStdString()
                       + " has no NotoSans-Regular(-vi).ttf and NotoSans-Bold(-vi).ttf");
    }

    for (const QString& dir : candidateDirectories()) {
        if (findInDirectory(dir, f)) {
            f.origin = dir;
            return f;
        }
        tried << dir;
    }

    // The system's full Noto Sans: bigger and slower PDFs than the subset, but right.
    const QString debianDir = QStringLiteral("/usr/share/fonts/truetype/noto");
    if (findInDirectory(debianDir, f)) {
        f.origin = debianDir;
        core::logger("printing")->warn("embedding the full system Noto Sans from {}: the subset was not found",
                                       debianDir.toStdString());
        return f;
    }
    tried << debianDir;

    f.regular = fcMatch(QStringLiteral("Regular"));
    f.bold = fcMatch(QStringLiteral("Bold"));
    if (!f.regular.isEmpty() && !f.bold.isEmpty()) {
        f.origin = QStringLiteral("fontconfig");
        core::logger("printing")->warn("embedding Noto Sans found by fontconfig: {}", f.regular.toStdString());
        return f;
    }
    tried << QStringLiteral("fontconfig (fc-match 'Noto Sans')");

    throw PdfError("Noto Sans not found (install fonts-noto-core or set OCOPOS_FONT_DIR); looked in: "
                   + tried.join(QStringLiteral(", ")).toStdString());
}

} // namespace ocopos::printing
