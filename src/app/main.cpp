// ocopos: the desktop app. Wiring only: database, clock, logging, language,
// devices (receipt printer, customer display) and the screens of the main window.
#include "PdfReceiptPrinter.h"
#include "ThermalReceiptPrinter.h"
#include "core/Logging.h"
#include "core/Version.h"
#include "db/Migrations.h"
#include "db/Database.h"
#include "services/AuthService.h"
#include "services/PriceService.h"
#include "services/DemoData.h"
#include "services/Paths.h"
#include "services/ProductSearchIndex.h"
#include "services/SettingsService.h"
#include "ui/BackOfficeScreens.h"
#include "ui/CustomerDisplay.h"
#include "ui/InventoryScreens.h"
#include "ui/MainWindow.h"
#include "ui/ReceiptPrinter.h"
#include "ui/ScreenRegistry.h"
#include "ui/StartupMessages.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QScreen>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace ocopos;

int main(int argc, char** argv)
{
    // --version answers before QApplication, which needs a display.
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("ocopos %s (store schema %d)\n", core::kVersion, db::newestSchemaVersion());
            return 0;
        }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ocopos"));
    QApplication::setOrganizationName(QStringLiteral("ocopos"));
    core::initLogging(services::dataDirectory());

    QCommandLineParser parser;
    // "ocopos 0.1.0 (store schema 8)": the schema decides which builds can share a store.
    QApplication::setApplicationVersion(QStringLiteral("%1 (store schema %2)")
                                            .arg(QString::fromLatin1(core::kVersion))
                                            .arg(db::newestSchemaVersion()));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"),
                                QStringLiteral("The store: a database file, or postgresql://user@host:port/dbname for a "
                                               "store shared by several tills"),
                                QStringLiteral("PATH|URL"));
    QCommandLineOption tillOption(QStringLiteral("till"),
                                  QStringLiteral("This till's code on a store shared by several tills (also $OCOPOS_TILL); "
                                                 "default: the store's till setting"),
                                  QStringLiteral("CODE"));
    QCommandLineOption demoOption(QStringLiteral("demo"), QStringLiteral("Load the demo store into a new database"));
    QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("User interface language (vi or en); default: the store's setting"),
                                  QStringLiteral("LANG"));
    QCommandLineOption displayOption(QStringLiteral("customer-display"),
                                     QStringLiteral("Show the customer display even without a second screen"));
    parser.addOptions({dbOption, tillOption, demoOption, langOption, displayOption});
    parser.process(app);

    QString path;
    // Before the store's language setting can be read: the one asked for, else Vietnamese.
    const auto refuse = [&](const QString& message) {
        ui::installLanguage(parser.isSet(langOption) ? parser.value(langOption) : QStringLiteral("vi"));
        QMessageBox::critical(nullptr, QStringLiteral("OCOPOS"), message);
        return 3;
    };
    try {
        path = parser.isSet(dbOption) ? parser.value(dbOption) : services::databasePathFromEnvironment();
        const bool newFile = !db::isPostgresUrl(path) && !QFileInfo::exists(path);
        auto clock = services::clockFromEnvironment();
        db::Database database(path);
        services::ProductSearchIndex searchIndex;  // the cashier's search; built on a second thread, SQL until ready
        services::Context ctx{database, *clock, &searchIndex};
        const QString till = parser.isSet(tillOption) ? parser.value(tillOption) : services::tillFromEnvironment();
        if (!till.isEmpty())
            ctx.till = services::SettingsService::checkedTill(till);
        // The demo's training store keeps its published PINs; a real store's
        // admin must replace 000000 at first login. A PostgreSQL database is new
        // when it holds nothing of a store's yet.
        const bool demo = parser.isSet(demoOption) && (newFile || (database.isPostgres() && services::isNewStore(ctx)));
        services::AuthService(ctx).ensureAdmin(demo ? services::InitialAdmin::Training
                                                    : services::InitialAdmin::MustChangePin);
        if (demo)
            services::loadDemoData(ctx);
        services::PriceService(ctx).applyDueChanges();
        searchIndex.startBuild(path, services::ProductSearchIndex::savedPathFor(path));

        const QString language =
            parser.isSet(langOption) ? parser.value(langOption) : services::SettingsService(ctx).get(QStringLiteral("language"));
        ui::installLanguage(language);
        ui::applyTheme(app);

        // PDFs preview as before; a till with a receipt printer (Settings) prints receipts on it.
        auto pdfPrinter = std::make_unique<app::PdfReceiptPrinter>(ctx);
        auto printer = std::make_unique<app::ThermalReceiptPrinter>(ctx, *pdfPrinter);
        std::unique_ptr<ui::CustomerDisplay> display;
        if (parser.isSet(displayOption) || QGuiApplication::screens().size() > 1) {
            display = std::make_unique<ui::CustomerDisplay>(ctx);
            display->showOnSecondScreen();
        }
        // The built-in screens, then the back office's (reports, settlements, users,
        // settings) and the inventory area's (inventory, goods receipt, stock count, alerts).
        ui::ScreenRegistry registry = ui::ScreenRegistry::standard();
        ui::provideBackOfficeScreens(registry);
        ui::provideInventoryScreens(registry);
        ui::MainWindow window(ctx, std::move(registry), *printer, display.get());
        window.show();
        const int rc = QApplication::exec();
        return rc;
    } catch (const db::NotAStoreDatabase& e) {
        return refuse(ui::StartupMessages::notAStore(db::redactedLocation(path), QString::fromStdString(e.what())));
    } catch (const db::NewerSchemaError& e) {
        return refuse(ui::StartupMessages::newerStore(db::redactedLocation(path), QString::fromStdString(e.what())));
    } catch (const db::DbReadOnly& e) {
        return refuse(ui::StartupMessages::readOnlyStore(db::redactedLocation(path), QString::fromStdString(e.what())));
    } catch (const std::exception& e) {
        QMessageBox::critical(nullptr, QStringLiteral("OCOPOS"), QString::fromStdString(e.what()));
        return 1;
    }
}
