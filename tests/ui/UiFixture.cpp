#include "UiFixture.h"

#include "services/SettingsService.h"
#include "services/ShiftService.h"
#include "ui/Theme.h"

#include <QAbstractButton>

namespace ocopos::test {

void UiTest::SetUp()
{
    store.loadSmallCatalog();
    services::SettingsService settings(store.ctx());
    settings.set(store.admin(), QStringLiteral("bank_bin"), QStringLiteral("970436"));
    settings.set(store.admin(), QStringLiteral("bank_account"), QStringLiteral("1023456789"));
    cashier = store.addUser(QStringLiteral("thu"), core::Role::Cashier, QString(), QStringLiteral("1111"));
    manager = store.addUser(QStringLiteral("ql"), core::Role::Manager, QString(), QStringLiteral("2222"));
    addLot(store, QStringLiteral("NM-500"), QStringLiteral("L1"), QStringLiteral("HO-A1"), QStringLiteral("10"), QDate(2027, 6, 1));
    addLot(store, QStringLiteral("TRA-50"), QStringLiteral("T1"), QStringLiteral("HO-B1"), QStringLiteral("5"), QDate(2027, 6, 1));
    addLot(store, QStringLiteral("NK-500"), QStringLiteral("K1"), QStringLiteral("DN-C"), QStringLiteral("48"), QDate(2027, 6, 1));
    addLot(store, QStringLiteral("CM-KG"), QStringLiteral("C1"), QStringLiteral("HO-A2"), QStringLiteral("5"), QDate(2026, 12, 5));
}

void UiTest::TearDown()
{
    // Dialogs opened with open() and deleted on close go before the store does.
    for (QWidget* w : QApplication::topLevelWidgets())
        w->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    ui::installLanguage(QStringLiteral("en"));  // the tests read English source text
}

void UiTest::openShift(std::int64_t floatVnd) { services::ShiftService(store.ctx()).open(cashier, core::Money(floatVnd)); }

void UiTest::showActive(QWidget* w)
{
    w->show();
    w->activateWindow();
    QApplication::setActiveWindow(w);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(w));
    ASSERT_TRUE(QTest::qWaitForWindowActive(w));
}

void UiTest::scan(QWidget* w, const QString& code)
{
    QTest::keyClicks(w, code);
    QTest::keyClick(w, Qt::Key_Return);
}

void UiTest::click(QWidget* button)
{
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(button->isVisible());
    ASSERT_TRUE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, button->rect().center());
}

} // namespace ocopos::test
