// Opening and closing the till's shift with the cash counted note by note.
#include "UiFixture.h"

#include "services/CartSession.h"
#include "services/ShiftService.h"
#include "ui/CashCountModel.h"
#include "ui/ShiftReportView.h"
#include "ui/ShiftScreen.h"

#include <QAbstractSpinBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

using namespace ocopos;
using namespace ocopos::test;

namespace {

/// Types a count into the denomination row of a cash count table, as a cashier does.
void typeCount(QTableView* table, int row, const QString& count)
{
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, ui::CashCountModel::Denomination));
    table->setCurrentIndex(table->model()->index(row, ui::CashCountModel::Count));  // moving onto a count opens its editor
    QWidget* editor = QApplication::focusWidget();
    ASSERT_NE(editor, nullptr);
    ASSERT_NE(editor, table);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, count);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();  // the delegate commits on a queued call
}

void confirmClose(ui::ShiftScreen& screen)
{
    auto* box = screen.findChild<QMessageBox*>(QStringLiteral("closeConfirm"));
    ASSERT_NE(box, nullptr);
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmClose")), Qt::LeftButton);
}

} // namespace

TEST_F(UiTest, OpensWithACountedFloatAndClosesWithDenominations)
{
    ui::ShiftScreen screen(env(cashier));
    showActive(&screen);
    ASSERT_TRUE(screen.openButton()->isVisible());
    typeCount(screen.floatTable(), 2, QStringLiteral("5"));  // 5 × 100.000
    EXPECT_EQ(screen.floatModel()->total().dong(), 500000);
    click(screen.openButton());
    const auto open = services::ShiftService(store.ctx()).currentIfOpen();
    ASSERT_TRUE(open);
    EXPECT_EQ(open->openingFloat.dong(), 500000);

    services::CartSession cart(store.ctx());
    cart.add(QStringLiteral("NM-500"));
    cart.commit(cashier, {cash(200000)});  // change 80.000
    screen.reload();
    EXPECT_EQ(screen.reportView()->figure(QStringLiteral("expected")), QStringLiteral("620.000\u00a0₫"));
    EXPECT_EQ(screen.reportView()->figure(QStringLiteral("sales")), QStringLiteral("1 / 0 / 0"));

    typeCount(screen.closeTable(), 0, QStringLiteral("1"));  // 500.000
    typeCount(screen.closeTable(), 2, QStringLiteral("1"));  // 100.000
    typeCount(screen.closeTable(), 4, QStringLiteral("1"));  // 20.000
    EXPECT_EQ(screen.closeModel()->total().dong(), 620000);
    click(screen.closeButton());
    confirmClose(screen);
    ASSERT_TRUE(screen.zReport());
    EXPECT_EQ(screen.zReport()->counted->dong(), 620000);
    EXPECT_TRUE(screen.zReport()->variance->isZero());
    EXPECT_EQ(screen.reportView()->figure(QStringLiteral("counted")), QStringLiteral("620.000\u00a0₫"));
    EXPECT_EQ(screen.reportView()->figure(QStringLiteral("variance")), QStringLiteral("none"));
    EXPECT_FALSE(services::ShiftService(store.ctx()).currentIfOpen());
    click(screen.findChild<QPushButton*>(QStringLiteral("printReport")));
    EXPECT_EQ(printer.shifts, QList<qint64>{screen.zReport()->shift.id});
}

TEST_F(UiTest, AShortDrawerShowsTheVariance)
{
    openShift(500000);
    ui::ShiftScreen screen(env(cashier));
    showActive(&screen);
    EXPECT_FALSE(screen.openButton()->isVisible());
    typeCount(screen.closeTable(), 1, QStringLiteral("2"));  // 2 × 200.000
    typeCount(screen.closeTable(), 3, QStringLiteral("1"));  // 50.000
    click(screen.closeButton());
    confirmClose(screen);
    ASSERT_TRUE(screen.zReport());
    EXPECT_EQ(screen.zReport()->variance->dong(), -50000);
    EXPECT_EQ(screen.reportView()->figure(QStringLiteral("variance")), QStringLiteral("-50.000\u00a0₫"));
    EXPECT_EQ(screen.messageLabel()->property("tone").toString(), QStringLiteral("warning"));
}
