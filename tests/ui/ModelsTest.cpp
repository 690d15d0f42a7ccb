// Every model of the UI, checked by QAbstractItemModelTester while it changes.
#include "UiFixture.h"

#include "core/Barcode.h"
#include "services/CartSession.h"
#include "services/CatalogLookup.h"
#include "services/LoginDirectory.h"
#include "services/SaleReader.h"
#include "services/SaleService.h"
#include "ui/CartModel.h"
#include "ui/CashCountModel.h"
#include "ui/ParkedCartModel.h"
#include "ui/PaymentListModel.h"
#include "ui/ProductTableModel.h"
#include "ui/ReceiptLinesModel.h"
#include "ui/SuggestionModel.h"
#include "ui/UserListModel.h"

#include <QAbstractItemModelTester>

using namespace ocopos;
using namespace ocopos::test;
using Tester = QAbstractItemModelTester;

TEST_F(UiTest, CartModelFollowsTheSessionAndShowsPreviewFigures)
{
    services::CartSession cart(store.ctx());
    ui::CartModel model(cart);
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    cart.add(QStringLiteral("8938505974194"), core::Quantity::units(2));
    cart.add(QString::fromStdString(core::makeScaleBarcode(26, "10001", 350)));
    model.refresh();
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), ui::CartModel::ColumnCount);
    EXPECT_EQ(model.index(0, ui::CartModel::Name).data().toString(), QStringLiteral("Nước mắm Cái Rồng"));
    EXPECT_EQ(model.index(0, ui::CartModel::Producer).data().toString(), QStringLiteral("HTX Nước mắm Cái Rồng"));
    EXPECT_EQ(model.index(0, ui::CartModel::Qty).data().toString(), QStringLiteral("2"));
    EXPECT_EQ(model.index(0, ui::CartModel::Price).data().toString(), QStringLiteral("120.000\u00a0₫"));
    EXPECT_EQ(model.index(0, ui::CartModel::Amount).data().toString(), QStringLiteral("240.000\u00a0₫"));
    EXPECT_EQ(model.index(1, ui::CartModel::Qty).data().toString(), QStringLiteral("0,35 kg"));
    EXPECT_EQ(model.index(1, ui::CartModel::Amount).data().toString(), QStringLiteral("157.500\u00a0₫"));
    cart.setLineDiscount(0, core::Discount::percent(core::BasisPoints{500}));
    model.refresh();
    EXPECT_EQ(model.index(0, ui::CartModel::Discount).data().toString(), QStringLiteral("−12.000\u00a0₫ (5 %)"));
    EXPECT_EQ(model.index(0, ui::CartModel::Amount).data().toString(), QStringLiteral("228.000\u00a0₫"));
    cart.removeLine(0);
    model.refresh();
    EXPECT_EQ(model.rowCount(), 1);
    cart.clear();
    model.refresh();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(UiTest, SuggestionAndProductModels)
{
    ui::SuggestionModel suggestions;
    ui::ProductTableModel products;
    Tester t1(&suggestions, Tester::FailureReportingMode::Fatal);
    Tester t2(&products, Tester::FailureReportingMode::Fatal);
    services::CatalogLookup catalog(store.ctx());
    suggestions.setProducts(catalog.listProducts(cashier, QStringLiteral("nuoc"), QString(), 12));
    ASSERT_GE(suggestions.rowCount(), 2);
    EXPECT_TRUE(suggestions.index(0, ui::SuggestionModel::Name).data().toString().startsWith(QStringLiteral("Nước")));
    products.setProducts(catalog.listProducts(cashier));
    EXPECT_EQ(products.rowCount(), 6);
    suggestions.setProducts({});
    EXPECT_EQ(suggestions.rowCount(), 0);
}

TEST_F(UiTest, PaymentCashCountAndUserModels)
{
    ui::PaymentListModel payments;
    Tester t1(&payments, Tester::FailureReportingMode::Fatal);
    payments.add({core::PaymentMethod::Card, core::Money(50000), QStringLiteral("778")});
    payments.add(cash(100000));
    EXPECT_EQ(payments.index(0, ui::PaymentListModel::Reference).data().toString(), QStringLiteral("778"));
    payments.removeAt(0);
    EXPECT_EQ(payments.rowCount(), 1);

    ui::CashCountModel count;
    Tester t2(&count, Tester::FailureReportingMode::Fatal);
    EXPECT_EQ(count.rowCount(), 9);
    EXPECT_TRUE(count.setData(count.index(0, ui::CashCountModel::Count), 2));
    EXPECT_TRUE(count.setData(count.index(8, ui::CashCountModel::Count), QStringLiteral("3")));
    EXPECT_FALSE(count.setData(count.index(1, ui::CashCountModel::Count), -1));
    EXPECT_FALSE(count.setData(count.index(1, ui::CashCountModel::Denomination), 1));
    EXPECT_EQ(count.total().dong(), 1003000);
    EXPECT_EQ(count.index(0, ui::CashCountModel::Amount).data().toString(), QStringLiteral("1.000.000\u00a0₫"));
    count.clear();
    EXPECT_EQ(count.total().dong(), 0);

    ui::UserListModel users;
    Tester t3(&users, Tester::FailureReportingMode::Fatal);
    users.setUsers(services::loginUsers(store.ctx()));
    EXPECT_EQ(users.rowCount(), 3);
    EXPECT_EQ(users.rowOf(QStringLiteral("ql")), 1);
}

TEST_F(UiTest, ParkedAndReceiptLineModels)
{
    openShift();
    services::CartSession cart(store.ctx());
    cart.add(QStringLiteral("NM-500"));
    cart.park(cashier, QStringLiteral("bàn 2"));
    ui::ParkedCartModel parked;
    Tester t1(&parked, Tester::FailureReportingMode::Fatal);
    parked.setCarts(services::SaleService(store.ctx()).parked());
    ASSERT_EQ(parked.rowCount(), 1);
    EXPECT_EQ(parked.index(0, ui::ParkedCartModel::Note).data().toString(), QStringLiteral("bàn 2"));

    cart.add(QStringLiteral("NM-500"), core::Quantity::units(2));
    cart.add(QStringLiteral("NK-500"));
    const auto sale = cart.commit(cashier, {cash(300000)});
    ui::ReceiptLinesModel lines;
    Tester t2(&lines, Tester::FailureReportingMode::Fatal);
    lines.setSale(services::SaleReader(store.ctx()).byReceipt(sale.receiptNo));
    ASSERT_EQ(lines.rowCount(), 2);
    const QModelIndex ret = lines.index(0, ui::ReceiptLinesModel::Return);
    EXPECT_TRUE(lines.flags(ret) & Qt::ItemIsEditable);
    EXPECT_FALSE(lines.setData(ret, QStringLiteral("3")));  // more than sold
    EXPECT_FALSE(lines.setData(ret, QStringLiteral("0.5")));  // unit product
    EXPECT_TRUE(lines.setData(ret, QStringLiteral("1")));
    ASSERT_EQ(lines.returns().size(), 1u);
    EXPECT_EQ(lines.returns()[0].first, QStringLiteral("NM-500"));
    lines.setSale(std::nullopt);
    EXPECT_EQ(lines.rowCount(), 0);
}
