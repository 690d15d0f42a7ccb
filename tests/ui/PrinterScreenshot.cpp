// The "Receipt printer" section of the settings screen, saved as a PNG after a
// test page went to a (fake) network printer. Grabbed by Qt, so it runs
// offscreen:
//   QT_QPA_PLATFORM=offscreen build/dev/tests/ui/ocopos_printer_screenshot docs/screenshots
#include "FakePrinter.h"
#include "SaleFixtures.h"
#include "services/SettingsService.h"
#include "src/app/PdfReceiptPrinter.h"
#include "src/app/ThermalReceiptPrinter.h"
#include "ui/PrinterSection.h"
#include "ui/SettingsScreen.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>
#include <iostream>

using namespace ocopos;

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(out);
    ui::installLanguage(argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("vi"));
    ui::applyTheme(app);

    test::TempStore store(QStringLiteral("2026-11-28T10:42:00+07:00"));
    test::FakePrinter printer;
    services::SettingsService settings(store.ctx());
    settings.set(store.admin(), QStringLiteral("store_name"), QStringLiteral("Trung tâm OCOP Quảng Ninh – Hạ Long"));
    app::PdfReceiptPrinter pdf(store.ctx());
    app::ThermalReceiptPrinter thermal(store.ctx(), pdf);
    ui::SettingsScreen screen(ui::ScreenEnv { store.ctx(), store.admin(), &thermal, nullptr });
    screen.resize(1366, 768);
    screen.show();
    auto* section = screen.printerSection();
    // The fake printer stands at the address a shop's LAN printer would have.
    section->uriField()->setText(QString::fromUtf8(printer.uri()));
    section->saveButton()->click();
    section->testButton()->click();
    if (!printer.waitForJobs(1)) {
        std::cerr << "the test page did not arrive" << std::endl;
        return 1;
    }
    if (auto* scroll = screen.findChild<QScrollArea*>())
        scroll->ensureWidgetVisible(section);
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(60);
    }
    const QString path = QDir(out).filePath(QStringLiteral("30-settings-receipt-printer.png"));
    const bool ok = screen.grab().save(path);
    std::cout << (ok ? "saved " : "FAILED ") << path.toStdString() << std::endl;
    return ok ? 0 : 1;
}
