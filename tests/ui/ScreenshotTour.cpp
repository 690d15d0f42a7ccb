// Walks the desktop app through the screens worth showing, on the demo store with
// stock on the shelf, and saves a screenshot of the whole X screen at each stop
// (ImageMagick's `import -window root`). Run under Xvfb:
//   xvfb-run -a -s "-screen 0 1366x768x24" build/tests/ui/ocopos_screenshot_tour docs/screenshots
#include "SaleFixtures.h"

#include "core/Barcode.h"
#include "services/AuthService.h"
#include "services/CartSession.h"
#include "services/DemoData.h"
#include "services/ShiftService.h"
#include "ui/CartModel.h"
#include "ui/CashCountModel.h"
#include "ui/CashierScreen.h"
#include "ui/CustomerDisplay.h"
#include "ui/LoginScreen.h"
#include "ui/MainWindow.h"
#include "ui/PaymentDialog.h"
#include "ui/ReceiptPrinter.h"
#include "ui/ScanBox.h"
#include "ui/ShiftScreen.h"
#include "ui/Theme.h"
#include "ui/UserListModel.h"
#include "ui/ValueDialog.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
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

template <typename T>
T* visible(QObject* parent, const QString& name = QString())
{
    for (T* c : parent->findChildren<T*>(name))
        if (c->isVisible())
            return c;
    return nullptr;
}

void scan(QWidget* box, const QString& code)
{
    QTest::keyClicks(box, code);
    QTest::keyClick(box, Qt::Key_Return);
}

void typeCount(QTableView* table, int row, const QString& count)
{
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, ui::CashCountModel::Denomination));
    table->setCurrentIndex(table->model()->index(row, ui::CashCountModel::Count));
    QWidget* editor = QApplication::focusWidget();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, count);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    g_out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(g_out);
    const QString language = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("vi");
    ui::installLanguage(language);
    ui::applyTheme(app);

    test::TempStore store(QStringLiteral("2026-11-28T10:42:00+07:00"));
    services::loadDemoData(store.ctx());
    struct Stock {
        const char* sku;
        const char* producer;
        const char* qty;
    };
    for (const Stock& s : {Stock{"NMCR-500", "HO-NVHAI", "40"}, Stock{"THV-50", "HO-TTMAI", "12"}, Stock{"MOBL-500", "HO-VTHOA", "15"},
                           Stock{"NKQH-500", "DN-QUANGHANH", "96"}, Stock{"CMHL-1KG", "HO-PTHUONG", "8"}, Stock{"RBK-500", "DN-BAKICH", "10"},
                           Stock{"TVB-10", "HTX-DONGRUI", "20"}, Stock{"NTHL-BT", "DN-NGOCTRAI", "6"}})
        test::addLot(store, QString::fromLatin1(s.sku), QStringLiteral("LO-%1").arg(QString::fromLatin1(s.sku)),
                     QString::fromLatin1(s.producer), QString::fromLatin1(s.qty), QDate(2027, 5, 31));
    auto cashierSession = services::AuthService(store.ctx()).login(QStringLiteral("thungan1"), QStringLiteral("1111"));
    services::ShiftService(store.ctx()).open(cashierSession, core::Money(1000000));

    ui::NoReceiptPrinter printer;
    ui::MainWindow w(store.ctx(), ui::ScreenRegistry::standard(), printer);
    w.setGeometry(0, 0, 1366, 768);
    w.show();
    w.activateWindow();
    (void)QTest::qWaitForWindowExposed(&w);

    // Login: the cashier picked, two digits typed on the pad.
    auto* login = w.loginScreen();
    login->selectUser(QStringLiteral("thungan1"));
    QTest::mouseClick(login->findChild<QPushButton*>(QStringLiteral("pin_1")), Qt::LeftButton);
    QTest::mouseClick(login->findChild<QPushButton*>(QStringLiteral("pin_1")), Qt::LeftButton);
    shot(QStringLiteral("01-login"));
    QTest::keyClicks(login->pinField(), QStringLiteral("11"));
    QTest::keyClick(login->pinField(), Qt::Key_Return);
    (void)QTest::qWaitFor([login] { return !login->isBusy(); }, 30000);  // the PIN is checked on a worker

    // Cashier with a full cart.
    auto* cashier = qobject_cast<ui::CashierScreen*>(w.currentScreen());
    if (!cashier) {
        std::cerr << "login failed" << std::endl;
        return 1;
    }
    auto* box = cashier->scanBox();
    scan(box, QStringLiteral("8936012000016"));  // nước mắm
    scan(box, QStringLiteral("8936012000016"));
    scan(box, QStringLiteral("8936045000014"));  // trà hoa vàng
    scan(box, QStringLiteral("8936078000036"));  // mật ong
    scan(box, QStringLiteral("6*8936167000015"));  // nước khoáng ×6
    scan(box, QString::fromStdString(core::makeScaleBarcode(26, "10001", 450)));  // chả mực 0,45 kg
    scan(box, QStringLiteral("8936223000010"));  // trứng vịt biển
    cashier->selectRow(2);
    QTest::keyClick(box, Qt::Key_F3);
    if (auto* d = visible<ui::ValueDialog>(cashier)) {
        QTest::keyClicks(d->field(), QStringLiteral("5%"));
        QTest::keyClick(d->field(), Qt::Key_Return);
    }
    QTest::keyClicks(box, QStringLiteral("ruou ba"));
    box->searchNow();
    shot(QStringLiteral("02-cashier-search"));
    QTest::keyClick(box, Qt::Key_Escape);
    QTest::keyClick(box, Qt::Key_Escape);
    shot(QStringLiteral("03-cashier-cart"));

    // Payment by VietQR, then cash with change.
    QTest::keyClick(box, Qt::Key_F12);
    auto* pay = visible<ui::PaymentDialog>(cashier);
    if (!pay) {
        std::cerr << "no payment dialog" << std::endl;
        return 1;
    }
    pay->showPage(ui::PaymentDialog::Page::Bank);
    shot(QStringLiteral("04-payment-vietqr"));
    pay->showPage(ui::PaymentDialog::Page::Cash);
    for (int i = 0; i < 4; ++i)
        QTest::mouseClick(pay->quickCashButton(4), Qt::LeftButton);
    shot(QStringLiteral("05-payment-cash-change"));
    QTest::mouseClick(pay->completeButton(), Qt::LeftButton);
    shot(QStringLiteral("06-payment-done"));
    QTest::keyClick(pay, Qt::Key_Return);

    // Shift close: the X report, the drawer counted note by note.
    w.showScreen(QStringLiteral("shift"));
    auto* shift = qobject_cast<ui::ShiftScreen*>(w.currentScreen());
    shift->reload();
    QApplication::setActiveWindow(&w);  // no window manager gives it back after the dialog
    typeCount(shift->closeTable(), 0, QStringLiteral("5"));
    for (int row : {5, 6, 7, 8})
        typeCount(shift->closeTable(), row, QStringLiteral("1"));
    shift->closeTable()->clearSelection();
    shot(QStringLiteral("07-shift-close"));
    QTest::mouseClick(shift->closeButton(), Qt::LeftButton);
    if (auto* confirm = visible<QMessageBox>(shift))
        QTest::mouseClick(confirm->findChild<QPushButton*>(QStringLiteral("confirmClose")), Qt::LeftButton);
    shot(QStringLiteral("08-shift-z-report"));

    // The customer display on its own.
    w.hide();
    ui::CustomerDisplay display(store.ctx());
    services::CartSession cart(store.ctx());
    ui::CartModel model(cart);
    display.attach(&model, &cart);
    cart.add(QStringLiteral("8936012000016"));
    cart.add(QStringLiteral("8936045000014"));
    model.refresh();
    display.cartChanged();
    display.setGeometry(0, 0, 1366, 768);
    display.show();
    display.showQr(cart.bankQrPayload(cart.total()), cart.total());
    shot(QStringLiteral("09-customer-display"));
    return 0;
}
