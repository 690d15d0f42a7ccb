// Screenshots of the reports, settlement, users and settings screens on the
// demo store (a month of sales history), saved like ScreenshotTour's. Run under Xvfb:
//   xvfb-run -a -s "-screen 0 1366x768x24" build/tests/ui/ocopos_backoffice_tour docs/screenshots
#include "SaleFixtures.h"

#include "services/DemoData.h"
#include "services/SettlementService.h"
#include "ui/BackOfficeScreens.h"
#include "ui/LoginScreen.h"
#include "ui/MainWindow.h"
#include "ui/ReceiptPrinter.h"
#include "ui/ReportsScreen.h"
#include "ui/SettingsScreen.h"
#include "ui/SettlementsScreen.h"
#include "ui/SyncSender.h"
#include "services/SettingsService.h"
#include "ui/Theme.h"
#include "ui/UsersScreen.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QProcess>
#include <QScrollArea>
#include <QScrollBar>
#include <QPushButton>
#include <QTabWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <iostream>

using namespace ocopos;

namespace {

QString g_out;

void shot(const QString& name)
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(120);
    }
    const QString path = QDir(g_out).filePath(name + QStringLiteral(".png"));
    const int rc = QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), path});
    std::cout << (rc == 0 ? "saved " : "FAILED ") << path.toStdString() << std::endl;
}

/// Reports come from a worker thread: the shot waits for the figures.
void waitForReport(ui::ReportsScreen* r)
{
    if (!r->isRunning())
        return;
    QSignalSpy ready(r, &ui::ReportsScreen::reportReady);
    (void)ready.wait(60000);
}

bool login(ui::MainWindow& w, const QString& user, const QString& pin)
{
    w.loginScreen()->selectUser(user);
    QTest::keyClicks(w.loginScreen()->pinField(), pin);
    QTest::keyClick(w.loginScreen()->pinField(), Qt::Key_Return);
    (void)QTest::qWaitFor([&] { return !w.loginScreen()->isBusy(); }, 30000);  // the PIN is checked on a worker
    if (!w.session())
        std::cerr << "login failed: " << user.toStdString() << std::endl;
    return w.session().has_value();
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    g_out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(g_out);
    ui::installLanguage(argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("vi"));
    ui::applyTheme(app);

    test::TempStore store(QStringLiteral("2026-11-28T10:42:00+07:00"));
    services::loadDemoData(store.ctx());
    ui::NoReceiptPrinter printer;
    ui::ScreenRegistry registry = ui::ScreenRegistry::standard();
    ui::provideBackOfficeScreens(registry);
    ui::MainWindow w(store.ctx(), registry, printer);
    w.setGeometry(0, 0, 1366, 768);
    w.show();
    w.activateWindow();
    (void)QTest::qWaitForWindowExposed(&w);

    // The manager: sales of the month by owner with the chart, then a settlement.
    if (!login(w, QStringLiteral("quanly"), QStringLiteral("1234")))
        return 1;
    w.showScreen(QStringLiteral("reports"));
    auto* reports = qobject_cast<ui::ReportsScreen*>(w.currentScreen());
    reports->fromEdit()->setDate(QDate(2026, 10, 29));
    reports->toEdit()->setDate(QDate(2026, 11, 27));
    reports->groupingBox()->setCurrentIndex(reports->groupingBox()->findData(QStringLiteral("owner")));
    reports->findChild<QTableView*>(QStringLiteral("salesTable"))->setFocus();
    waitForReport(reports);
    shot(QStringLiteral("20-report-by-owner"));
    reports->groupingBox()->setCurrentIndex(reports->groupingBox()->findData(QStringLiteral("day")));
    waitForReport(reports);
    shot(QStringLiteral("21-report-by-day"));
    reports->tabs()->setCurrentIndex(ui::ReportsScreen::StockTab);
    shot(QStringLiteral("22-report-stock"));
    reports->tabs()->setCurrentIndex(ui::ReportsScreen::BestSellersTab);
    shot(QStringLiteral("27-report-best-sellers"));

    // October's statement finalized, so the list beside the preview has one to reopen.
    services::SettlementService(store.ctx()).finalize(*w.session(), QStringLiteral("HTX-CAIRONG"), QDate(2026, 10, 1), QDate(2026, 10, 31));
    w.showScreen(QStringLiteral("settlements"));
    auto* settle = qobject_cast<ui::SettlementsScreen*>(w.currentScreen());
    settle->reloadList();
    settle->producerBox()->setCurrentIndex(settle->producerBox()->findData(QStringLiteral("HTX-CAIRONG")));
    settle->fromEdit()->setDate(QDate(2026, 11, 1));
    settle->toEdit()->setDate(QDate(2026, 11, 27));
    settle->showStatement();
    shot(QStringLiteral("23-settlement-preview"));
    w.logout();

    // A cooperative sees its own figures only.
    if (!login(w, QStringLiteral("htxbache"), QStringLiteral("4444")))
        return 1;
    w.showScreen(QStringLiteral("settlements"));
    auto* own = qobject_cast<ui::SettlementsScreen*>(w.currentScreen());
    own->fromEdit()->setDate(QDate(2026, 11, 1));
    own->toEdit()->setDate(QDate(2026, 11, 27));
    own->showStatement();
    own->showButton()->setFocus();
    shot(QStringLiteral("24-cooperative-settlement"));
    w.showScreen(QStringLiteral("reports"));
    auto* ownReports = qobject_cast<ui::ReportsScreen*>(w.currentScreen());
    ownReports->fromEdit()->setDate(QDate(2026, 10, 29));
    ownReports->toEdit()->setDate(QDate(2026, 11, 27));
    ownReports->groupingBox()->setCurrentIndex(ownReports->groupingBox()->findData(QStringLiteral("product")));
    ownReports->findChild<QTableView*>(QStringLiteral("salesTable"))->setFocus();
    waitForReport(ownReports);
    shot(QStringLiteral("28-cooperative-report"));
    w.logout();

    // The admin: users, and settings with the test QR.
    if (!login(w, QStringLiteral("admin"), QStringLiteral("000000")))
        return 1;
    w.showScreen(QStringLiteral("users"));
    shot(QStringLiteral("25-users"));
    w.showScreen(QStringLiteral("settings"));
    qobject_cast<ui::SettingsScreen*>(w.currentScreen())->showTestQr();
    shot(QStringLiteral("26-settings-test-qr"));

    // Linked to a province centre that does not answer (nothing listens on the
    // port): the settings, and the side panel saying what waits.
    services::SettingsService centre(store.ctx());
    centre.set(*w.session(), QStringLiteral("centre_url"), QStringLiteral("https://127.0.0.1:9"));
    centre.set(*w.session(), QStringLiteral("centre_store"), QStringLiteral("QN-HALONG-01"));
    centre.set(*w.session(), QStringLiteral("centre_token"), QStringLiteral("q8Vd1xk2N7m4Rz0pLw5sTj3aYc6bHe9u"));
    QSignalSpy synced(w.syncSender(), &ui::SyncSender::statusChanged);
    w.syncSender()->tick();
    synced.wait(60000);
    w.showScreen(QStringLiteral("users"));
    w.showScreen(QStringLiteral("settings"));
    qobject_cast<ui::SettingsScreen*>(w.currentScreen())->reload();
    if (auto* scroll = w.currentScreen()->findChild<QScrollArea*>())
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    shot(QStringLiteral("29-settings-province-centre"));
    return 0;
}
