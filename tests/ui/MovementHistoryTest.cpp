// A product's stock movements, opened from the inventory screen.
#include "UiFixture.h"

#include "services/CartSession.h"
#include "services/ReturnService.h"
#include "ui/InventoryModels.h"
#include "ui/InventoryScreen.h"
#include "ui/MovementHistoryDialog.h"
#include "ui/MovementHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

using namespace ocopos;
using namespace ocopos::test;
using Tester = QAbstractItemModelTester;

namespace {

QString cell(const QAbstractItemModel* m, int row, int column) { return m->index(row, column).data().toString(); }

} // namespace

TEST_F(UiTest, HistoryShowsAReceiptASaleAndAReturnWithTheBalanceAfterEach)
{
    // CM-KG: 5 kg received (fixture); 0,35 kg sold; 0,1 kg brought back.
    openShift();
    services::CartSession cart(store.ctx());
    cart.add(QStringLiteral("CM-KG"), core::Quantity::fromThousandths(350));
    const auto sale = cart.commit(cashier, {cash(200000)});
    services::ReturnService(store.ctx())
        .returnItems(manager, sale.receiptNo, {{QStringLiteral("CM-KG"), core::Quantity::fromThousandths(100)}}, false,
                     QStringLiteral("customer changed their mind"));

    ui::InventoryScreen screen(env(manager));
    screen.resize(1200, 700);
    showActive(&screen);
    int row = -1;
    for (int r = 0; r < screen.model()->rowCount(); ++r)
        if (screen.model()->rowAt(r)->product.sku == QLatin1String("CM-KG"))
            row = r;
    ASSERT_GE(row, 0);
    screen.table()->setCurrentIndex(screen.model()->index(row, 0));
    click(screen.findChild<QPushButton*>(QStringLiteral("productHistory")));
    auto* dialog = screen.findChild<ui::MovementHistoryDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->isVisible());
    const ui::MovementHistoryModel* model = dialog->model();
    ASSERT_EQ(model->rowCount(), 3);
    using M = ui::MovementHistoryModel;
    EXPECT_EQ(cell(model, 0, M::Kind), QStringLiteral("Goods receipt"));
    EXPECT_EQ(cell(model, 0, M::Qty), QStringLiteral("+5 kg"));
    EXPECT_EQ(cell(model, 0, M::Lot), QStringLiteral("C1"));
    EXPECT_EQ(cell(model, 0, M::Balance), QStringLiteral("5 kg"));
    EXPECT_EQ(cell(model, 1, M::Kind), QStringLiteral("Sale"));
    EXPECT_EQ(cell(model, 1, M::Qty), QStringLiteral("-0,35 kg"));
    EXPECT_EQ(cell(model, 1, M::Reference), sale.receiptNo);
    EXPECT_EQ(cell(model, 1, M::User), cashier.username);
    EXPECT_EQ(cell(model, 1, M::Balance), QStringLiteral("4,65 kg"));
    EXPECT_EQ(cell(model, 2, M::Kind), QStringLiteral("Return"));
    EXPECT_EQ(cell(model, 2, M::Qty), QStringLiteral("+0,1 kg"));
    EXPECT_EQ(cell(model, 2, M::User), manager.username);
    EXPECT_EQ(cell(model, 2, M::Balance), QStringLiteral("4,75 kg"));
    EXPECT_FALSE(cell(model, 2, M::Time).isEmpty());
    EXPECT_TRUE(dialog->summary()->text().contains(QStringLiteral("4,75 kg"))) << dialog->summary()->text().toStdString();
    EXPECT_TRUE(dialog->summary()->text().contains(QStringLiteral("3 movement")));
    dialog->close();
}

TEST_F(UiTest, MovementHistoryModelPassesTheModelTesterAndNamesEveryKind)
{
    ui::MovementHistoryModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    services::MovementHistory h;
    h.sku = QStringLiteral("NM-500");
    h.unit = QStringLiteral("chai");
    h.entries.push_back({QStringLiteral("2026-11-20T10:00:00+07:00"), QStringLiteral("count"), QStringLiteral("L1"), QString(),
                         QStringLiteral("ql"), QStringLiteral("stocktake"), QString(), QString(),
                         core::Quantity::units(-2), core::Quantity::units(1500)});
    model.setHistory(h);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(cell(&model, 0, ui::MovementHistoryModel::Time), QStringLiteral("20/11/2026 10:00"));
    EXPECT_EQ(cell(&model, 0, ui::MovementHistoryModel::Kind), QStringLiteral("Stock count"));
    EXPECT_EQ(cell(&model, 0, ui::MovementHistoryModel::Qty), QStringLiteral("-2 chai"));
    EXPECT_EQ(cell(&model, 0, ui::MovementHistoryModel::Reference), QStringLiteral("stocktake"));
    EXPECT_EQ(cell(&model, 0, ui::MovementHistoryModel::Balance), QStringLiteral("1500 chai"));
    for (const char* kind : {"receipt", "sale", "return", "adjustment", "count", "write_off", "void"})
        EXPECT_NE(ui::MovementHistoryModel::kindName(QString::fromLatin1(kind)), QString::fromLatin1(kind)) << kind;
    model.setHistory({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(UiTest, HistoryOfAnUnknownProductSaysSo)
{
    ui::MovementHistoryDialog dialog(env(manager), QStringLiteral("NO-SUCH"));
    EXPECT_EQ(dialog.model()->rowCount(), 0);
    EXPECT_EQ(dialog.summary()->property("tone").toString(), QStringLiteral("error"));
}
