// A manager returns part of a receipt, and voids another.
#include "UiFixture.h"

#include "services/CartSession.h"
#include "services/ShiftService.h"
#include "ui/ReceiptLinesModel.h"
#include "ui/ReceiptsScreen.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
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

void confirm(ui::ReceiptsScreen& screen)
{
    auto* box = screen.findChild<QMessageBox*>(QStringLiteral("confirmBox"));
    ASSERT_NE(box, nullptr);
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmYes")), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}
} // namespace

TEST_F(UiTest, ManagerReturnsPartOfAReceipt)
{
    openShift();
    services::CartSession cart(store.ctx());
    cart.add(QStringLiteral("NM-500"), core::Quantity::units(3));
    cart.add(QStringLiteral("NK-500"));
    const auto sale = cart.commit(cashier, {cash(400000)});

    ui::ReceiptsScreen screen(env(manager));
    showActive(&screen);
    QTest::keyClicks(screen.receiptField(), QStringLiteral("1"));  // short for Q01-000001
    QTest::keyClick(screen.receiptField(), Qt::Key_Return);
    ASSERT_EQ(screen.linesModel()->rowCount(), 2);
    EXPECT_TRUE(screen.summaryLabel()->text().contains(sale.receiptNo));

    // Type 2 in the Return column of the first line.
    screen.linesView()->setFocus();
    screen.linesView()->setCurrentIndex(screen.linesModel()->index(0, ui::ReceiptLinesModel::Return));
    QWidget* editor = QApplication::focusWidget();
    ASSERT_NE(editor, screen.linesView());

    QTest::keyClicks(editor, QStringLiteral("2"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();  // the delegate commits on a queued call
    ASSERT_EQ(screen.linesModel()->returns().size(), 1u);
    click(screen.returnButton());
    confirm(screen);
    ASSERT_TRUE(screen.lastReturn());
    EXPECT_EQ(screen.lastReturn()->refund.dong(), 240000);
    EXPECT_TRUE(screen.messageLabel()->text().contains(QStringLiteral("240.000")));
    EXPECT_EQ(printer.returns, QStringList{screen.lastReturn()->number});
    EXPECT_EQ(scalar(store, QStringLiteral("SELECT COUNT(*) FROM returns")), 1);
    EXPECT_EQ(services::ShiftService(store.ctx()).xReport(manager).refunds.dong(), 240000);

    // Asking for more than is left is refused with a message.
    screen.linesView()->setCurrentIndex(screen.linesModel()->index(1, ui::ReceiptLinesModel::Product));
    screen.linesView()->setCurrentIndex(screen.linesModel()->index(0, ui::ReceiptLinesModel::Return));
    editor = QApplication::focusWidget();
    QTest::keyClicks(editor, QStringLiteral("2"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();  // the delegate commits on a queued call
    click(screen.returnButton());
    confirm(screen);
    EXPECT_EQ(screen.messageLabel()->property("tone").toString(), QStringLiteral("error"));
    EXPECT_EQ(scalar(store, QStringLiteral("SELECT COUNT(*) FROM returns")), 1);
}

TEST_F(UiTest, ManagerVoidsASaleOfTheOpenShift)
{
    openShift();
    services::CartSession cart(store.ctx());
    cart.add(QStringLiteral("TRA-50"));
    const auto sale = cart.commit(cashier, {cash(650000)});
    ui::ReceiptsScreen screen(env(manager));
    showActive(&screen);
    QTest::keyClicks(screen.receiptField(), sale.receiptNo);
    QTest::keyClick(screen.receiptField(), Qt::Key_Return);
    click(screen.voidButton());
    confirm(screen);
    EXPECT_EQ(scalar(store, QStringLiteral("SELECT COUNT(*) FROM sales WHERE status = 'voided'")), 1);
    EXPECT_FALSE(screen.voidButton()->isEnabled());
    EXPECT_FALSE(screen.returnButton()->isEnabled());
    QTest::keyClicks(screen.receiptField(), QStringLiteral("X"));
    screen.receiptField()->setText(QStringLiteral("Q01-999999"));
    QTest::keyClick(screen.receiptField(), Qt::Key_Return);
    EXPECT_EQ(screen.messageLabel()->property("tone").toString(), QStringLiteral("error"));
    EXPECT_EQ(screen.linesModel()->rowCount(), 0);
}
