#include "printing/FontLocator.h"
#include "printing/PdfDocument.h"
#include "printing/PdfError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>

using namespace ocopos::printing;

namespace {

/// Sets or clears $OCOPOS_FONT_DIR for one test and puts it back afterwards.
class FontDirEnv {
public:
    explicit FontDirEnv(const std::optional<QString>& value)
    {
        if (qEnvironmentVariableIsSet("OCOPOS_FONT_DIR"))
            m_saved = qEnvironmentVariable("OCOPOS_FONT_DIR");
        if (value)
            qputenv("OCOPOS_FONT_DIR", value->toLocal8Bit());
        else
            qunsetenv("OCOPOS_FONT_DIR");
    }
    ~FontDirEnv()
    {
        if (m_saved)
            qputenv("OCOPOS_FONT_DIR", m_saved->toLocal8Bit());
        else
            qunsetenv("OCOPOS_FONT_DIR");
    }
    FontDirEnv(const FontDirEnv&) = delete;
    FontDirEnv& operator=(const FontDirEnv&) = delete;

private:
    std::optional<QString> m_saved;
};

const QString kBuildFonts = QStringLiteral(OCOPOS_TEST_FONT_DIR);

void copyInto(const QString& dir, const QString& from, const QString& name)
{
    ASSERT_TRUE(QFile::copy(from, QDir(dir).filePath(name))) << name.toStdString();
}

} // namespace

TEST(FontLocator, FindsTheBuildTreeSubsetByDefault)
{
    const FontDirEnv env(std::nullopt);
    const FontFiles f = FontLocator::locate();
    EXPECT_TRUE(f.regular.endsWith(QStringLiteral("NotoSans-Regular-vi.ttf"))) << f.regular.toStdString();
    EXPECT_TRUE(f.bold.endsWith(QStringLiteral("NotoSans-Bold-vi.ttf"))) << f.bold.toStdString();
    EXPECT_TRUE(QFileInfo(f.regular).isFile());
    // The subset is what keeps receipts small: it must be far smaller than the 500 KB font.
    EXPECT_LT(QFileInfo(f.regular).size(), 80 * 1024);
}

TEST(FontLocator, LooksNextToTheExecutableFirst)
{
    const QStringList dirs = FontLocator::candidateDirectories();
    ASSERT_EQ(dirs.size(), 2);
    const QString exeDir = QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget();
    EXPECT_EQ(dirs[0], QDir::cleanPath(QFileInfo(exeDir).absolutePath() + QStringLiteral("/../share/ocopos/fonts")));
    EXPECT_EQ(QDir::cleanPath(dirs[1]), QDir::cleanPath(kBuildFonts));
}

TEST(FontLocator, TheEnvironmentVariableWins)
{
    QTemporaryDir dir;
    copyInto(dir.path(), QDir(kBuildFonts).filePath(QStringLiteral("NotoSans-Regular-vi.ttf")),
             QStringLiteral("NotoSans-Regular-vi.ttf"));
    copyInto(dir.path(), QDir(kBuildFonts).filePath(QStringLiteral("NotoSans-Bold-vi.ttf")),
             QStringLiteral("NotoSans-Bold-vi.ttf"));
    const FontDirEnv env(dir.path());
    const FontFiles f = FontLocator::locate();
    EXPECT_EQ(f.origin, QStringLiteral("$OCOPOS_FONT_DIR"));
    EXPECT_EQ(f.regular, QDir(dir.path()).filePath(QStringLiteral("NotoSans-Regular-vi.ttf")));
    PdfDocument pdf; // and it loads
    EXPECT_GT(pdf.textWidth("Rồng", FontStyle::Regular, 10), 0);
}

TEST(FontLocator, AFolderOfWholeFontsWorksToo)
{
    const QString debian = QStringLiteral("/usr/share/fonts/truetype/noto");
    if (!QFileInfo::exists(debian + QStringLiteral("/NotoSans-Regular.ttf")))
        GTEST_SKIP() << "fonts-noto-core is not installed";
    const FontDirEnv env(debian);
    const FontFiles f = FontLocator::locate();
    EXPECT_EQ(f.regular, debian + QStringLiteral("/NotoSans-Regular.ttf"));
    EXPECT_EQ(f.bold, debian + QStringLiteral("/NotoSans-Bold.ttf"));
}

TEST(FontLocator, PrefersTheSubsetInAFolder)
{
    QTemporaryDir dir;
    for (const char* name : {"NotoSans-Regular-vi.ttf", "NotoSans-Bold-vi.ttf", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"})
        copyInto(dir.path(), QDir(kBuildFonts).filePath(QStringLiteral("NotoSans-Regular-vi.ttf")), QString::fromLatin1(name));
    FontFiles f;
    ASSERT_TRUE(FontLocator::findInDirectory(dir.path(), f));
    EXPECT_TRUE(f.regular.endsWith(QStringLiteral("-vi.ttf")));
    FontFiles none;
    EXPECT_FALSE(FontLocator::findInDirectory(QString(), none));
}

TEST(FontLocator, AWrongEnvironmentVariableIsReportedNotIgnored)
{
    QTemporaryDir empty;
    const FontDirEnv env(empty.path());
    try {
        FontLocator::locate();
        FAIL() << "expected PdfError";
    } catch (const PdfError& e) {
        EXPECT_NE(std::string(e.what()).find("OCOPOS_FONT_DIR"), std::string::npos) << e.what();
    }
    EXPECT_THROW(PdfDocument{}, PdfError);
}
