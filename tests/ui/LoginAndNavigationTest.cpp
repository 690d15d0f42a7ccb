// Logging in with the PIN pad and the keyboard, lockouts, and the screens each role gets.
#include "UiFixture.h"

#include "services/AuthService.h"
#include "ui/CashierScreen.h"
#include "ui/ChangePinDialog.h"
#include "ui/LoginScreen.h"
#include "ui/MainWindow.h"
#include "ui/ProductTableModel.h"
#include "ui/ProductsScreen.h"
#include "ui/ScanBox.h"
#include "ui/UserListModel.h"
#include "ui/SyncSender.h"
#include "services/SaleService.h"
#include "services/SettingsService.h"

#include <QLabel>

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTimer>

using namespace ocopos;
using namespace ocopos::test;

namespace {

void pickUser(ui::LoginScreen* login, const QString& username)
{
    const int row = login->userModel()->rowOf(username);
    ASSERT_GE(row, 0) << username.toStdString();
    const QRect r = login->userList()->visualRect(login->userModel()->index(row));
    QTest::mouseClick(login->userList()->viewport(), Qt::LeftButton, Qt::NoModifier, r.center());
}

void typeOnPad(ui::LoginScreen* login, const QString& pin)
{
    for (QChar c : pin) {
        auto* b = login->findChild<QPushButton*>(QStringLiteral("pin_") + c);
        ASSERT_NE(b, nullptr);
        QTest::mouseClick(b, Qt::LeftButton);
    }
}

/// Types the PIN and Enter, then waits for the check (on a worker) to end.
void enterPin(ui::LoginScreen* login, const QString& pin)
{
    QTest::keyClicks(login->pinField(), pin);
    QTest::keyClick(login->pinField(), Qt::Key_Return);
    EXPECT_TRUE(QTest::qWaitFor([login] { return !login->isBusy(); }, 30000));
}

} // namespace

TEST_F(UiTest, CashierLogsInWithThePinPadAndGetsTheCashierScreen)
{
    ui::MainWindow w(store.ctx(), ui::ScreenRegistry::standard(), printer);
    showActive(&w);
    auto* login = w.loginScreen();
    pickUser(login, QStringLiteral("thu"));
    typeOnPad(login, QStringLiteral("1112"));
    QTest::mouseClick(login->findChild<QPushButton*>(QStringLiteral("pin_back")), Qt::LeftButton);
    typeOnPad(login, QStringLiteral("1"));
    EXPECT_EQ(login->pinField()->text(), QStringLiteral("1111"));
    QSignalSpy loggedIn(login, &ui::LoginScreen::loggedIn);
    click(login->loginButton());
    // The PIN is checked on a worker: the click returns at once, busy, nobody in yet.
    EXPECT_TRUE(login->isBusy());
    EXPECT_FALSE(login->busyIndicator()->isHidden());
    EXPECT_FALSE(login->loginButton()->isEnabled());
    EXPECT_FALSE(w.session());
    ASSERT_TRUE(loggedIn.wait(30000));
    EXPECT_FALSE(login->isBusy());
    ASSERT_TRUE(w.session());
    EXPECT_EQ(w.session()->username, QStringLiteral("thu"));
    EXPECT_EQ(w.navigation(), (QStringList{QStringLiteral("cashier"), QStringLiteral("shift")}));
    auto* cashierScreen = qobject_cast<ui::CashierScreen*>(w.currentScreen());
    ASSERT_NE(cashierScreen, nullptr);
    EXPECT_EQ(QApplication::focusWidget(), cashierScreen->scanBox());
    // The till the receipts are numbered on: the store's setting here.
    ASSERT_NE(w.findChild<QLabel*>(QStringLiteral("navTill")), nullptr);
    EXPECT_EQ(w.findChild<QLabel*>(QStringLiteral("navTill"))->text(), QStringLiteral("Till Q01"));
    click(w.findChild<QPushButton*>(QStringLiteral("logout")));
    EXPECT_FALSE(w.session());
}

TEST_F(UiTest, ATillThatNamesItselfShowsItsCode)
{
    // On a store shared by several tills, `--till Q03` (Context::till) is the till shown.
    services::Context ctx = store.ctx();
    ctx.till = QStringLiteral("Q03");
    ui::MainWindow w(ctx, ui::ScreenRegistry::standard(), printer);
    showActive(&w);
    auto* login = w.loginScreen();
    pickUser(login, QStringLiteral("thu"));
    typeOnPad(login, QStringLiteral("1111"));
    QSignalSpy loggedIn(login, &ui::LoginScreen::loggedIn);
    click(login->loginButton());
    ASSERT_TRUE(loggedIn.wait(30000));
    ASSERT_NE(w.findChild<QLabel*>(QStringLiteral("navTill")), nullptr);
    EXPECT_EQ(w.findChild<QLabel*>(QStringLiteral("navTill"))->text(), QStringLiteral("Till Q03"));
}

TEST_F(UiTest, WrongPinsTellTheUserAndLockOut)
{
    ui::MainWindow w(store.ctx(), ui::ScreenRegistry::standard(), printer);
    showActive(&w);
    auto* login = w.loginScreen();
    pickUser(login, QStringLiteral("ql"));
    enterPin(login, QStringLiteral("9999"));
    EXPECT_FALSE(w.session());
    EXPECT_TRUE(login->messageLabel()->isVisible());
    EXPECT_EQ(login->messageLabel()->text(), QStringLiteral("Wrong user or PIN."));
    EXPECT_TRUE(login->pinField()->text().isEmpty());
    for (int i = 1; i < services::AuthService::kMaxFailures; ++i)
        enterPin(login, QStringLiteral("9999"));
    enterPin(login, QStringLiteral("2222"));  // the right PIN, too late
    EXPECT_FALSE(w.session());
    EXPECT_EQ(login->messageLabel()->text(), QStringLiteral("Locked after too many wrong PINs: try again in 5 minute(s)."));
    const int row = login->userModel()->rowOf(QStringLiteral("ql"));
    EXPECT_TRUE(login->userModel()->index(row).data().toString().contains(QStringLiteral("locked")));
}

TEST_F(UiTest, EachRoleSeesItsScreensAndACooperativeOnlyItsOwn)
{
    store.addUser(QStringLiteral("coop"), core::Role::Cooperative, QStringLiteral("HTX-A"), QStringLiteral("3333"));
    ui::ScreenRegistry registry = ui::ScreenRegistry::standard();
    ui::MainWindow w(store.ctx(), registry, printer);
    showActive(&w);
    auto* login = w.loginScreen();
    pickUser(login, QStringLiteral("coop"));
    enterPin(login, QStringLiteral("3333"));  // the keyboard works as well as the pad
    ASSERT_TRUE(w.session());
    EXPECT_EQ(w.navigation(), QStringList{QStringLiteral("products")});
    EXPECT_EQ(w.screen(QStringLiteral("cashier")), nullptr);
    EXPECT_FALSE(w.showScreen(QStringLiteral("cashier")));
    auto* products = qobject_cast<ui::ProductsScreen*>(w.currentScreen());
    ASSERT_NE(products, nullptr);
    ASSERT_EQ(products->model()->rowCount(), 2);  // HTX-A's two products only
    for (int r = 0; r < 2; ++r)
        EXPECT_EQ(products->model()->productAt(r)->ownerCode, QStringLiteral("HTX-A"));
    QTest::keyClicks(products->searchField(), QStringLiteral("tra hoa vang"));  // another cooperative's product
    products->refresh();
    EXPECT_EQ(products->model()->rowCount(), 0);
    w.logout();

    pickUser(login, QStringLiteral("ql"));
    enterPin(login, QStringLiteral("2222"));
    EXPECT_EQ(w.navigation(), (QStringList{QStringLiteral("cashier"), QStringLiteral("shift"), QStringLiteral("returns"),
                                           QStringLiteral("products")}));
    w.logout();

    // A screen provided later appears for the roles it is meant for.
    ASSERT_TRUE(registry.provide(QStringLiteral("reports"), [](const ui::ScreenEnv&, QWidget* parent) { return new QLabel(parent); }));
    EXPECT_FALSE(registry.provide(QStringLiteral("no-such-screen"), {}));
    EXPECT_EQ(registry.visibleFor(cashier).size(), 2u);
    auto coop = services::AuthService(store.ctx()).login(QStringLiteral("coop"), QStringLiteral("3333"));
    ASSERT_EQ(registry.visibleFor(coop).size(), 2u);
    EXPECT_EQ(registry.visibleFor(coop)[1]->key, QStringLiteral("reports"));
    EXPECT_EQ(registry.visibleFor(manager).size(), 5u);
}

TEST_F(UiTest, TheLoginScreenSwitchesLanguage)
{
    ui::MainWindow w(store.ctx(), ui::ScreenRegistry::standard(), printer);
    showActive(&w);
    QTest::mouseClick(w.loginScreen()->findChild<QPushButton*>(QStringLiteral("langVi")), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(w.loginScreen()->loginButton()->text(), QStringLiteral("Đăng nhập"));
    auto* login = w.loginScreen();
    login->selectUser(QStringLiteral("thu"));
    enterPin(login, QStringLiteral("1111"));
    EXPECT_EQ(w.findChild<QPushButton*>(QStringLiteral("nav_cashier"))->text(), QStringLiteral("Thu ngân"));
    w.logout();
    QTest::mouseClick(w.loginScreen()->findChild<QPushButton*>(QStringLiteral("langEn")), Qt::LeftButton);
    EXPECT_EQ(w.loginScreen()->loginButton()->text(), QStringLiteral("Log in"));
}

TEST_F(UiTest, TheWindowKeepsRespondingWhileAPinIsChecked)
{
    // Another till holds the write lock, so the login (which writes its outcome)
    // can't end yet: meanwhile the event loop must keep running.
    ui::MainWindow w(store.ctx(), ui::ScreenRegistry::standard(), printer);
    showActive(&w);
    auto* login = w.loginScreen();
    login->selectUser(QStringLiteral("thu"));
    db::Database otherTill(store.path());
    otherTill.execute(QStringLiteral("BEGIN IMMEDIATE"));
    QSignalSpy loggedIn(login, &ui::LoginScreen::loggedIn);
    QTest::keyClicks(login->pinField(), QStringLiteral("1111"));
    QTest::keyClick(login->pinField(), Qt::Key_Return);
    bool fired = false;
    QTimer::singleShot(0, login, [&] { fired = true; });
    EXPECT_TRUE(QTest::qWaitFor([&] { return fired; }, 30000));
    EXPECT_TRUE(login->isBusy());
    EXPECT_EQ(loggedIn.count(), 0);
    otherTill.execute(QStringLiteral("COMMIT"));
    ASSERT_TRUE(loggedIn.wait(30000));
    ASSERT_TRUE(w.session());
    EXPECT_EQ(w.session()->username, QStringLiteral("thu"));
}

TEST_F(UiTest, TheAdminOfANewStoreChoosesANewPinBeforeAnyScreen)
{
    TempStore fresh;
    db::Database freshDb(fresh.path() + QStringLiteral(".new.db"));
    services::Context ctx{freshDb, fresh.clock(), nullptr, services::PinHashCost::minimum()};
    services::AuthService(ctx).ensureAdmin();  // what a real store's init makes: admin/000000, to be changed
    ui::MainWindow w(ctx, ui::ScreenRegistry::standard(), printer);
    showActive(&w);
    auto* login = w.loginScreen();
    login->selectUser(QStringLiteral("admin"));
    enterPin(login, QStringLiteral("000000"));
    EXPECT_FALSE(w.session()) << "no screen before the PIN is changed";
    auto* dialog = login->findChild<ui::ChangePinDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->isVisible());
    const auto attempt = [&](const char* pin, const char* again) {
        dialog->pinField()->setText(QString::fromLatin1(pin));
        dialog->confirmField()->setText(QString::fromLatin1(again));
        click(dialog->okButton());
    };
    attempt("000000", "000000");
    EXPECT_EQ(dialog->messageLabel()->text(), QStringLiteral("Choose a PIN other than 000000."));
    attempt("12", "12");
    EXPECT_EQ(dialog->messageLabel()->text(), QStringLiteral("A PIN is 4 to 8 digits."));
    attempt("482913", "482931");
    EXPECT_EQ(dialog->messageLabel()->text(), QStringLiteral("The two PINs are not the same."));
    EXPECT_TRUE(dialog->isVisible());
    QSignalSpy loggedIn(login, &ui::LoginScreen::loggedIn);
    attempt("482913", "482913");
    ASSERT_TRUE(loggedIn.wait(30000));
    ASSERT_TRUE(w.session());
    EXPECT_FALSE(w.session()->mustChangePin);
    w.logout();
    // The new PIN is the one now; the old one is gone, and no dialog again.
    EXPECT_THROW(services::AuthService(ctx).login(QStringLiteral("admin"), QStringLiteral("000000")), AuthError);
    EXPECT_FALSE(services::AuthService(ctx).login(QStringLiteral("admin"), QStringLiteral("482913")).mustChangePin);
}

// The side panel's line about the province centre (docs/CENTRE.md): hidden when
// the store sends to none; with a centre that does not answer, what waits and
// that it is unreachable, the background sender having tried on its own.
TEST_F(UiTest, TheSidePanelSaysHowFarTheCentreHasTheStore)
{
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closed = probe.serverPort();
    probe.close();
    {
        ui::MainWindow w(store.ctx(), ui::ScreenRegistry::standard(), printer);
        showActive(&w);
        QSignalSpy ticked(w.syncSender(), &ui::SyncSender::statusChanged);
        ASSERT_TRUE(ticked.wait(30000));
        ASSERT_TRUE(w.syncSender()->status());
        EXPECT_FALSE(w.syncSender()->status()->configured);
    }
    services::SettingsService settings(store.ctx());
    settings.set(store.admin(), QStringLiteral("centre_url"), QStringLiteral("http://127.0.0.1:%1").arg(closed));
    settings.set(store.admin(), QStringLiteral("centre_store"), QStringLiteral("QN-01"));
    settings.set(store.admin(), QStringLiteral("centre_token"), QStringLiteral("abcdefghijklmnopqrstuvwxyz"));
    test::addLot(store, QStringLiteral("NM-500"), QStringLiteral("SYNC1"), QStringLiteral("HO-A1"), QStringLiteral("5"));
    openShift();
    services::SaleRequest r;
    r.lines.push_back(test::saleLine(QStringLiteral("NM-500")));
    r.payments.push_back(test::cash(200000));
    services::SaleService(store.ctx()).commit(cashier, r);

    ui::MainWindow w(store.ctx(), ui::ScreenRegistry::standard(), printer);
    showActive(&w);
    QSignalSpy ticked(w.syncSender(), &ui::SyncSender::statusChanged);
    ASSERT_TRUE(ticked.wait(30000));
    const auto& st = w.syncSender()->status();
    ASSERT_TRUE(st);
    EXPECT_TRUE(st->configured);
    EXPECT_EQ(st->waiting, 1);
    EXPECT_EQ(st->failures, 1);  // it tried by itself, and backs off
    auto* login = w.loginScreen();
    pickUser(login, QStringLiteral("thu"));
    typeOnPad(login, QStringLiteral("1111"));
    QSignalSpy loggedIn(login, &ui::LoginScreen::loggedIn);
    click(login->loginButton());
    ASSERT_TRUE(loggedIn.wait(30000));
    auto* line = w.findChild<QLabel*>(QStringLiteral("navSync"));
    ASSERT_NE(line, nullptr);
    EXPECT_EQ(line->text(), QStringLiteral("Not yet synced with the centre · 1 waiting · centre unreachable"));
    EXPECT_TRUE(line->toolTip().contains(QStringLiteral("did not answer"))) << line->toolTip().toStdString();
}

TEST(SyncStatusText, SaysUpToWhichReceiptAndHowLongAgo)
{
    services::SyncStatus s;
    EXPECT_TRUE(ui::syncStatusText(s, QDateTime::currentDateTimeUtc()).isEmpty());  // no centre: no line
    s.configured = true;
    s.lastSentRef = QStringLiteral("Q01-000123");
    s.lastSuccessAt = QStringLiteral("2026-12-07T08:00:00+07:00");
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-12-07T10:05:00+07:00"), Qt::ISODate);
    EXPECT_EQ(ui::syncStatusText(s, now), QStringLiteral("Synced up to Q01-000123, 2 h ago"));
    s.waiting = 3;
    EXPECT_EQ(ui::syncStatusText(s, now), QStringLiteral("Synced up to Q01-000123, 2 h ago · 3 waiting"));
    EXPECT_EQ(ui::syncStatusText(s, now.addSecs(-(2 * 3600 + 300) + 30)), QStringLiteral("Synced up to Q01-000123, just now · 3 waiting"));
    EXPECT_EQ(ui::syncStatusText(s, now.addDays(2)), QStringLiteral("Synced up to Q01-000123, 2 days ago · 3 waiting"));
    s.refused = true;
    EXPECT_EQ(ui::syncStatusText(s, now),
              QStringLiteral("The centre refused this store's journal: ask the administrator · 3 waiting"));
}
