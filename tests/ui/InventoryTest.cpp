// The manager's inventory area, driven as a manager would: filters on the
// products table, CSV import refused by line then accepted, goods received by
// scanning, a stock count with its variance, the alerts of the demo store, and
// every new model under QAbstractItemModelTester.
#include "UiFixture.h"
#include "services/AlertService.h"
#include "services/CatalogLookup.h"
#include "services/PriceService.h"
#include "services/ProductEditService.h"
#include "services/DemoData.h"
#include "services/StockService.h"
#include "ui/AlertsScreen.h"
#include "ui/EntryModels.h"
#include "ui/GoodsReceiptScreen.h"
#include "ui/InventoryModels.h"
#include "ui/InventoryScreen.h"
#include "ui/InventoryScreens.h"
#include "ui/ProductEditorDialog.h"
#include "ui/ProductImport.h"
#include "ui/ScanBox.h"
#include "ui/StocktakeScreen.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

using namespace ocopos;
using namespace ocopos::test;
using Tester = QAbstractItemModelTester;

namespace {

QStringList skusShown(const ui::InventoryScreen& screen)
{
    QStringList out;
    for (int r = 0; r < screen.model()->rowCount(); ++r)
        out << screen.model()->rowAt(r)->product.sku;
    return out;
}

core::Quantity onHand(TempStore& store, const services::Session& s, const char* sku)
{
    services::StockFilter f;
    f.productCode = QString::fromLatin1(sku);
    return services::StockService(store.ctx()).stock(s, f).at(0).onHand;
}

/// Types into a table cell the way a person does: select it, F2, type, Enter.
void typeInto(QTableView* table, int row, int column, const QString& text)
{
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, column));
    QTest::keyClick(table, Qt::Key_F2);
    QWidget* editor = QApplication::focusWidget();
    ASSERT_NE(editor, table);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
}

template <typename T> T* openDialog()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* d = qobject_cast<T*>(w); d && d->isVisible())
            return d;
    return nullptr;
}

} // namespace

TEST_F(UiTest, InventoryScreensAreInTheManagersNavigation)
{
    auto registry = ui::ScreenRegistry::standard();
    ui::provideInventoryScreens(registry);
    QStringList keys;
    for (const auto* s : registry.visibleFor(manager))
        keys << s->key;
    for (const char* key : { "inventory", "goods_receipt", "stocktake", "alerts" })
        EXPECT_TRUE(keys.contains(QString::fromLatin1(key))) << key;
    for (const auto* s : registry.visibleFor(cashier))
        EXPECT_NE(s->key, QStringLiteral("inventory"));
}

TEST_F(UiTest, ProductsTableFiltersByStockExpiryProducerCategoryAndText)
{
    // NM-500 falls to its reorder point: 10 on hand, reorder at 10.
    auto nm = services::CatalogLookup(store.ctx()).showProduct(manager, QStringLiteral("NM-500"));
    nm.reorderPoint = core::Quantity::units(10);
    services::ProductEditService(store.ctx()).saveProduct(manager, nm);

    ui::InventoryScreen screen(env(manager));
    showActive(&screen);
    Tester tester(screen.model(), Tester::FailureReportingMode::Fatal);
    EXPECT_EQ(screen.model()->rowCount(), 6);
    const int nmRow = static_cast<int>(skusShown(screen).indexOf(QStringLiteral("NM-500")));
    EXPECT_EQ(screen.model()->index(nmRow, ui::StockTableModel::OnHand).data().toString(), QStringLiteral("10"));
    EXPECT_EQ(
        screen.model()->index(nmRow, ui::StockTableModel::Price).data().toString(), QStringLiteral("120.000\u00a0₫"));

    click(screen.lowFilter());
    EXPECT_EQ(skusShown(screen), QStringList { QStringLiteral("NM-500") });
    click(screen.lowFilter());
    click(screen.expiringFilter()); // CM-KG's lot expires on 5/12, a week away
    EXPECT_EQ(skusShown(screen), QStringList { QStringLiteral("CM-KG") });
    click(screen.expiringFilter());

    screen.producerFilter()->setCurrentIndex(screen.producerFilter()->findData(QStringLiteral("HTX-B")));
    EXPECT_EQ(skusShown(screen).size(), 3);
    screen.categoryFilter()->setCurrentIndex(screen.categoryFilter()->findData(QStringLiteral("Dược liệu")));
    EXPECT_EQ(skusShown(screen), QStringList { QStringLiteral("TRA-50") });
    screen.producerFilter()->setCurrentIndex(0);
    screen.categoryFilter()->setCurrentIndex(0);

    QTest::keyClicks(screen.searchField(), QStringLiteral("nuoc"));
    screen.refresh();
    // Names and producers: HTX Nước mắm Cái Rồng's chả mực matches too.
    EXPECT_EQ(skusShown(screen).size(), 3);
    EXPECT_TRUE(skusShown(screen).contains(QStringLiteral("NK-500")));
    EXPECT_TRUE(skusShown(screen).contains(QStringLiteral("CM-KG")));
}

TEST_F(UiTest, ProductImportWithErrorsListsThemByLineAndImportsNothingThenAGoodFileImports)
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    const QString good = dir.filePath(QStringLiteral("good.csv"));
    const QByteArray header = "sku,name,unit,sold_by,price,vat,owner_code,supply,category\n";
    {
        QFile f(bad);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(header
            + "MOI-1,Mật ong rừng,chai,unit,180000,8,HTX-B,consignment,Thực phẩm\n"
              "MOI-2,Miến dong,gói,unit,abc,8,HTX-B,consignment,Thực phẩm\n"
              "MOI-3,Chè,gói,unit,50000,8,HTX-ZZ,consignment,Thực phẩm\n");
    }
    {
        QFile f(good);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(header
            + "MOI-1,Mật ong rừng,chai,unit,180000,8,HTX-B,consignment,Thực phẩm\n"
              "MOI-2,Miến dong,gói,unit,45000,8,HTX-B,consignment,Thực phẩm\n");
    }
    ui::InventoryScreen screen(env(manager));
    showActive(&screen);
    QSignalSpy imported(&screen, &ui::InventoryScreen::importFinished);
    screen.importFile(bad);
    // Checked and saved on a worker: the call returns at once with a busy dialog.
    auto* progress = screen.findChild<QProgressDialog*>(QStringLiteral("importProgress"));
    ASSERT_NE(progress, nullptr);
    EXPECT_TRUE(progress->isVisible());
    EXPECT_EQ(imported.count(), 0);
    ASSERT_TRUE(imported.wait(30000));
    EXPECT_FALSE(imported.takeFirst().at(0).toBool());
    auto* errors = openDialog<ui::ImportErrorsDialog>();
    ASSERT_NE(errors, nullptr);
    Tester tester(errors->model(), Tester::FailureReportingMode::Fatal);
    ASSERT_EQ(errors->model()->rowCount(), 2);
    EXPECT_EQ(errors->model()->index(0, ui::ProblemListModel::Line).data().toString(), QStringLiteral("3"));
    EXPECT_EQ(errors->model()->index(0, ui::ProblemListModel::Field).data().toString(), QStringLiteral("price"));
    EXPECT_EQ(errors->model()->index(1, ui::ProblemListModel::Line).data().toString(), QStringLiteral("4"));
    EXPECT_EQ(errors->model()->index(1, ui::ProblemListModel::Field).data().toString(), QStringLiteral("owner_code"));
    EXPECT_EQ(countRows(store.db(), QStringLiteral("products")), 6) << "all-or-nothing: MOI-1 was not imported either";
    EXPECT_TRUE(screen.status()->text().contains(QStringLiteral("not imported")));
    QTest::keyClick(errors, Qt::Key_Escape);

    screen.importFile(good);
    ASSERT_TRUE(imported.wait(30000));
    EXPECT_TRUE(imported.takeFirst().at(0).toBool());
    EXPECT_EQ(countRows(store.db(), QStringLiteral("products")), 8);
    EXPECT_TRUE(screen.status()->text().contains(QStringLiteral("2 new product(s)")))
        << screen.status()->text().toStdString();
    EXPECT_EQ(screen.model()->rowCount(), 8);
}

TEST_F(UiTest, GoodsReceiptByScanningAddsStockAndOffersTheNote)
{
    ui::GoodsReceiptScreen screen(env(manager));
    screen.resize(1200, 700);
    showActive(&screen);
    Tester tester(screen.model(), Tester::FailureReportingMode::Fatal);
    EXPECT_EQ(onHand(store, manager, "TRA-50"), core::Quantity::units(5));

    scan(screen.scanBox(), QStringLiteral("8936045000014"));
    scan(screen.scanBox(), QStringLiteral("8936045000014"));
    scan(screen.scanBox(), QStringLiteral("8936045000014"));
    ASSERT_EQ(screen.model()->rowCount(), 1);
    EXPECT_EQ(screen.model()->index(0, ui::ReceiptEntryModel::Qty).data().toString(), QStringLiteral("3"));
    scan(screen.scanBox(), QStringLiteral("0000000000000"));
    EXPECT_EQ(screen.message()->property("tone").toString(), QStringLiteral("error"));
    EXPECT_EQ(screen.model()->rowCount(), 1);

    // No lot code yet: refused, the problem on its line, nothing written.
    click(screen.commitButton());
    EXPECT_FALSE(screen.lastReceipt());
    EXPECT_TRUE(screen.model()
                    ->index(0, ui::ReceiptEntryModel::Problem)
                    .data()
                    .toString()
                    .contains(QStringLiteral("lot_code")));
    EXPECT_EQ(onHand(store, manager, "TRA-50"), core::Quantity::units(5));

    // A product without a label on hand is searched by name and picked.
    QTest::keyClicks(screen.scanBox(), QStringLiteral("ruou ba"));
    screen.scanBox()->searchNow();
    ASSERT_TRUE(screen.scanBox()->suggestionsVisible());
    QTest::keyClick(screen.scanBox(), Qt::Key_Down);
    QTest::keyClick(screen.scanBox(), Qt::Key_Return);
    ASSERT_EQ(screen.model()->rowCount(), 2);
    EXPECT_EQ(screen.model()->lines()[1].product.sku, QStringLiteral("RUOU-500"));
    screen.table()->setCurrentIndex(screen.model()->index(1, 0));
    click(screen.findChild<QPushButton*>(QStringLiteral("removeLine")));
    ASSERT_EQ(screen.model()->rowCount(), 1);

    typeInto(screen.table(), 0, ui::ReceiptEntryModel::LotCode, QStringLiteral("T2-2611"));
    typeInto(screen.table(), 0, ui::ReceiptEntryModel::ExpiresOn, QStringLiteral("30/11/2027"));
    typeInto(screen.table(), 0, ui::ReceiptEntryModel::Qty, QStringLiteral("4"));
    typeInto(screen.table(), 0, ui::ReceiptEntryModel::Producer, QStringLiteral("ho-b1"));
    EXPECT_EQ(screen.model()->lines()[0].expiresOn, QDate(2027, 11, 30));
    click(screen.commitButton());
    ASSERT_TRUE(screen.lastReceipt());
    EXPECT_EQ(screen.model()->rowCount(), 0);
    EXPECT_EQ(onHand(store, manager, "TRA-50"), core::Quantity::units(9));
    EXPECT_EQ(screen.lastReceipt()->lines.at(0).producerCode, QStringLiteral("HO-B1"));

    click(screen.printButton());
    EXPECT_EQ(printer.goodsReceipts, QStringList { screen.lastReceipt()->number });
}

TEST_F(UiTest, GoodsReceiptMadeByOffersTheOwnersHouseholds)
{
    ui::GoodsReceiptScreen screen(env(manager));
    screen.resize(1200, 700);
    showActive(&screen);
    scan(screen.scanBox(), QStringLiteral("8938505974194")); // NM-500, owned by HTX-A
    ASSERT_EQ(screen.model()->rowCount(), 1);
    typeInto(screen.table(), 0, ui::ReceiptEntryModel::LotCode, QStringLiteral("L9"));

    screen.table()->setFocus();
    screen.table()->setCurrentIndex(screen.model()->index(0, ui::ReceiptEntryModel::Producer));
    QTest::keyClick(screen.table(), Qt::Key_F2);
    auto* box = screen.table()->findChild<QComboBox*>(QStringLiteral("madeByEditor"));
    ASSERT_NE(box, nullptr);
    QStringList codes;
    for (int i = 0; i < box->count(); ++i)
        codes << box->itemData(i).toString();
    EXPECT_EQ(codes,
        (QStringList { QString(), QStringLiteral("HTX-A"), QStringLiteral("HO-A1"), QStringLiteral("HO-A2") }))
        << "the default, the owner and its households; not another cooperative's";
    EXPECT_TRUE(box->itemText(3).contains(QStringLiteral("Trần Thị Lan")));
    EXPECT_EQ(box->currentIndex(), 0);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    QTest::keyClick(box, Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_EQ(screen.model()->lines()[0].producerCode, QStringLiteral("HO-A2"));

    click(screen.commitButton());
    ASSERT_TRUE(screen.lastReceipt()) << screen.message()->text().toStdString();
    EXPECT_EQ(screen.lastReceipt()->lines.at(0).producerCode, QStringLiteral("HO-A2"));
}

TEST_F(UiTest, StockCountRecordsTheVariance)
{
    ui::StocktakeScreen screen(env(manager));
    screen.resize(1200, 700);
    showActive(&screen);
    Tester tester(screen.model(), Tester::FailureReportingMode::Fatal);
    const int row = screen.model()->firstRowOf(QStringLiteral("NM-500"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(screen.model()->index(row, ui::CountEntryModel::Expected).data().toString(), QStringLiteral("10"));
    for (int i = 0; i < 7; ++i)
        scan(screen.scanBox(), QStringLiteral("8938505974194"));
    EXPECT_EQ(screen.model()->index(row, ui::CountEntryModel::Counted).data().toString(), QStringLiteral("7"));
    EXPECT_EQ(screen.model()->index(row, ui::CountEntryModel::Variance).data().toString(), QStringLiteral("-3"));
    const int tra = screen.model()->firstRowOf(QStringLiteral("TRA-50"));
    typeInto(screen.table(), tra, ui::CountEntryModel::Counted, QStringLiteral("6"));
    EXPECT_EQ(screen.model()->index(tra, ui::CountEntryModel::Variance).data().toString(), QStringLiteral("+1"));

    click(screen.commitButton());
    EXPECT_EQ(screen.message()->property("tone").toString(), QStringLiteral("ok"))
        << screen.message()->text().toStdString();
    EXPECT_EQ(onHand(store, manager, "NM-500"), core::Quantity::units(7));
    EXPECT_EQ(onHand(store, manager, "TRA-50"), core::Quantity::units(6));
    EXPECT_EQ(onHand(store, manager, "NK-500"), core::Quantity::units(48)) << "not counted, not touched";
    EXPECT_EQ(countRows(store.db(), QStringLiteral("stock_counts")), 1);
}

TEST_F(UiTest, StockCountByProductSpreadsTheShrinkageOverItsLots)
{
    // NM-500: L1 (10, expires 1/6/2027) and L2 (6, expires 1/3/2027, sells first).
    db::Query first(store.db(), QStringLiteral("SELECT id FROM lots WHERE lot_code = 'L1'"));
    const qint64 l1 = first.scalar()->toLongLong();
    const qint64 l2 = addLot(store, QStringLiteral("NM-500"), QStringLiteral("L2"), QStringLiteral("HO-A2"),
        QStringLiteral("6"), QDate(2027, 3, 1));
    ui::StocktakeScreen screen(env(manager));
    screen.resize(1200, 700);
    showActive(&screen);
    Tester tester(screen.model(), Tester::FailureReportingMode::Fatal);
    click(screen.byProductButton());
    ASSERT_EQ(screen.model()->countBy(), ui::CountEntryModel::CountBy::Product);
    const int row = screen.model()->firstRowOf(QStringLiteral("NM-500"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(screen.model()->rowCount(), 4) << "one row per product with lots";
    EXPECT_EQ(screen.model()->index(row, ui::CountEntryModel::Expected).data().toString(), QStringLiteral("16"));
    EXPECT_EQ(screen.model()->index(row, ui::CountEntryModel::LotCode).data().toString(), QStringLiteral("2 lot(s)"));

    for (int i = 0; i < 12; ++i)
        scan(screen.scanBox(), QStringLiteral("8938505974194"));
    EXPECT_EQ(screen.model()->index(row, ui::CountEntryModel::Counted).data().toString(), QStringLiteral("12"));
    EXPECT_EQ(screen.model()->index(row, ui::CountEntryModel::Variance).data().toString(), QStringLiteral("-4"));
    EXPECT_FALSE(screen.byLotButton()->isEnabled()) << "no switching with a count under way";

    click(screen.commitButton());
    EXPECT_EQ(screen.message()->property("tone").toString(), QStringLiteral("ok"))
        << screen.message()->text().toStdString();
    EXPECT_EQ(screen.model()->index(row, ui::CountEntryModel::Variance).data().toString(), QStringLiteral("-4"));
    EXPECT_EQ(onHand(store, manager, "NM-500"), core::Quantity::units(12));
    // The shrinkage comes off the lot that would sell last; the one selling first is kept.
    EXPECT_EQ(onHandOf(store, l1), 6000);
    EXPECT_EQ(ledgerOf(store, l1), 6000);
    EXPECT_EQ(onHandOf(store, l2), 6000);
    EXPECT_EQ(onHand(store, manager, "TRA-50"), core::Quantity::units(5)) << "not counted, not touched";
    EXPECT_EQ(countRows(store.db(), QStringLiteral("stock_counts")), 1);
}

TEST(InventoryDemo, AlertsShowTheDemoExpiringLotAndOpenTheProduct)
{
    TempStore store;
    services::loadDemoData(store.ctx());
    const auto alerts = services::AlertService(store.ctx()).alerts(store.admin());
    ASSERT_FALSE(alerts.expiringLots.empty());
    ui::NoReceiptPrinter printer;
    ui::AlertsScreen screen(ui::ScreenEnv { store.ctx(), store.admin(), &printer, nullptr });
    screen.resize(1200, 700);
    screen.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&screen));
    Tester tester(screen.model(), Tester::FailureReportingMode::Fatal);
    const QModelIndex lots = screen.model()->group(1);
    ASSERT_EQ(screen.model()->rowCount(lots), static_cast<int>(alerts.expiringLots.size()));
    const QModelIndex first = screen.model()->index(0, ui::AlertsModel::Product, lots);
    EXPECT_EQ(first.data().toString(), alerts.expiringLots.front().name);
    EXPECT_TRUE(screen.model()
                    ->index(0, ui::AlertsModel::Detail, lots)
                    .data()
                    .toString()
                    .contains(alerts.expiringLots.front().lotCode));

    QString opened;
    screen.setOpenProduct([&](const QString& sku) { opened = sku; });
    screen.tree()->scrollTo(first);
    const QRect rect = screen.tree()->visualRect(first);
    QTest::mouseClick(screen.tree()->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QTest::mouseDClick(screen.tree()->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    EXPECT_EQ(opened, alerts.expiringLots.front().sku);
}

TEST_F(UiTest, ProducerTreeHasHouseholdsUnderTheirCooperative)
{
    ui::ProducerTreeModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setProducers(services::CatalogLookup(store.ctx()).listProducers(manager));
    EXPECT_EQ(model.rowCount(), 3); // HTX-A, HTX-B, DN-C
    bool found = false;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex top = model.index(r, 0);
        if (top.data(Qt::UserRole).toString() == QLatin1String("HTX-A")) {
            found = true;
            EXPECT_EQ(model.rowCount(top), 2);
            EXPECT_EQ(model.producer(model.index(0, 0, top))->parentCode, QStringLiteral("HTX-A"));
        }
    }
    EXPECT_TRUE(found);
}

TEST_F(UiTest, EntryModelsPassTheModelTester)
{
    ui::ReceiptEntryModel receipt;
    Tester t1(&receipt, Tester::FailureReportingMode::Fatal);
    const auto nm = services::CatalogLookup(store.ctx()).showProduct(manager, QStringLiteral("NM-500"));
    const auto cm = services::CatalogLookup(store.ctx()).showProduct(manager, QStringLiteral("CM-KG"));
    receipt.addProduct(nm);
    receipt.addProduct(nm);
    receipt.addProduct(cm);
    ASSERT_EQ(receipt.rowCount(), 2);
    EXPECT_FALSE(receipt.setData(receipt.index(1, ui::ReceiptEntryModel::Qty), QStringLiteral("abc")));
    EXPECT_TRUE(receipt.setData(receipt.index(1, ui::ReceiptEntryModel::Qty), QStringLiteral("2,5")));
    EXPECT_EQ(receipt.index(1, ui::ReceiptEntryModel::Qty).data().toString(), QStringLiteral("2,5 kg"));
    EXPECT_TRUE(receipt.setData(receipt.index(1, ui::ReceiptEntryModel::UnitCost), QStringLiteral("300k")));
    EXPECT_EQ(receipt.index(1, ui::ReceiptEntryModel::UnitCost).data().toString(), QStringLiteral("300.000\u00a0₫"));
    receipt.setProblems({ Problem { 3, "lot_code", "is required" } });
    EXPECT_TRUE(receipt.index(0, ui::ReceiptEntryModel::Problem).data().toString().isEmpty());
    EXPECT_FALSE(receipt.index(1, ui::ReceiptEntryModel::Problem).data().toString().isEmpty());
    EXPECT_EQ(receipt.toCsv(),
        QByteArray("code,qty,lot_code,producer_code,produced_on,expires_on,unit_cost\nNM-500,2,,,,,\nCM-KG,2.500,,,,,"
                   "300000\n"));
    receipt.removeLine(0);
    receipt.clearLines();

    ui::CountEntryModel count;
    Tester t2(&count, Tester::FailureReportingMode::Fatal);
    count.setStock(services::StockService(store.ctx()).stock(manager));
    EXPECT_EQ(count.rowCount(), 4);
    EXPECT_TRUE(count.countOne(0));
    EXPECT_EQ(count.countedRows(), 1);

    ui::StockTableModel stock;
    Tester t3(&stock, Tester::FailureReportingMode::Fatal);
    stock.setRows({ ui::StockTableModel::Row { nm, core::Quantity::units(3), true, false, false } });
    EXPECT_EQ(stock.index(0, ui::StockTableModel::OnHand).data(Qt::BackgroundRole).isValid(), true);

    ui::AlertsModel alerts;
    Tester t4(&alerts, Tester::FailureReportingMode::Fatal);
    alerts.setAlerts(services::AlertService(store.ctx()).alerts(manager));
    EXPECT_EQ(alerts.rowCount(), 3);
}

TEST_F(UiTest, ProductEditorShowsTheServicesProblemsInPlaceThenSaves)
{
    ui::ProductEditorDialog editor(env(manager), QStringLiteral("NM-500"));
    showActive(&editor);
    QLineEdit* name = editor.field(QStringLiteral("name"));
    QLineEdit* price = editor.field(QStringLiteral("price"));
    ASSERT_NE(name, nullptr);
    EXPECT_EQ(name->text(), QStringLiteral("Nước mắm Cái Rồng"));
    EXPECT_EQ(price->text(), QStringLiteral("120000"));

    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    auto* barcode = editor.findChild<QLineEdit*>(QStringLiteral("newBarcode"));
    scan(barcode, QStringLiteral("8938505974195")); // wrong check digit
    EXPECT_EQ(editor.barcodeList()->count(), 2);
    click(editor.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save));
    EXPECT_TRUE(editor.isVisible()) << "refused: the dialog stays open";
    EXPECT_TRUE(editor.errorLabel()->isVisible());
    EXPECT_TRUE(editor.errorLabel()->text().contains(QStringLiteral("Name: is required")));
    EXPECT_TRUE(editor.errorLabel()->text().contains(QStringLiteral("check digit")));
    EXPECT_FALSE(name->styleSheet().isEmpty()) << "the field is marked";
    EXPECT_EQ(services::CatalogLookup(store.ctx()).showProduct(manager, QStringLiteral("NM-500")).barcodes.size(), 1);

    name->insert(QStringLiteral("Nước mắm Cái Rồng thượng hạng")); // QTest types ASCII only: pasted
    editor.barcodeList()->setCurrentRow(1);
    click(editor.findChild<QPushButton*>(QStringLiteral("removeBarcode")));
    price->selectAll();
    QTest::keyClicks(price, QStringLiteral("125.000"));
    click(editor.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save));
    EXPECT_EQ(editor.result(), QDialog::Accepted);
    const auto saved = services::CatalogLookup(store.ctx()).showProduct(manager, QStringLiteral("NM-500"));
    EXPECT_EQ(saved.name, QStringLiteral("Nước mắm Cái Rồng thượng hạng"));
    EXPECT_EQ(saved.price, core::Money(125000));
}

TEST_F(UiTest, ProductEditorClearsWhatIsEmptiedAndRemovesEveryBarcode)
{
    services::CatalogLookup catalog(store.ctx());
    services::PriceService prices(store.ctx());
    auto nm = catalog.showProduct(manager, QStringLiteral("NM-500"));
    nm.certNo = QStringLiteral("OCOP-QN-1");
    nm.certExpiry = QDate(2027, 3, 1);
    services::ProductEditService(store.ctx()).saveProduct(manager, nm); // a certificate to take away
    const auto historyBefore = prices.priceList(manager, QStringLiteral("NM-500")).size();

    ui::ProductEditorDialog editor(env(manager), QStringLiteral("NM-500"));
    showActive(&editor);
    const auto empty = [](QLineEdit* e) {
        ASSERT_NE(e, nullptr);
        e->setFocus();
        e->selectAll();
        QTest::keyClick(e, Qt::Key_Backspace);
    };
    EXPECT_EQ(editor.field(QStringLiteral("ocop_cert_no"))->text(), QStringLiteral("OCOP-QN-1"));
    EXPECT_EQ(editor.field(QStringLiteral("reorder_point"))->text(), QStringLiteral("5"));

    // Another product's barcode is refused, naming that product.
    scan(editor.findChild<QLineEdit*>(QStringLiteral("newBarcode")), QStringLiteral("8936045000014"));
    click(editor.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save));
    EXPECT_TRUE(editor.isVisible());
    EXPECT_TRUE(editor.errorLabel()->text().contains(QStringLiteral("TRA-50")))
        << editor.errorLabel()->text().toStdString();

    empty(editor.field(QStringLiteral("reorder_point")));
    empty(editor.field(QStringLiteral("ocop_cert_no")));
    empty(editor.field(QStringLiteral("ocop_cert_expiry")));
    auto* category = editor.findChild<QComboBox*>(QStringLiteral("category"));
    ASSERT_NE(category, nullptr);
    empty(category->lineEdit());
    auto* stars = editor.findChild<QComboBox*>(QStringLiteral("ocopStars"));
    ASSERT_NE(stars, nullptr);
    stars->setFocus();
    QTest::keyClick(stars, Qt::Key_Home);
    EXPECT_EQ(stars->currentIndex(), 0) << "None";
    while (editor.barcodeList()->count() > 0) {
        editor.barcodeList()->setCurrentRow(0);
        click(editor.findChild<QPushButton*>(QStringLiteral("removeBarcode")));
    }
    click(editor.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save));
    ASSERT_EQ(editor.result(), QDialog::Accepted) << editor.errorLabel()->text().toStdString();

    const auto saved = catalog.showProduct(manager, QStringLiteral("NM-500"));
    EXPECT_TRUE(saved.category.isEmpty());
    EXPECT_FALSE(saved.ocopStars);
    EXPECT_TRUE(saved.certNo.isEmpty());
    EXPECT_FALSE(saved.certExpiry);
    EXPECT_FALSE(saved.reorderPoint);
    EXPECT_TRUE(saved.barcodes.isEmpty());
    EXPECT_EQ(saved.price, core::Money(120000));
    EXPECT_EQ(prices.priceList(manager, QStringLiteral("NM-500")).size(), historyBefore) << "price not changed";
    EXPECT_THROW(catalog.resolveCode(QStringLiteral("8938505974194")), NotFound);
    EXPECT_EQ(catalog.resolveCode(QStringLiteral("NM-500")).product.sku, QStringLiteral("NM-500"));
}

TEST_F(UiTest, ShelfLabelsForTheSelectedProducts)
{
    ui::InventoryScreen screen(env(manager));
    showActive(&screen);
    screen.table()->selectRow(0);
    const QString sku = screen.model()->rowAt(0)->product.sku;
    click(screen.findChild<QPushButton*>(QStringLiteral("shelfLabels")));
    EXPECT_EQ(printer.labels, QStringList { sku });
}

TEST_F(UiTest, WeightsShowADecimalCommaAndTheShownTextTypesBackToTheSameValue)
{
    ui::StocktakeScreen screen(env(manager));
    screen.resize(1200, 700);
    showActive(&screen);
    auto* model = screen.model();
    const int row = model->firstRowOf(QStringLiteral("CM-KG"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(model->index(row, ui::CountEntryModel::Expected).data().toString(), QStringLiteral("5 kg"));
    const QModelIndex counted = model->index(row, ui::CountEntryModel::Counted);
    ASSERT_TRUE(model->setData(counted, QStringLiteral("4,65")));
    EXPECT_EQ(counted.data().toString(), QStringLiteral("4,65 kg"));
    EXPECT_EQ(model->rows()[static_cast<std::size_t>(row)].lot.counted.thousandths(), 4650);
    EXPECT_EQ(model->index(row, ui::CountEntryModel::Variance).data().toString(), QStringLiteral("-0,35 kg"));
    // The editor opens on the shown number; accepting it as is changes nothing.
    const QString edit = counted.data(Qt::EditRole).toString();
    EXPECT_EQ(edit, QStringLiteral("4,65"));
    ASSERT_TRUE(model->setData(counted, edit));
    EXPECT_EQ(model->rows()[static_cast<std::size_t>(row)].lot.counted.thousandths(), 4650);
    ASSERT_TRUE(model->setData(counted, QStringLiteral("0.35")));  // a dot works too
    EXPECT_EQ(model->rows()[static_cast<std::size_t>(row)].lot.counted.thousandths(), 350);
    EXPECT_EQ(counted.data(Qt::EditRole).toString(), QStringLiteral("0,35"));

    // The product editor shows a weight reorder point with a comma and saves it back unchanged.
    services::CatalogLookup catalog(store.ctx());
    auto cm = catalog.showProduct(manager, QStringLiteral("CM-KG"));
    cm.reorderPoint = core::Quantity::fromThousandths(1500);
    services::ProductEditService(store.ctx()).saveProduct(manager, cm);
    ui::ProductEditorDialog editor(env(manager), QStringLiteral("CM-KG"));
    showActive(&editor);
    EXPECT_EQ(editor.field(QStringLiteral("reorder_point"))->text(), QStringLiteral("1,5"));
    click(editor.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save));
    EXPECT_EQ(editor.result(), QDialog::Accepted);
    EXPECT_EQ(catalog.showProduct(manager, QStringLiteral("CM-KG")).reorderPoint, core::Quantity::fromThousandths(1500));
}
