// The cashier screen driven as a cashier does: scanner keystrokes, F-keys, dialogs.
#include "UiFixture.h"

#include "core/Barcode.h"
#include "services/SaleReader.h"
#include "ui/CartModel.h"
#include "ui/CashierScreen.h"
#include "ui/LoginScreen.h"
#include "ui/MainWindow.h"
#include "ui/ManagerOverrideDialog.h"
#include "ui/ParkedSalesDialog.h"
#include "ui/PaymentDialog.h"
#include "ui/ScanBox.h"
#include "ui/UserListModel.h"
#include "ui/ValueDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableView>

using namespace ocopos;
using namespace ocopos::test;

namespace {
std::int64_t scalar(TempStore& store, const QString& sql)
{
    db::Query q(store.db(), sql);
    return q.scalar()->toLongLong();
}
} // namespace

TEST_F(UiTest, RingsASaleEndToEndAsACashierWould)
{
    openShift();
    ui::MainWindow w(store.ctx(), ui::ScreenRegistry::standard(), printer);
    showActive(&w);
    // Log in with the PIN pad.
    auto* login = w.loginScreen();
    const int row = login->userModel()->rowOf(QStringLiteral("thu"));
    QTest::mouseClick(login->userList()->viewport(), Qt::LeftButton, Qt::NoModifier,
                      login->userList()->visualRect(login->userModel()->index(row)).center());
    for (const char* b : {"pin_1", "pin_1", "pin_1", "pin_1"})
        QTest::mouseClick(login->findChild<QPushButton*>(QString::fromLatin1(b)), Qt::LeftButton);
    QTest::keyClick(login->pinField(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([login] { return !login->isBusy(); }, 30000));  // checked on a worker
    auto* screen = qobject_cast<ui::CashierScreen*>(w.currentScreen());
    ASSERT_NE(screen, nullptr);
    auto* box = screen->scanBox();
    ASSERT_EQ(QApplication::focusWidget(), box);

    // Three barcodes and a scale label, as a scanner types them.
    scan(box, QStringLiteral("8938505974194"));  // Nước mắm 120.000
    scan(box, QStringLiteral("8936045000014"));  // Trà hoa vàng 650.000
    scan(box, QStringLiteral("8936167000015"));  // Nước khoáng 8.000
    scan(box, QString::fromStdString(core::makeScaleBarcode(26, "10001", 350)));  // Chả mực 0.350 kg = 157.500
    ASSERT_EQ(screen->cart().size(), 4);
    EXPECT_EQ(QApplication::focusWidget(), box);
    EXPECT_EQ(screen->cartModel()->index(3, ui::CartModel::Qty).data().toString(), QStringLiteral("0,35 kg"));
    EXPECT_EQ(screen->totalLabel()->text(), QStringLiteral("935.500\u00a0₫"));

    // Up to the water, F2, three bottles.
    QTest::keyClick(box, Qt::Key_Up);
    EXPECT_EQ(screen->currentRow(), 2);
    QTest::keyClick(box, Qt::Key_F2);
    auto* qty = find<ui::ValueDialog>(screen, QStringLiteral("quantityDialog"));
    ASSERT_NE(qty, nullptr);
    EXPECT_EQ(qty->field()->text(), QStringLiteral("1"));
    QTest::keyClicks(qty->field(), QStringLiteral("3"));  // replaces the selected 1
    QTest::keyClick(qty->field(), Qt::Key_Return);
    EXPECT_FALSE(qty->isVisible());
    EXPECT_EQ(screen->cart().lines()[2].qty.thousandths(), 3000);
    EXPECT_EQ(screen->totalLabel()->text(), QStringLiteral("951.500\u00a0₫"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(QApplication::focusWidget(), box);

    // Enter on the empty box pays: one million in cash, change 48.500.
    QTest::keyClick(box, Qt::Key_Return);
    auto* pay = find<ui::PaymentDialog>(screen, QStringLiteral("paymentDialog"));
    ASSERT_NE(pay, nullptr);
    EXPECT_FALSE(pay->completeButton()->isEnabled());
    QTest::keyClicks(pay->cashField(), QStringLiteral("1000k"));
    QTest::keyClick(pay->cashField(), Qt::Key_Return);
    EXPECT_EQ(pay->changeLabel()->text(), QStringLiteral("48.500\u00a0₫"));
    EXPECT_TRUE(pay->completeButton()->isEnabled());
    QTest::keyClick(pay->cashField(), Qt::Key_Return);
    ASSERT_TRUE(pay->result());
    const auto sale = *pay->result();
    EXPECT_EQ(pay->doneChangeLabel()->text(), QStringLiteral("Change: 48.500\u00a0₫"));
    EXPECT_EQ(pay->doneReceiptLabel()->text(), QStringLiteral("Receipt Q01-000001"));
    QTest::keyClick(pay, Qt::Key_Return);
    EXPECT_FALSE(pay->isVisible());
    EXPECT_TRUE(screen->cart().isEmpty());
    EXPECT_TRUE(screen->messageLabel()->text().contains(QStringLiteral("Q01-000001")));

    // In the database, with the right total.
    EXPECT_EQ(scalar(store, QStringLiteral("SELECT COUNT(*) FROM sales")), 1);
    EXPECT_EQ(scalar(store, QStringLiteral("SELECT total_vnd FROM sales WHERE receipt_no = 'Q01-000001'")), 951500);
    EXPECT_EQ(scalar(store, QStringLiteral("SELECT change_vnd FROM sales WHERE receipt_no = 'Q01-000001'")), 48500);
    const auto stored = services::SaleReader(store.ctx()).byReceipt(QStringLiteral("Q01-000001"));
    ASSERT_EQ(stored.lines.size(), 4u);
    EXPECT_EQ(stored.lines[2].qty.thousandths(), 3000);
    EXPECT_EQ(stored.lines[3].qty.thousandths(), 350);
    EXPECT_EQ(stored.cashier, QStringLiteral("thu"));
    EXPECT_EQ(sale.total.dong(), 951500);
}

TEST_F(UiTest, ClearMessagesForBadCodesAndNothingWrongEntersTheCart)
{
    openShift();
    ui::CashierScreen screen(env(cashier));
    showActive(&screen);
    auto* box = screen.scanBox();
    scan(box, QStringLiteral("8938505974195"));  // wrong check digit
    EXPECT_TRUE(screen.messageLabel()->text().contains(QStringLiteral("wrong check digit"))) << screen.messageLabel()->text().toStdString();
    scan(box, QStringLiteral("8934567890120"));  // valid, unknown
    EXPECT_TRUE(screen.messageLabel()->text().contains(QStringLiteral("No product has the code 8934567890120")));
    scan(box, QStringLiteral("2600000003504"));  // scale label, wrong check
    scan(box, QStringLiteral("xyz-nothing"));
    EXPECT_TRUE(screen.cart().isEmpty());
    EXPECT_EQ(screen.messageLabel()->property("tone").toString(), QStringLiteral("error"));

    // A weighed product by its code asks for the weight.
    scan(box, QStringLiteral("CM-KG"));
    auto* weight = find<ui::ValueDialog>(&screen, QStringLiteral("weightDialog"));
    ASSERT_NE(weight, nullptr);
    QTest::keyClicks(weight->field(), QStringLiteral("abc"));
    QTest::keyClick(weight->field(), Qt::Key_Return);
    EXPECT_TRUE(weight->isVisible());  // stays open with the problem shown
    EXPECT_TRUE(weight->message()->isVisible());
    weight->field()->clear();
    QTest::keyClicks(weight->field(), QStringLiteral("0,5"));
    QTest::keyClick(weight->field(), Qt::Key_Return);
    ASSERT_EQ(screen.cart().size(), 1);
    EXPECT_EQ(screen.cart().lines()[0].qty.thousandths(), 500);

    // "3*" before a code rings up three.
    scan(box, QStringLiteral("3*8936167000015"));
    ASSERT_EQ(screen.cart().size(), 2);
    EXPECT_EQ(screen.cart().lines()[1].qty.thousandths(), 3000);

    // Search as you type, without accents: pick with the arrows.
    QTest::keyClicks(box, QStringLiteral("nuoc mam"));
    box->searchNow();
    ASSERT_TRUE(box->suggestionsVisible());
    QTest::keyClick(box, Qt::Key_Down);
    QTest::keyClick(box, Qt::Key_Return);
    ASSERT_EQ(screen.cart().size(), 3);
    EXPECT_EQ(screen.cart().lines()[2].sku, QStringLiteral("NM-500"));
    EXPECT_TRUE(box->text().isEmpty());

    // Delete on the empty box removes the selected line.
    QTest::keyClick(box, Qt::Key_Delete);
    EXPECT_EQ(screen.cart().size(), 2);
    // The scale label's weight can't be changed with F2.
    scan(box, QString::fromStdString(core::makeScaleBarcode(26, "10001", 200)));
    QTest::keyClick(box, Qt::Key_F2);
    EXPECT_EQ(find<ui::ValueDialog>(&screen, QStringLiteral("quantityDialog")), nullptr);
    EXPECT_TRUE(screen.messageLabel()->text().contains(QStringLiteral("weighed")));
}

TEST_F(UiTest, DiscountOverTheThresholdAndShortStockAskForAManager)
{
    openShift();
    ui::CashierScreen screen(env(cashier));
    showActive(&screen);
    auto* box = screen.scanBox();
    scan(box, QStringLiteral("8938505974194"));
    QTest::keyClick(box, Qt::Key_F3);
    auto* disc = find<ui::ValueDialog>(&screen, QStringLiteral("lineDiscountDialog"));
    ASSERT_NE(disc, nullptr);
    QTest::keyClicks(disc->field(), QStringLiteral("15%"));
    QTest::keyClick(disc->field(), Qt::Key_Return);
    auto* ovr = find<ui::ManagerOverrideDialog>(&screen, QStringLiteral("overrideDialog"));
    ASSERT_NE(ovr, nullptr);
    EXPECT_EQ(ovr->userBox()->currentData().toString(), QStringLiteral("ql"));
    QTest::keyClicks(ovr->pinField(), QStringLiteral("1111"));  // not the manager's
    QTest::keyClick(ovr->pinField(), Qt::Key_Return);
    EXPECT_TRUE(ovr->isVisible());
    EXPECT_EQ(ovr->message()->text(), QStringLiteral("Wrong user or PIN."));
    QTest::keyClicks(ovr->pinField(), QStringLiteral("2222"));
    QTest::keyClick(ovr->pinField(), Qt::Key_Return);
    EXPECT_FALSE(ovr->isVisible());
    EXPECT_TRUE(screen.cart().hasApproval());
    EXPECT_EQ(screen.cart().lines()[0].priced.net.dong(), 102000);

    // Twelve bottles of ten on the shelf: the approval above does not cover it.
    QTest::keyClick(box, Qt::Key_F2);
    auto* qty = find<ui::ValueDialog>(&screen, QStringLiteral("quantityDialog"));
    ASSERT_NE(qty, nullptr);
    QTest::keyClicks(qty->field(), QStringLiteral("12"));
    QTest::keyClick(qty->field(), Qt::Key_Return);
    EXPECT_EQ(screen.messageLabel()->property("tone").toString(), QStringLiteral("warning"));
    EXPECT_TRUE(screen.messageLabel()->text().contains(QStringLiteral("10 sellable")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QTest::keyClick(box, Qt::Key_F12);
    ovr = find<ui::ManagerOverrideDialog>(&screen, QStringLiteral("overrideDialog"));
    ASSERT_NE(ovr, nullptr);
    click(ovr->findChild<QPushButton*>(QStringLiteral("cancel")));
    EXPECT_EQ(find<ui::PaymentDialog>(&screen), nullptr);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QTest::keyClick(box, Qt::Key_F12);
    ovr = find<ui::ManagerOverrideDialog>(&screen, QStringLiteral("overrideDialog"));
    ASSERT_NE(ovr, nullptr);
    QTest::keyClicks(ovr->pinField(), QStringLiteral("2222"));
    click(ovr->approveButton());
    auto* pay = find<ui::PaymentDialog>(&screen, QStringLiteral("paymentDialog"));
    ASSERT_NE(pay, nullptr);
    for (int i = 0; i < 3; ++i)
        click(pay->quickCashButton(4));  // 3 × 500.000 for 1.224.000
    click(pay->completeButton());
    ASSERT_TRUE(pay->result());
    EXPECT_EQ(pay->result()->total.dong(), 1224000);
    EXPECT_EQ(pay->result()->change.dong(), 276000);
    EXPECT_EQ(pay->result()->overrideBy, QStringLiteral("ql"));
    EXPECT_TRUE(pay->result()->lines[0].unlotted);
}

TEST_F(UiTest, ParkAndResumeWithFunctionKeys)
{
    openShift();
    ui::CashierScreen screen(env(cashier));
    showActive(&screen);
    auto* box = screen.scanBox();
    scan(box, QStringLiteral("8938505974194"));
    scan(box, QStringLiteral("8938505974194"));
    EXPECT_EQ(screen.cart().lines()[0].qty.thousandths(), 2000);
    QTest::keyClick(box, Qt::Key_F6);
    auto* note = find<ui::ValueDialog>(&screen, QStringLiteral("parkDialog"));
    ASSERT_NE(note, nullptr);
    note->field()->insert(QStringLiteral("khách áo xanh"));  // as an input method commits it
    QTest::keyClick(note->field(), Qt::Key_Return);
    EXPECT_TRUE(screen.cart().isEmpty());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QTest::keyClick(box, Qt::Key_F7);
    auto* parked = find<ui::ParkedSalesDialog>(&screen);
    ASSERT_NE(parked, nullptr);
    ASSERT_EQ(parked->table()->model()->rowCount(), 1);
    QTest::keyClick(parked->table(), Qt::Key_Return);
    ASSERT_EQ(screen.cart().size(), 1);
    EXPECT_EQ(screen.cart().total().dong(), 240000);
}

TEST_F(UiTest, TypingSearchesAfterAPauseAndScanningNever)
{
    ui::CashierScreen screen(env(cashier));
    showActive(&screen);
    auto* box = screen.scanBox();
    int searches = 0;
    box->setSearch([&](const QString&) {
        ++searches;
        return std::vector<core::Product>{};
    });
    scan(box, QStringLiteral("8938505974194"));  // a scanner's burst ends with Enter before the pause
    QTest::qWait(ui::ScanBox::kDefaultDebounceMs * 2);
    EXPECT_EQ(searches, 0);
    EXPECT_EQ(screen.cart().size(), 1);
    QTest::keyClicks(box, QStringLiteral("tra"));
    EXPECT_EQ(searches, 0);  // not on every keystroke
    QTest::qWait(ui::ScanBox::kDefaultDebounceMs * 3);
    EXPECT_EQ(searches, 1);
}
