// ocopos: the desktop app. Wiring only: database, clock, logging, login, windows.
#include "core/Logging.h"
#include "db/Database.h"
#include "services/AuthService.h"
#include "services/CatalogService.h"
#include "services/DemoData.h"
#include "services/Paths.h"
#include "ui/CatalogWindow.h"
#include "ui/LoginDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>

using namespace ocopos;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ocopos"));
    QApplication::setOrganizationName(QStringLiteral("ocopos"));
    core::initLogging(services::dataDirectory());

    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file"), QStringLiteral("PATH"));
    QCommandLineOption demoOption(QStringLiteral("demo"), QStringLiteral("Load the demo store into a new database"));
    parser.addOption(dbOption);
    parser.addOption(demoOption);
    parser.process(app);

    try {
        const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : services::databasePathFromEnvironment();
        const bool fresh = !QFileInfo::exists(path);
        auto clock = services::clockFromEnvironment();
        db::Database database(path);
        services::Context ctx{database, *clock};
        services::AuthService(ctx).ensureAdmin();
        if (fresh && parser.isSet(demoOption))
            services::loadDemoData(ctx);
        services::CatalogService(ctx).applyDueChanges();

        ui::LoginDialog login(ctx);
        if (login.exec() != QDialog::Accepted || !login.session())
            return 0;
        ui::CatalogWindow window(ctx, *login.session());
        window.show();
        return QApplication::exec();
    } catch (const std::exception& e) {
        QMessageBox::critical(nullptr, QStringLiteral("OCOPOS"), QString::fromStdString(e.what()));
        return 1;
    }
}
