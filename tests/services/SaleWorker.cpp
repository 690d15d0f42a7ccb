// A process that sells in a loop on a database prepared by SaleDurabilityTest,
// printing each receipt number only after commit() has returned. The tests kill
// it at random moments or run two at once.
#include "core/Clock.h"
#include "db/Database.h"
#include "services/SaleService.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

using namespace ocopos;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: sale_worker DB CASHIER_ID COUNT\n");
        return 2;
    }
    db::Database database(QString::fromLocal8Bit(argv[1]));
    core::SystemClock clock;
    services::Context ctx{database, clock};
    services::Session cashier;
    cashier.userId = std::atoll(argv[2]);
    cashier.username = QStringLiteral("thu");
    cashier.role = core::Role::Cashier;
    const int count = std::atoi(argv[3]);
    services::SaleRequest r;
    services::SaleLineRequest a;
    a.code = QStringLiteral("NM-500");
    a.qty = core::Quantity::units(1);
    services::SaleLineRequest b;
    b.code = QStringLiteral("CM-KG");
    b.qty = core::Quantity::fromThousandths(250);
    r.lines = {a, b};
    r.payments = {core::Payment{core::PaymentMethod::Cash, core::Money(300000), {}}};
    for (int i = 0; i < count || count == 0; ++i) {
        const auto s = services::SaleService(ctx).commit(cashier, r);
        std::printf("%s\n", s.receiptNo.toLatin1().constData());
        std::fflush(stdout);
    }
    return 0;
}
