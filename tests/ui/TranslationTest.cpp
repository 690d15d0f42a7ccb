// The Vietnamese translation: complete, embedded, and used.
#include "UiFixture.h"

#include "ui/Theme.h"

#include <QFile>
#include <QRegularExpression>

using namespace ocopos;

TEST(Translation, VietnameseIsCompleteAndEmbedded)
{
    QFile ts(test::sourceDir() + QStringLiteral("/ui/translations/ocopos_vi.ts"));
    ASSERT_TRUE(ts.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(ts.readAll());
    EXPECT_GT(text.count(QStringLiteral("<source>")), 200);
    EXPECT_FALSE(text.contains(QStringLiteral("type=\"unfinished\""))) << "untranslated strings in ocopos_vi.ts";
    EXPECT_FALSE(text.contains(QStringLiteral("<translation></translation>")));

    ASSERT_TRUE(ui::installLanguage(QStringLiteral("vi")));
    EXPECT_EQ(QCoreApplication::translate("ocopos::ui::ScreenRegistry", "Cashier"), QStringLiteral("Thu ngân"));
    EXPECT_EQ(QCoreApplication::translate("ocopos::ui::Format", "Wrong user or PIN."), QStringLiteral("Sai người dùng hoặc mã PIN."));
    ASSERT_TRUE(ui::installLanguage(QStringLiteral("en")));
    EXPECT_EQ(QCoreApplication::translate("ocopos::ui::ScreenRegistry", "Cashier"), QStringLiteral("Cashier"));
}
