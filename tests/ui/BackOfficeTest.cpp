// Reports, settlements, users and settings screens, driven as a manager, a
// cooperative and an admin would, on a small known data set.
#include "UiFixture.h"

#include "core/VietQr.h"
#include "services/AuthService.h"
#include "services/CartSession.h"
#include "services/ReportExport.h"
#include "services/ReportService.h"
#include "services/SettingsService.h"
#include "services/SettlementService.h"
#include "ui/BackOfficeScreens.h"
#include "ui/CashierScreen.h"
#include "ui/Format.h"
#include "ui/Theme.h"
#include "ui/LoginScreen.h"
#include "ui/MainWindow.h"
#include "ui/ReportsScreen.h"
#include "ui/SalesChart.h"
#include "ui/SalesReportModel.h"
#include "ui/SettingsScreen.h"
#include "ui/SettlementsScreen.h"
#include "ui/StatementModels.h"
#include "ui/StockReportModel.h"
#include "ui/UserTableModel.h"
#include "ui/UsersScreen.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace ocopos;
using namespace ocopos::test;
using Tester = QAbstractItemModelTester;

namespace {

QString vnd(std::int64_t v) { return ui::money(core::Money(v)); }

/// Two sales on 20 and 21 November, then the clock back on the 28th:
/// HTX-A 2 × nước mắm 240.000, HTX-B trà hoa vàng 650.000, DN-C 6 × nước khoáng 48.000.
class BackOfficeTest : public UiTest {
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        store.clock().set(QDateTime::fromString(QStringLiteral("2026-11-20T10:00:00+07:00"), Qt::ISODate));
        openShift();
        services::CartSession first(store.ctx());
        first.add(QStringLiteral("NM-500"), core::Quantity::units(2));
        first.add(QStringLiteral("TRA-50"));
        first.commit(cashier, {cash(890000)});
        store.clock().set(QDateTime::fromString(QStringLiteral("2026-11-21T15:00:00+07:00"), Qt::ISODate));
        services::CartSession second(store.ctx());
        second.add(QStringLiteral("NK-500"), core::Quantity::units(6));
        second.commit(cashier, {cash(48000)});
        store.clock().set(QDateTime::fromString(QStringLiteral("2026-11-28T09:00:00+07:00"), Qt::ISODate));
    }

    static void selectGrouping(ui::ReportsScreen& s, const QString& code)
    {
        QComboBox* box = s.groupingBox();
        const int i = box->findData(code);
        ASSERT_GE(i, 0);
        box->setFocus();
        while (box->currentIndex() != i)
            QTest::keyClick(box, box->currentIndex() < i ? Qt::Key_Down : Qt::Key_Up);
        waitForReport(s);
    }

    /// Reports are computed on a worker thread: waits for the one running to be on screen.
    static void waitForReport(ui::ReportsScreen& s)
    {
        if (!s.isRunning())
            return;
        QSignalSpy ready(&s, &ui::ReportsScreen::reportReady);
        ASSERT_TRUE(ready.wait(60000));
        EXPECT_FALSE(s.isRunning());
    }

    static void confirmBox(QWidget* screen, const QString& button)
    {
        QPushButton* yes = nullptr;
        for (auto* box : screen->findChildren<QMessageBox*>())
            if (box->isVisible())
                yes = box->findChild<QPushButton*>(button);
        ASSERT_NE(yes, nullptr);
        QTest::mouseClick(yes, Qt::LeftButton);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
};

} // namespace

TEST_F(BackOfficeTest, ReportShowsTheTotalsAndABarPerRowAndFollowsTheGrouping)
{
    ui::ReportsScreen screen(env(manager));
    showActive(&screen);
    click(screen.findChild<QPushButton*>(QStringLiteral("pick_month")));
    EXPECT_EQ(screen.fromEdit()->date(), QDate(2026, 11, 1));
    EXPECT_EQ(screen.toEdit()->date(), QDate(2026, 11, 28));
    selectGrouping(screen, QStringLiteral("owner"));

    auto* model = screen.salesModel();
    const auto expected = services::ReportService(store.ctx()).sales(manager, QDate(2026, 11, 1), QDate(2026, 11, 28),
                                                                     services::SalesGrouping::Owner);
    ASSERT_EQ(model->rowCount(), 4);  // three owners and the totals
    const int total = model->rowCount() - 1;
    EXPECT_EQ(model->index(total, ui::SalesReportModel::Group).data().toString(), QStringLiteral("Total"));
    EXPECT_EQ(model->index(total, ui::SalesReportModel::Net).data().toString(), vnd(938000));
    EXPECT_EQ(model->index(total, ui::SalesReportModel::Net).data().toString(), ui::money(expected.totals.net));
    EXPECT_EQ(model->index(total, ui::SalesReportModel::Receipts).data().toString(), QStringLiteral("2"));
    EXPECT_TRUE(model->index(0, ui::SalesReportModel::Net).data(Qt::TextAlignmentRole).value<Qt::Alignment>().testFlag(Qt::AlignRight));
    QStringList owners;
    for (int r = 0; r < total; ++r)
        owners << model->index(r, ui::SalesReportModel::Group).data().toString();
    EXPECT_TRUE(owners.contains(QStringLiteral("HTX Trà hoa vàng Ba Chẽ")));
    EXPECT_TRUE(screen.summaryLabel()->text().contains(vnd(938000)));
    EXPECT_EQ(screen.chart()->barCount(), 3);
    EXPECT_EQ(screen.chart()->bars().front().net, core::Money(650000));  // the largest first

    selectGrouping(screen, QStringLiteral("day"));
    ASSERT_EQ(model->rowCount(), 3);  // 20 and 21 November, totals
    EXPECT_EQ(model->index(0, ui::SalesReportModel::Group).data().toString(), QStringLiteral("20/11/2026"));
    EXPECT_EQ(model->index(0, ui::SalesReportModel::Net).data().toString(), vnd(890000));
    EXPECT_EQ(model->index(2, ui::SalesReportModel::Net).data().toString(), vnd(938000));
    EXPECT_EQ(screen.chart()->barCount(), 2);

    selectGrouping(screen, QStringLiteral("product"));
    EXPECT_EQ(model->rowCount(), 4);
    EXPECT_EQ(screen.chart()->barCount(), 3);
    EXPECT_EQ(screen.bestSellersModel()->index(0, ui::SalesReportModel::Group).data().toString(),
              QStringLiteral("Trà hoa vàng Ba Chẽ (TRA-50)"));

    click(screen.findChild<QPushButton*>(QStringLiteral("pick_lastMonth")));
    waitForReport(screen);
    EXPECT_EQ(model->index(model->rowCount() - 1, ui::SalesReportModel::Net).data().toString(), vnd(0));
    EXPECT_EQ(screen.chart()->barCount(), 0);

    click(screen.printButton());
    EXPECT_EQ(printer.reports.size(), 1);
}

TEST_F(BackOfficeTest, AReportIsComputedInTheBackgroundWithTheShowButtonDisabled)
{
    ui::ReportsScreen screen(env(manager));
    showActive(&screen);
    QSignalSpy ready(&screen, &ui::ReportsScreen::reportReady);
    waitForReport(screen);
    ASSERT_FALSE(screen.isRunning());
    EXPECT_TRUE(screen.showButton()->isEnabled());
    EXPECT_FALSE(screen.busyIndicator()->isVisible());

    // Asked for a report: busy until its figures come back, which only the event loop delivers.
    ready.clear();
    screen.fromEdit()->setDate(QDate(2026, 11, 21));
    click(screen.showButton());
    EXPECT_TRUE(screen.isRunning());
    EXPECT_FALSE(screen.showButton()->isEnabled());
    EXPECT_TRUE(screen.busyIndicator()->isVisible());
    // Changed while running: one more run with the latest choice, and one result.
    screen.toEdit()->setDate(QDate(2026, 11, 21));
    screen.refresh();
    ASSERT_TRUE(ready.wait(60000));
    EXPECT_EQ(ready.count(), 1);
    EXPECT_FALSE(screen.isRunning());
    EXPECT_TRUE(screen.showButton()->isEnabled());
    EXPECT_FALSE(screen.busyIndicator()->isVisible());
    auto* model = screen.salesModel();
    ASSERT_EQ(model->rowCount(), 2);  // 21 November and the totals
    EXPECT_EQ(model->index(1, ui::SalesReportModel::Net).data().toString(), vnd(48000));
    EXPECT_TRUE(screen.summaryLabel()->text().contains(QStringLiteral("21/11/2026 – 21/11/2026")));
    EXPECT_GT(screen.stockModel()->rowCount(), 1);

    // A refused report (dates the wrong way round) says why, and the screen can run again.
    screen.fromEdit()->setDate(QDate(2026, 11, 28));
    screen.toEdit()->setDate(QDate(2026, 11, 1));
    click(screen.showButton());
    waitForReport(screen);
    EXPECT_EQ(screen.messageLabel()->property("tone").toString(), QStringLiteral("error"));
    EXPECT_EQ(screen.salesModel()->rowCount(), 0);
    EXPECT_TRUE(screen.showButton()->isEnabled());
}

TEST_F(BackOfficeTest, ReportExportsCsvForSalesAndStock)
{
    QTemporaryDir dir;
    ui::ReportsScreen screen(env(manager));
    showActive(&screen);
    QString asked;
    QString path = dir.filePath(QStringLiteral("sales.csv"));
    screen.setFileChooser([&](const QString& suggested) {
        asked = suggested;
        return path;
    });
    selectGrouping(screen, QStringLiteral("owner"));
    click(screen.exportButton());
    EXPECT_EQ(asked, QStringLiteral("doanh-thu-owner-2026-11-01-2026-11-28.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    EXPECT_TRUE(csv.startsWith(services::kUtf8Bom));
    EXPECT_TRUE(csv.contains("owner,"));
    EXPECT_TRUE(csv.contains("HTX-B"));
    EXPECT_TRUE(screen.messageLabel()->text().contains(QStringLiteral("sales.csv")));

    screen.tabs()->setCurrentIndex(ui::ReportsScreen::StockTab);
    path = dir.filePath(QStringLiteral("stock.csv"));
    click(screen.exportButton());
    QFile s(path);
    ASSERT_TRUE(s.open(QIODevice::ReadOnly));
    EXPECT_TRUE(s.readAll().contains("NM-500"));
    EXPECT_GT(screen.stockModel()->rowCount(), 1);
}

TEST_F(BackOfficeTest, SettlementPreviewMatchesTheServiceAndFinalizingFreezesIt)
{
    ui::SettlementsScreen screen(env(manager));
    showActive(&screen);
    const int i = screen.producerBox()->findData(QStringLiteral("HTX-A"));
    ASSERT_GE(i, 0);
    EXPECT_LT(screen.producerBox()->findData(QStringLiteral("HO-A1")), 0);  // households are not settled apart
    screen.producerBox()->setCurrentIndex(i);
    screen.fromEdit()->setDate(QDate(2026, 11, 1));
    screen.toEdit()->setDate(QDate(2026, 11, 27));
    click(screen.showButton());

    const auto st = services::SettlementService(store.ctx()).statement(manager, QStringLiteral("HTX-A"), QDate(2026, 11, 1),
                                                                       QDate(2026, 11, 27));
    EXPECT_EQ(screen.figure(QStringLiteral("payout")), ui::money(st.total.payout));
    EXPECT_EQ(screen.figure(QStringLiteral("payout")), vnd(192000));  // 240.000 − 20 % commission
    EXPECT_EQ(screen.figure(QStringLiteral("consignment_commission")), vnd(48000));
    ASSERT_EQ(screen.linesModel()->rowCount(), 1);
    EXPECT_EQ(screen.linesModel()->index(0, ui::StatementLinesModel::Payout).data().toString(), vnd(192000));
    ASSERT_EQ(screen.householdsModel()->rowCount(), 1);
    EXPECT_EQ(screen.householdsModel()->index(0, ui::StatementHouseholdsModel::Household).data().toString(),
              QStringLiteral("Hộ Nguyễn Văn Hải"));
    EXPECT_TRUE(screen.qrLabel()->isVisible());
    EXPECT_FALSE(screen.qrLabel()->pixmap().isNull());
    EXPECT_TRUE(screen.qrCaption()->text().contains(QStringLiteral("0141000765432")));
    EXPECT_EQ(screen.findChild<QLabel*>(QStringLiteral("payoutBig"))->text(), vnd(192000));

    QSignalSpy finalized(&screen, &ui::SettlementsScreen::finalizeFinished);
    click(screen.finalizeButton());
    confirmBox(&screen, QStringLiteral("confirmFinalize"));
    // Finalized on a worker: the window is back at once, busy, buttons waiting.
    EXPECT_FALSE(screen.finalizeBusy()->isHidden());
    EXPECT_FALSE(screen.finalizeButton()->isEnabled());
    EXPECT_FALSE(screen.showButton()->isEnabled());
    EXPECT_EQ(finalized.count(), 0);
    ASSERT_TRUE(finalized.wait(30000));
    EXPECT_TRUE(screen.finalizeBusy()->isHidden());
    ASSERT_TRUE(screen.statement());
    EXPECT_TRUE(screen.statement()->finalized);
    EXPECT_FALSE(screen.finalizeButton()->isEnabled());
    EXPECT_EQ(screen.listModel()->rowCount(), 1);
    EXPECT_EQ(services::SettlementService(store.ctx()).list(manager).size(), 1u);

    // An overlapping period is refused, and the screen says why.
    screen.fromEdit()->setDate(QDate(2026, 11, 15));
    screen.toEdit()->setDate(QDate(2026, 11, 25));
    click(screen.showButton());
    ASSERT_TRUE(screen.finalizeButton()->isEnabled());
    click(screen.finalizeButton());
    confirmBox(&screen, QStringLiteral("confirmFinalize"));
    ASSERT_TRUE(finalized.wait(30000));
    EXPECT_TRUE(screen.finalizeButton()->isEnabled());
    EXPECT_TRUE(screen.messageLabel()->isVisible());
    EXPECT_TRUE(screen.messageLabel()->text().contains(QStringLiteral("overlaps the statement already finalized for 01/11/2026 – 27/11/2026")))
        << screen.messageLabel()->text().toStdString();

    // A period that has not ended yet is refused too, with the day it can be finalized.
    screen.fromEdit()->setDate(QDate(2026, 11, 28));
    screen.toEdit()->setDate(QDate(2026, 11, 30));
    click(screen.showButton());
    click(screen.finalizeButton());
    confirmBox(&screen, QStringLiteral("confirmFinalize"));
    ASSERT_TRUE(finalized.wait(30000));
    EXPECT_TRUE(screen.messageLabel()->text().contains(QStringLiteral("01/12/2026"))) << screen.messageLabel()->text().toStdString();
    EXPECT_EQ(screen.listModel()->rowCount(), 1);

    // Reopening shows the frozen statement; printing hands it over as it is.
    screen.listView()->setCurrentIndex(screen.listModel()->index(0, 0));
    click(screen.findChild<QPushButton*>(QStringLiteral("openSettlement")));
    EXPECT_TRUE(screen.statement()->finalized);
    EXPECT_EQ(screen.fromEdit()->date(), QDate(2026, 11, 1));
    click(screen.printButton());
    EXPECT_EQ(printer.settlements, QStringList{QStringLiteral("HTX-A")});
}

TEST_F(BackOfficeTest, AProducerWithoutABankAccountGetsANoteInsteadOfAQr)
{
    ui::SettlementsScreen screen(env(manager));
    showActive(&screen);
    screen.producerBox()->setCurrentIndex(screen.producerBox()->findData(QStringLiteral("HTX-B")));
    screen.fromEdit()->setDate(QDate(2026, 11, 1));
    screen.toEdit()->setDate(QDate(2026, 11, 27));
    click(screen.showButton());
    EXPECT_FALSE(screen.qrLabel()->isVisible());
    EXPECT_TRUE(screen.qrCaption()->text().contains(QStringLiteral("no bank account")));
    EXPECT_NE(screen.figure(QStringLiteral("payout")), vnd(0));
}

TEST_F(BackOfficeTest, ACooperativeSeesOnlyItsOwnReportsAndSettlements)
{
    store.addUser(QStringLiteral("coop"), core::Role::Cooperative, QStringLiteral("HTX-A"), QStringLiteral("3333"));
    ui::ScreenRegistry registry = ui::ScreenRegistry::standard();
    ui::provideBackOfficeScreens(registry);
    ui::MainWindow w(store.ctx(), registry, printer);
    showActive(&w);
    w.loginScreen()->selectUser(QStringLiteral("coop"));
    QTest::keyClicks(w.loginScreen()->pinField(), QStringLiteral("3333"));
    QTest::keyClick(w.loginScreen()->pinField(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !w.loginScreen()->isBusy(); }, 30000));  // checked on a worker
    ASSERT_TRUE(w.session());
    // Its own products (scoped by the catalogue), reports and settlements; nothing else.
    EXPECT_EQ(w.navigation(), (QStringList{QStringLiteral("products"), QStringLiteral("reports"), QStringLiteral("settlements")}));

    ASSERT_TRUE(w.showScreen(QStringLiteral("reports")));
    auto* reports = qobject_cast<ui::ReportsScreen*>(w.currentScreen());
    ASSERT_NE(reports, nullptr);
    selectGrouping(*reports, QStringLiteral("owner"));
    ASSERT_EQ(reports->salesModel()->rowCount(), 2);  // HTX-A and the totals
    EXPECT_EQ(reports->salesModel()->index(0, ui::SalesReportModel::Net).data(Qt::UserRole).toString(), QStringLiteral("HTX-A"));
    EXPECT_EQ(reports->salesModel()->index(1, ui::SalesReportModel::Net).data().toString(), vnd(240000));
    for (int r = 0; r + 1 < reports->stockModel()->rowCount(); ++r)
        EXPECT_EQ(reports->stockModel()->index(r, ui::StockReportModel::Owner).data().toString(), QStringLiteral("HTX-A"));

    ASSERT_TRUE(w.showScreen(QStringLiteral("settlements")));
    auto* settle = qobject_cast<ui::SettlementsScreen*>(w.currentScreen());
    ASSERT_NE(settle, nullptr);
    EXPECT_EQ(settle->producerBox()->count(), 1);
    EXPECT_EQ(settle->producerBox()->currentData().toString(), QStringLiteral("HTX-A"));
    EXPECT_FALSE(settle->producerBox()->isEnabled());
    EXPECT_FALSE(settle->finalizeButton()->isVisible());
    ASSERT_TRUE(settle->statement());
    EXPECT_EQ(settle->statement()->producer.code, QStringLiteral("HTX-A"));
    EXPECT_FALSE(w.showScreen(QStringLiteral("users")));
    EXPECT_FALSE(w.showScreen(QStringLiteral("cashier")));
}

TEST_F(BackOfficeTest, AdminAddsResetsAndDeactivatesUsers)
{
    const auto admin = store.admin();
    ui::UsersScreen screen(env(admin));
    showActive(&screen);
    QTest::keyClicks(screen.usernameField(), QStringLiteral("hoa"));
    screen.displayNameField()->setText(QStringLiteral("Nguyễn Thị Hoa"));  // QTest types ASCII only
    QTest::keyClicks(screen.pinField(), QStringLiteral("4321"));
    EXPECT_FALSE(screen.producerBox()->isEnabled());
    click(screen.addButton());
    ASSERT_GE(screen.model()->rowOf(QStringLiteral("hoa")), 0) << screen.messageLabel()->text().toStdString();
    services::AuthService auth(store.ctx());
    EXPECT_EQ(auth.login(QStringLiteral("hoa"), QStringLiteral("4321")).role, core::Role::Cashier);

    // A cooperative user is bound to the cooperative picked.
    QTest::keyClicks(screen.usernameField(), QStringLiteral("htxa"));
    screen.displayNameField()->setText(QStringLiteral("HTX Cái Rồng"));
    screen.roleBox()->setCurrentIndex(screen.roleBox()->findData(QStringLiteral("cooperative")));
    ASSERT_TRUE(screen.producerBox()->isEnabled());
    screen.producerBox()->setCurrentIndex(screen.producerBox()->findData(QStringLiteral("HTX-A")));
    QTest::keyClicks(screen.pinField(), QStringLiteral("9876"));
    click(screen.addButton());
    const int coopRow = screen.model()->rowOf(QStringLiteral("htxa"));
    ASSERT_GE(coopRow, 0) << screen.messageLabel()->text().toStdString();
    EXPECT_EQ(screen.model()->at(coopRow)->producerCode, QStringLiteral("HTX-A"));

    // A PIN too short is refused with a message; a good one replaces the old.
    ASSERT_TRUE(screen.selectUser(QStringLiteral("hoa")));
    QTest::keyClicks(screen.newPinField(), QStringLiteral("12"));
    click(screen.resetPinButton());
    EXPECT_TRUE(screen.messageLabel()->property("tone").toString() == QLatin1String("error"));
    screen.newPinField()->clear();
    QTest::keyClicks(screen.newPinField(), QStringLiteral("5555"));
    click(screen.resetPinButton());
    EXPECT_EQ(auth.login(QStringLiteral("hoa"), QStringLiteral("5555")).username, QStringLiteral("hoa"));
    EXPECT_THROW(auth.login(QStringLiteral("hoa"), QStringLiteral("4321")), AuthError);

    click(screen.deactivateButton());
    confirmBox(&screen, QStringLiteral("confirmDeactivate"));
    EXPECT_FALSE(screen.model()->at(screen.model()->rowOf(QStringLiteral("hoa")))->active);
    EXPECT_THROW(auth.login(QStringLiteral("hoa"), QStringLiteral("5555")), AuthError);
}

TEST_F(BackOfficeTest, SettingsSaveAndTheTestQrAppears)
{
    const auto admin = store.admin();
    ui::SettingsScreen screen(env(admin));
    showActive(&screen);
    auto* name = qobject_cast<QLineEdit*>(screen.editor(QStringLiteral("store_name")));
    ASSERT_NE(name, nullptr);
    name->setText(QStringLiteral("Cửa hàng OCOP Hạ Long"));  // QTest types ASCII only
    auto* threshold = qobject_cast<QLineEdit*>(screen.editor(QStringLiteral("discount_override_pct")));
    threshold->selectAll();
    QTest::keyClicks(threshold, QStringLiteral("15"));
    auto* width = qobject_cast<QComboBox*>(screen.editor(QStringLiteral("receipt_width_mm")));
    width->setCurrentIndex(width->findData(QStringLiteral("58")));
    click(screen.saveButton());
    services::SettingsService settings(store.ctx());
    EXPECT_EQ(settings.get(QStringLiteral("store_name")), QStringLiteral("Cửa hàng OCOP Hạ Long"));
    EXPECT_EQ(settings.get(QStringLiteral("discount_override_pct")), QStringLiteral("15"));
    EXPECT_EQ(settings.get(QStringLiteral("receipt_width_mm")), QStringLiteral("58"));
    EXPECT_EQ(screen.messageLabel()->text(), QStringLiteral("Saved."));

    auto* tax = qobject_cast<QLineEdit*>(screen.editor(QStringLiteral("store_tax_code")));
    QTest::keyClicks(tax, QStringLiteral("12345"));
    click(screen.saveButton());
    EXPECT_EQ(screen.messageLabel()->property("tone").toString(), QStringLiteral("error"));
    EXPECT_TRUE(screen.messageLabel()->text().contains(QStringLiteral("store_tax_code")));
    EXPECT_EQ(settings.get(QStringLiteral("store_tax_code")), QString());

    click(screen.testQrButton());
    ASSERT_TRUE(screen.qrLabel()->isVisible());
    EXPECT_FALSE(screen.qrLabel()->pixmap().isNull());
    const auto qr = core::parseVietQr(screen.qrLabel()->property("payload").toString().toStdString());
    EXPECT_EQ(qr.bankBin, "970436");
    EXPECT_EQ(qr.account, "1023456789");
    ASSERT_TRUE(qr.amount);
    EXPECT_EQ(*qr.amount, core::Money(10000));

    // The language is stored and installed (the main window rebuilds its screens: see LanguageSwitchesLive).
    auto* language = qobject_cast<QComboBox*>(screen.editor(QStringLiteral("language")));
    tax->clear();
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    click(screen.saveButton());
    EXPECT_EQ(settings.get(QStringLiteral("language")), QStringLiteral("en"));
    EXPECT_TRUE(screen.messageLabel()->text().contains(QStringLiteral("new language")));
    language->setCurrentIndex(language->findData(QStringLiteral("vi")));
    click(screen.saveButton());
    EXPECT_EQ(settings.get(QStringLiteral("language")), QStringLiteral("vi"));
    EXPECT_EQ(ui::currentLanguage(), QStringLiteral("vi"));
    ui::UsersScreen next(env(admin));
    EXPECT_EQ(next.addButton()->text(), QStringLiteral("Thêm người dùng"));
    ui::installLanguage(QStringLiteral("en"));

    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("backup.db"));
    screen.setFileChooser([&](const QString&) { return target; });
    QSignalSpy finished(&screen, &ui::SettingsScreen::backupFinished);
    click(screen.backupButton());
    // VACUUM INTO runs on a worker: the click returns at once, busy, with no result yet.
    EXPECT_FALSE(screen.backupButton()->isEnabled());
    EXPECT_FALSE(screen.backupBusy()->isHidden());
    EXPECT_FALSE(screen.messageLabel()->text().startsWith(QStringLiteral("Backup saved")));
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(screen.backupButton()->isEnabled());
    EXPECT_TRUE(screen.backupBusy()->isHidden());
    EXPECT_TRUE(QFile::exists(target));
    EXPECT_TRUE(screen.messageLabel()->text().startsWith(QStringLiteral("Backup saved"))) << screen.messageLabel()->text().toStdString();
}

TEST_F(BackOfficeTest, PercentSettingsShowADecimalCommaAndTakeEitherMark)
{
    const auto admin = store.admin();
    services::SettingsService settings(store.ctx());
    settings.set(admin, QStringLiteral("default_commission_pct"), QStringLiteral("12.5"));
    ui::SettingsScreen screen(env(admin));
    auto* commission = qobject_cast<QLineEdit*>(screen.editor(QStringLiteral("default_commission_pct")));
    auto* threshold = qobject_cast<QLineEdit*>(screen.editor(QStringLiteral("discount_override_pct")));
    ASSERT_NE(commission, nullptr);
    EXPECT_EQ(commission->text(), QStringLiteral("12,5"));
    screen.save();
    EXPECT_EQ(screen.messageLabel()->text(), QStringLiteral("Nothing changed."));  // the shown text is the stored value
    threshold->setText(QStringLiteral("7,5"));
    commission->setText(QStringLiteral("15.25"));
    screen.save();
    EXPECT_EQ(screen.messageLabel()->text(), QStringLiteral("Saved."));
    EXPECT_EQ(settings.get(QStringLiteral("discount_override_pct")), QStringLiteral("7.5"));
    EXPECT_EQ(settings.get(QStringLiteral("default_commission_pct")), QStringLiteral("15.25"));
    screen.reload();
    EXPECT_EQ(threshold->text(), QStringLiteral("7,5"));
    EXPECT_EQ(commission->text(), QStringLiteral("15,25"));
    threshold->setText(QStringLiteral("abc"));
    screen.save();
    EXPECT_EQ(screen.messageLabel()->property("tone").toString(), QStringLiteral("error"));
    EXPECT_EQ(settings.get(QStringLiteral("discount_override_pct")), QStringLiteral("7.5"));
}

TEST_F(BackOfficeTest, ASettingsLanguageSwitchRetranslatesTheWindowAtOnce)
{
    ui::installLanguage(QStringLiteral("vi"));
    ui::ScreenRegistry registry = ui::ScreenRegistry::standard();
    ui::provideBackOfficeScreens(registry);
    ui::MainWindow w(store.ctx(), std::move(registry), printer);
    showActive(&w);
    Q_EMIT w.loginScreen()->loggedIn(store.admin());
    ASSERT_TRUE(w.showScreen(QStringLiteral("settings")));
    const auto navText = [&](const QString& key) { return w.findChild<QPushButton*>(QStringLiteral("nav_") + key)->text(); };
    const auto settingsScreen = [&] { return qobject_cast<ui::SettingsScreen*>(w.currentScreen()); };
    ASSERT_NE(settingsScreen(), nullptr);
    EXPECT_EQ(navText(QStringLiteral("settings")), QStringLiteral("Cài đặt"));
    EXPECT_EQ(settingsScreen()->saveButton()->text(), QStringLiteral("Lưu cài đặt"));

    const auto chooseAndSave = [&](const QString& code) {
        auto* language = qobject_cast<QComboBox*>(settingsScreen()->editor(QStringLiteral("language")));
        language->setCurrentIndex(language->findData(code));
        click(settingsScreen()->saveButton());
        QCoreApplication::sendPostedEvents();  // the LanguageChange events
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    };
    chooseAndSave(QStringLiteral("en"));
    ASSERT_TRUE(w.session());
    EXPECT_EQ(w.session()->username, QStringLiteral("admin"));
    ASSERT_NE(settingsScreen(), nullptr);  // still on the settings screen
    EXPECT_EQ(navText(QStringLiteral("settings")), QStringLiteral("Settings"));
    EXPECT_EQ(navText(QStringLiteral("cashier")), QStringLiteral("Cashier"));
    EXPECT_EQ(w.findChild<QPushButton*>(QStringLiteral("logout"))->text(), QStringLiteral("Log out"));
    EXPECT_EQ(settingsScreen()->saveButton()->text(), QStringLiteral("Save settings"));
    EXPECT_EQ(w.findChildren<ui::SettingsScreen*>().size(), 1);  // the old screens are gone
    EXPECT_EQ(services::SettingsService(store.ctx()).get(QStringLiteral("language")), QStringLiteral("en"));

    chooseAndSave(QStringLiteral("vi"));
    ASSERT_NE(settingsScreen(), nullptr);
    EXPECT_EQ(navText(QStringLiteral("settings")), QStringLiteral("Cài đặt"));
    EXPECT_EQ(settingsScreen()->saveButton()->text(), QStringLiteral("Lưu cài đặt"));
    EXPECT_EQ(w.loginScreen()->loginButton()->text(), QStringLiteral("Đăng nhập"));
    ui::installLanguage(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents();
}

TEST_F(BackOfficeTest, ALanguageSwitchWaitsForTheSaleInTheCart)
{
    ui::ScreenRegistry registry = ui::ScreenRegistry::standard();
    ui::provideBackOfficeScreens(registry);
    ui::MainWindow w(store.ctx(), std::move(registry), printer);
    showActive(&w);
    Q_EMIT w.loginScreen()->loggedIn(store.admin());
    auto* cashierScreen = qobject_cast<ui::CashierScreen*>(w.screen(QStringLiteral("cashier")));
    ASSERT_NE(cashierScreen, nullptr);
    cashierScreen->cart().add(QStringLiteral("TRA-50"));
    ui::installLanguage(QStringLiteral("vi"));
    QCoreApplication::sendPostedEvents();
    EXPECT_TRUE(w.languagePending());
    EXPECT_EQ(w.screen(QStringLiteral("cashier")), cashierScreen);  // the sale is kept
    EXPECT_EQ(cashierScreen->cart().lines().size(), 1u);
    cashierScreen->cart().clear();
    click(w.findChild<QPushButton*>(QStringLiteral("nav_settings")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(w.languagePending());
    EXPECT_EQ(w.findChild<QPushButton*>(QStringLiteral("nav_settings"))->text(), QStringLiteral("Cài đặt"));
    EXPECT_NE(qobject_cast<ui::SettingsScreen*>(w.currentScreen()), nullptr);
    ui::installLanguage(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents();
}

TEST_F(BackOfficeTest, EveryBackOfficeModelPassesTheModelTester)
{
    ui::SalesReportModel sales;
    ui::StockReportModel stock;
    ui::StatementLinesModel lines;
    ui::StatementHouseholdsModel households;
    ui::SettlementListModel list;
    ui::UserTableModel users;
    Tester t1(&sales, Tester::FailureReportingMode::Fatal);
    Tester t2(&stock, Tester::FailureReportingMode::Fatal);
    Tester t3(&lines, Tester::FailureReportingMode::Fatal);
    Tester t4(&households, Tester::FailureReportingMode::Fatal);
    Tester t5(&list, Tester::FailureReportingMode::Fatal);
    Tester t6(&users, Tester::FailureReportingMode::Fatal);
    services::ReportService reports(store.ctx());
    for (auto by : {services::SalesGrouping::Day, services::SalesGrouping::Product, services::SalesGrouping::Payment})
        sales.setReport(reports.sales(manager, QDate(2026, 11, 1), QDate(2026, 11, 28), by));
    EXPECT_EQ(sales.rowCount(), 2);  // cash and totals
    sales.setRows(reports.bestSellers(manager, QDate(2026, 11, 1), QDate(2026, 11, 28)));
    EXPECT_EQ(sales.rowCount(), 3);
    sales.clear();
    stock.setReport(reports.stock(manager));
    EXPECT_GT(stock.rowCount(), 1);
    services::SettlementService settle(store.ctx());
    const auto st = settle.statement(manager, QStringLiteral("HTX-B"), QDate(2026, 11, 1), QDate(2026, 11, 27));
    lines.setLines(st.lines);
    households.setHouseholds(st.households);
    EXPECT_EQ(lines.rowCount(), 1);
    settle.finalize(manager, QStringLiteral("HTX-B"), QDate(2026, 11, 1), QDate(2026, 11, 27));
    list.setSettlements(settle.list(manager));
    EXPECT_EQ(list.rowCount(), 1);
    users.setUsers(services::AuthService(store.ctx()).listUsers(store.admin()));
    EXPECT_GE(users.rowCount(), 3);
    lines.setLines({});
    EXPECT_EQ(lines.rowCount(), 0);
}
