// The manager's inventory area on the demo store, saved as PNGs: the products
// table, the producers tree, a goods receipt with a few lines, a stock count
// and the alerts panel. Each picture is the main window grabbed by Qt, so it
// runs offscreen or under Xvfb alike:
//   QT_QPA_PLATFORM=offscreen build/tests/ui/ocopos_inventory_screenshots docs/screenshots
#include "SaleFixtures.h"
#include "services/DemoData.h"
#include "ui/AlertsScreen.h"
#include "ui/EntryModels.h"
#include "ui/GoodsReceiptScreen.h"
#include "ui/InventoryScreen.h"
#include "ui/InventoryScreens.h"
#include "ui/LoginScreen.h"
#include "ui/MainWindow.h"
#include "ui/ProductEditorDialog.h"
#include "ui/ProductImport.h"
#include "ui/ReceiptPrinter.h"
#include "ui/ScanBox.h"
#include "ui/StocktakeScreen.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <iostream>

using namespace ocopos;

namespace {

QString g_out;

bool shot(QWidget& w, const QString& name)
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(60);
    }
    const QString path = QDir(g_out).filePath(name + QStringLiteral(".png"));
    const bool ok = w.grab().save(path);
    std::cout << (ok ? "saved " : "FAILED ") << path.toStdString() << std::endl;
    return ok;
}

void scan(QWidget* box, const QString& code)
{
    QTest::keyClicks(box, code);
    QTest::keyClick(box, Qt::Key_Return);
}

/// Prints nothing, but says it could: the screens show their print buttons.
class ShowPrinter final : public ui::ReceiptPrinter {
public:
    bool available() const override { return true; }
    void printSale(QWidget*, const services::SaleResult&) override { }
    void printReturn(QWidget*, const services::ReturnResult&) override { }
    void printShiftReport(QWidget*, const services::ShiftReport&) override { }
    bool documentsAvailable() const override { return true; }
};

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    g_out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(g_out);
    ui::installLanguage(argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("vi"));
    ui::applyTheme(app);

    test::TempStore store(QStringLiteral("2026-11-28T10:42:00+07:00"));
    services::loadDemoData(store.ctx());

    ShowPrinter printer;
    auto registry = ui::ScreenRegistry::standard();
    ui::provideInventoryScreens(registry);
    ui::MainWindow w(store.ctx(), std::move(registry), printer);
    w.resize(1366, 768);
    w.show();
    (void)QTest::qWaitForWindowExposed(&w);
    w.loginScreen()->selectUser(QStringLiteral("quanly"));
    QTest::keyClicks(w.loginScreen()->pinField(), QStringLiteral("1234"));
    QTest::keyClick(w.loginScreen()->pinField(), Qt::Key_Return);
    (void)QTest::qWaitFor([&] { return !w.loginScreen()->isBusy(); }, 30000);  // the PIN is checked on a worker
    if (!w.session()) {
        std::cerr << "login failed" << std::endl;
        return 1;
    }

    bool ok = w.showScreen(QStringLiteral("inventory"));
    auto* inventory = qobject_cast<ui::InventoryScreen*>(w.currentScreen());
    if (!ok || !inventory) {
        std::cerr << "no inventory screen" << std::endl;
        return 1;
    }
    inventory->table()->selectRow(1);
    ok &= shot(w, QStringLiteral("10-inventory"));
    inventory->findChild<QTabWidget*>()->setCurrentIndex(1);
    auto* tree = inventory->producerTree();
    for (int r = 0; r < tree->model()->rowCount(); ++r)
        if (tree->model()->index(r, 0).data(Qt::UserRole).toString() == QLatin1String("HTX-CAIRONG"))
            tree->setCurrentIndex(tree->model()->index(r, 0));
    ok &= shot(w, QStringLiteral("11-producers"));

    // The editor with a problem the service found, shown on its field.
    {
        ui::ProductEditorDialog editor(
            ui::ScreenEnv { store.ctx(), *w.session(), &printer, nullptr }, QStringLiteral("NMCR-500"), &w);
        editor.field(QStringLiteral("price"))->setText(QStringLiteral("125.000"));
        editor.field(QStringLiteral("ocop_cert_expiry"))->setText(QStringLiteral("31/02/2027"));
        editor.show();
        editor.save();
        ok &= shot(editor, QStringLiteral("16-product-editor"));
        editor.reject();
    }
    // A products file refused line by line.
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("san-pham-moi.csv"));
        QFile f(bad);
        if (f.open(QIODevice::WriteOnly)) {
            f.write("sku,name,unit,sold_by,price,vat,owner_code,supply,barcodes,category\n"
                    "MOI-1,Mật ong rừng Bình Liêu,chai 500ml,unit,350000,8,HTX-BINHLIEU,consignment,,Thực phẩm\n"
                    "MOI-2,Miến dong Bình Liêu,gói 500g,unit,45.5,8,HTX-BINHLIEU,consignment,,Thực phẩm\n"
                    "MOI-3,Chè Đường Hoa,hộp 100g,unit,120000,12,HTX-BACHE,consignment,8936045000015,Thực phẩm\n"
                    "MOI-4,Tôm khô Cô Tô,kg,cân,900000,8,TH-KHONGCO,consignment,,Thực phẩm\n");
            f.close();
        }
        inventory->findChild<QTabWidget*>()->setCurrentIndex(0);
        QSignalSpy imported(inventory, &ui::InventoryScreen::importFinished);
        inventory->importFile(bad);
        (void)imported.wait(30000);  // checked on a worker
        for (QWidget* top : QApplication::topLevelWidgets())
            if (auto* d = qobject_cast<ui::ImportErrorsDialog*>(top); d && d->isVisible()) {
                ok &= shot(*d, QStringLiteral("17-import-errors"));
                d->close();
            }
    }

    w.showScreen(QStringLiteral("goods_receipt"));
    auto* receipt = qobject_cast<ui::GoodsReceiptScreen*>(w.currentScreen());
    receipt->supplier()->setCurrentIndex(receipt->supplier()->findData(QStringLiteral("HTX-CAIRONG")));
    for (const char* code : { "8936012000016", "8936012000016", "8936012000016", "8936012000023", "8936012000023" })
        scan(receipt->scanBox(), QString::fromLatin1(code));
    auto* m = receipt->model();
    m->setData(m->index(0, ui::ReceiptEntryModel::Qty), QStringLiteral("24"));
    m->setData(m->index(0, ui::ReceiptEntryModel::LotCode), QStringLiteral("CR261120-1"));
    m->setData(m->index(0, ui::ReceiptEntryModel::ProducedOn), QStringLiteral("20/11/2026"));
    m->setData(m->index(0, ui::ReceiptEntryModel::ExpiresOn), QStringLiteral("20/11/2028"));
    m->setData(m->index(0, ui::ReceiptEntryModel::Producer), QStringLiteral("HO-NVHAI"));
    m->setData(m->index(1, ui::ReceiptEntryModel::Qty), QStringLiteral("12"));
    m->setData(m->index(1, ui::ReceiptEntryModel::Producer), QStringLiteral("HO-TTLAN"));
    m->setData(m->index(1, ui::ReceiptEntryModel::LotCode), QStringLiteral("CR261120-2"));
    m->setData(m->index(1, ui::ReceiptEntryModel::ExpiresOn), QStringLiteral("20/11/2028"));
    ok &= shot(w, QStringLiteral("12-goods-receipt"));
    receipt->commit();
    ok &= shot(w, QStringLiteral("13-goods-receipt-done"));

    w.showScreen(QStringLiteral("stocktake"));
    auto* count = qobject_cast<ui::StocktakeScreen*>(w.currentScreen());
    count->reload();
    for (int i = 0; i < 3; ++i)
        scan(count->scanBox(), QStringLiteral("8936045000014"));
    const int row = count->model()->firstRowOf(QStringLiteral("NMCR-500"));
    if (row >= 0)
        count->model()->setData(count->model()->index(row, ui::CountEntryModel::Counted), QStringLiteral("40"));
    ok &= shot(w, QStringLiteral("14-stocktake"));

    w.showScreen(QStringLiteral("alerts"));
    ok &= shot(w, QStringLiteral("15-alerts"));
    return ok ? 0 : 1;
}
