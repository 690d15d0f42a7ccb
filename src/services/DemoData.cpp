#include "DemoData.h"

#include "AuthService.h"
#include "CatalogImportService.h"
#include "PriceService.h"
#include "GoodsReceiptService.h"
#include "DemoHistory.h"
#include "SettingsService.h"
#include "core/Errors.h"
#include "db/Database.h"
#include "db/DemoRepository.h"
#include "db/StockRepository.h"

#include <QFile>

static void initDemoResources() { Q_INIT_RESOURCE(demo); }

namespace ocopos::services {

namespace {
QByteArray resource(const QString& name)
{
    initDemoResources();
    QFile f(QStringLiteral(":/ocopos/demo/") + name);
    if (!f.open(QIODevice::ReadOnly))
        throw Error("demo data file " + name.toStdString() + " is missing from the build");
    return f.readAll();
}
} // namespace

namespace {
/// What the month of history left on its own lots goes back to the producers
/// (written off in the ledger), so the shelf the demo opens on is the receipts'.
void retireHistoryStock(Context ctx, const Session& admin)
{
    db::TransactionGuard tx(ctx.db);
    std::vector<db::Movement> moves;
    const QString at = core::Clock::isoString(ctx.clock.now().addDays(-1));
    for (const db::DemoLotRow& lot : db::DemoRepository(ctx.db).demoLotsWithStock())
        moves.push_back(db::Movement{lot.productId, lot.lotId, core::MovementKind::WriteOff,
                                     -core::Quantity::fromThousandths(lot.onHand), at, admin.userId,
                                     QStringLiteral("trả hàng tồn cho nhà sản xuất (demo)"), db::StockRef{}});
    db::StockRepository stock(ctx.db);
    for (const auto& m : moves)
        stock.addMovement(m);
    tx.commit();
}
} // namespace

bool isNewStore(Context ctx) { return !db::DemoRepository(ctx.db).hasStoreData(); }

DemoSummary loadDemoData(Context ctx)
{
    // Only into a new database: with nothing of the store's own in it, no name can
    // clash half-way and leave half a demo behind.
    if (db::DemoRepository(ctx.db).hasStoreData())
        throw Conflict("the database already has data: demo data goes only into a new database");
    AuthService auth(ctx);
    auth.ensureAdmin(InitialAdmin::Training);
    // The demo runs as the built-in admin, as a person loading it by hand would.
    const auto admin = db::DemoRepository(ctx.db).activeUser(QStringLiteral("admin"));
    if (!admin)
        throw NotFound("the built-in admin is missing");
    Session s;
    s.userId = admin->id;
    s.username = QStringLiteral("admin");
    s.role = core::Role::Admin;

    SettingsService settings(ctx);
    settings.set(s, QStringLiteral("store_name"), QStringLiteral("Trung tâm OCOP Quảng Ninh – Hạ Long"));
    settings.set(s, QStringLiteral("store_address"), QStringLiteral("Số 1 đường Hạ Long, phường Bãi Cháy, tỉnh Quảng Ninh"));
    settings.set(s, QStringLiteral("store_tax_code"), QStringLiteral("5701662152"));
    settings.set(s, QStringLiteral("bank_bin"), QStringLiteral("970436"));
    settings.set(s, QStringLiteral("bank_account"), QStringLiteral("1023456789"));
    settings.set(s, QStringLiteral("bank_account_name"), QStringLiteral("TRUNG TAM OCOP QUANG NINH"));

    CatalogImportService catalog(ctx);
    DemoSummary sum;
    sum.producers = catalog.importProducers(s, resource(QStringLiteral("producers.csv"))).inserted;
    sum.products = catalog.importProducts(s, resource(QStringLiteral("products.csv"))).inserted;

    struct U {
        const char* name;
        const char* display;
        core::Role role;
        const char* producer;
        const char* pin;
    };
    const U users[] = {
        {"quanly", "Nguyễn Thị Quản Lý", core::Role::Manager, "", "1234"},
        {"thungan1", "Lê Văn Thu", core::Role::Cashier, "", "1111"},
        {"thungan2", "Đỗ Thị Ngân", core::Role::Cashier, "", "2222"},
        {"htxcairong", "HTX Nước mắm Cái Rồng", core::Role::Cooperative, "HTX-CAIRONG", "3333"},
        {"htxbache", "HTX Trà hoa vàng Ba Chẽ", core::Role::Cooperative, "HTX-BACHE", "4444"},
    };
    for (const auto& u : users) {
        auth.addUser(s, NewUser{QString::fromUtf8(u.name), QString::fromUtf8(u.display), u.role,
                                QString::fromUtf8(u.producer), QString::fromUtf8(u.pin)});
        ++sum.users;
    }
    // The 8 % VAT reduction ends on 2026-12-31 (Resolution 204/2025/QH15): the
    // demo store has the return to 10 % scheduled, as a real store would.
    if (ctx.clock.today() < QDate(2027, 1, 1))
        PriceService(ctx).schedulePrices(s, resource(QStringLiteral("vat-2027.csv")));
    // A month of sales, returns and voids before today, so that reports and every
    // owner's settlement statement have something to show. It receives (and sells
    // out of) its own lots first, so the shelf the demo opens on below is not
    // eaten away by a month of FEFO.
    const DemoHistorySummary history = loadDemoHistory(ctx);
    sum.sales = history.sales;
    retireHistoryStock(ctx, s);
    // Stock: receipts over the last two months, dated relative to today so some
    // lots are always close to expiry (and one has just expired).
    sum.lots = loadDemoReceipts(ctx, s, resource(QStringLiteral("receipts.csv")));
    return sum;
}

} // namespace ocopos::services
