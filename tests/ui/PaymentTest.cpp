// The payment dialog: split payments, VietQR on screen and on the customer display.
#include "UiFixture.h"

#include "core/VietQr.h"
#include "services/SaleReader.h"
#include "ui/CashierScreen.h"
#include "ui/CustomerDisplay.h"
#include "ui/PaymentDialog.h"
#include "ui/ScanBox.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace ocopos;
using namespace ocopos::test;

TEST_F(UiTest, SplitPaymentWithVietQrCardAndCash)
{
    openShift();
    ui::CustomerDisplay display(store.ctx());
    display.show();
    auto e = env(cashier);
    e.customerDisplay = &display;
    ui::CashierScreen screen(e);
    showActive(&screen);
    scan(screen.scanBox(), QStringLiteral("8936045000014"));  // 650.000
    scan(screen.scanBox(), QStringLiteral("8938505974194"));  // 120.000
    EXPECT_EQ(display.totalLabel()->text(), QStringLiteral("770.000\u00a0₫"));
    QTest::keyClick(screen.scanBox(), Qt::Key_F12);
    auto* pay = find<ui::PaymentDialog>(&screen, QStringLiteral("paymentDialog"));
    ASSERT_NE(pay, nullptr);

    // 500.000 by bank transfer: the QR carries the amount and the coming receipt number.
    pay->showPage(ui::PaymentDialog::Page::Bank);
    EXPECT_EQ(pay->bankAmountField()->text(), QStringLiteral("770.000"));
    pay->bankAmountField()->clear();
    QTest::keyClicks(pay->bankAmountField(), QStringLiteral("500000"));
    ASSERT_FALSE(pay->qrPayload().isEmpty());
    const auto qr = core::parseVietQr(pay->qrPayload().toStdString());
    EXPECT_EQ(qr.amount->dong(), 500000);
    EXPECT_EQ(qr.purpose, "Q01-000001");
    EXPECT_EQ(qr.account, "1023456789");
    ASSERT_FALSE(pay->qrLabel()->pixmap().isNull());
    EXPECT_TRUE(display.qrLabel()->isVisible());
    const QString shown = pay->qrPayload();
    click(pay->bankConfirmButton());
    EXPECT_FALSE(display.qrLabel()->isVisible());
    EXPECT_EQ(pay->remainingLabel()->text(), QStringLiteral("270.000\u00a0₫"));

    // Card can't be more than what is left: refused, nothing added.
    pay->showPage(ui::PaymentDialog::Page::Card);
    EXPECT_EQ(pay->cardAmountField()->text(), QStringLiteral("270.000"));
    pay->cardAmountField()->setText(QStringLiteral("300000"));
    click(pay->addCardButton());
    EXPECT_TRUE(pay->message()->isVisible());
    EXPECT_EQ(pay->payments().size(), 1u);
    pay->cardAmountField()->setText(QStringLiteral("200.000"));
    QTest::keyClicks(pay->cardReferenceField(), QStringLiteral("445566"));
    click(pay->addCardButton());
    EXPECT_EQ(pay->payments().size(), 2u);

    // The rest in cash: the "exact" button.
    click(pay->quickCashButton(0));
    EXPECT_EQ(pay->changeLabel()->text(), QStringLiteral("0\u00a0₫"));
    click(pay->completeButton());
    ASSERT_TRUE(pay->result());
    EXPECT_EQ(pay->doneChangeLabel()->text(), QStringLiteral("No change"));
    const auto stored = services::SaleReader(store.ctx()).byReceipt(pay->result()->receiptNo);
    ASSERT_EQ(stored.payments.size(), 3u);
    EXPECT_EQ(stored.payments[0].method, core::PaymentMethod::BankQr);
    EXPECT_EQ(stored.payments[0].vietqr, shown);
    EXPECT_EQ(stored.payments[1].reference, QStringLiteral("445566"));
    EXPECT_EQ(stored.payments[2].amount.dong(), 70000);
    EXPECT_TRUE(display.banner()->text().contains(QStringLiteral("Thank you")));
}

TEST_F(UiTest, PaymentWithoutAnOpenShiftSendsToTheShiftScreen)
{
    ui::CashierScreen screen(env(cashier));
    showActive(&screen);
    bool asked = false;
    QObject::connect(&screen, &ui::CashierScreen::shiftRequested, [&] { asked = true; });
    scan(screen.scanBox(), QStringLiteral("8938505974194"));
    QTest::keyClick(screen.scanBox(), Qt::Key_F12);
    EXPECT_TRUE(asked);
    EXPECT_EQ(find<ui::PaymentDialog>(&screen), nullptr);
    EXPECT_TRUE(screen.messageLabel()->text().contains(QStringLiteral("No shift is open")));
}

// Issue 17: a company invoice's buyer is checked before the sale, the field named and focused.
TEST_F(UiTest, ACompanyInvoicesBuyerIsCheckedBeforeTheSale)
{
    openShift();
    ui::CashierScreen screen(env(cashier));
    showActive(&screen);
    scan(screen.scanBox(), QStringLiteral("8938505974194"));  // 120.000
    QTest::keyClick(screen.scanBox(), Qt::Key_F12);
    auto* pay = find<ui::PaymentDialog>(&screen, QStringLiteral("paymentDialog"));
    ASSERT_NE(pay, nullptr);
    click(pay->quickCashButton(0));
    click(pay->companyInvoiceButton());
    ASSERT_NE(pay->buyerField(QStringLiteral("tax_code")), nullptr);
    EXPECT_TRUE(pay->buyerField(QStringLiteral("tax_code"))->isVisible());
    pay->buyerField(QStringLiteral("name"))->setText(QStringLiteral("Công ty TNHH Hạ Long"));
    pay->buyerField(QStringLiteral("address"))->setText(QStringLiteral("Bãi Cháy, Hạ Long"));
    pay->buyerField(QStringLiteral("tax_code"))->setText(QStringLiteral("0100109107"));  // wrong check digit
    click(pay->completeButton());
    EXPECT_FALSE(pay->result());
    EXPECT_TRUE(pay->message()->isVisible());
    EXPECT_TRUE(pay->message()->text().startsWith(QStringLiteral("Tax code"))) << pay->message()->text().toStdString();
    EXPECT_EQ(pay->focusWidget(), pay->buyerField(QStringLiteral("tax_code")));
    EXPECT_EQ(countRows(store.db(), QStringLiteral("sales")), 0);

    pay->buyerField(QStringLiteral("tax_code"))->setText(QStringLiteral("0100109106"));
    click(pay->completeButton());
    ASSERT_TRUE(pay->result());
    EXPECT_EQ(countRows(store.db(), QStringLiteral("sales")), 1);
}
