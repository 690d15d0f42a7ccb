// A thermal receipt end to end (issue 16): from the moment the sale engine has
// committed a 10-line sale to the first byte arriving at a (fake) network
// printer on 127.0.0.1: print job queued, sale read back, receipt laid out and
// rasterised at 576 dots, ESC/POS encoded, connection opened, status asked.
// Goal: ≤ 30 ms. Also the time until the printer has the whole job (its last
// status answer), and the raster alone. Run a Release build:
//   cmake --build build-rel --target bench_thermal && build-rel/tests/bench/bench_thermal
#include "FakePrinter.h"
#include "SaleFixtures.h"
#include "docs/Documents.h"
#include "docs/PrintQueue.h"
#include "docs/ThermalDocuments.h"
#include "services/PrinterService.h"
#include "services/SaleService.h"
#include "services/ShiftService.h"

#include <benchmark/benchmark.h>
#include <chrono>

using namespace ocopos;

namespace {

struct Store {
    test::TempStore store;
    test::FakePrinter printer;
    services::Session cashier;
    services::SaleRequest request;
    Store()
    {
        store.loadSmallCatalog();
        store.db().execute(QStringLiteral("INSERT INTO settings (key, value) VALUES ('bank_bin', '970436'), "
                                          "('bank_account', '1023456789'), ('store_name', 'Cửa hàng OCOP Hạ Long'), "
                                          "('store_address', '12 Bến Đoan, Hồng Gai, Hạ Long, Quảng Ninh'), "
                                          "('store_tax_code', '5701234567')"));
        cashier = store.addUser(QStringLiteral("thu"), core::Role::Cashier, QString(), QStringLiteral("1111"));
        test::addLot(store, QStringLiteral("NM-500"), QStringLiteral("CR2606B"), QStringLiteral("HO-A1"),
            QStringLiteral("100000"));
        test::addLot(
            store, QStringLiteral("CM-KG"), QStringLiteral("C1"), QStringLiteral("HO-A2"), QStringLiteral("100000"));
        test::addLot(
            store, QStringLiteral("TRA-50"), QStringLiteral("T1"), QStringLiteral("HO-B1"), QStringLiteral("100000"));
        test::addLot(
            store, QStringLiteral("NK-500"), QStringLiteral("NK1"), QStringLiteral("DN-C"), QStringLiteral("100000"));
        test::addLot(
            store, QStringLiteral("GA-KG"), QStringLiteral("G1"), QStringLiteral("HO-B1"), QStringLiteral("100000"));
        services::ShiftService(store.ctx()).open(cashier, core::Money(0));
        services::PrinterSettings p;
        p.uri = QString::fromUtf8(printer.uri());
        services::PrinterService(store.ctx()).setPrinter(store.admin(), p);
        const char* skus[] = { "NM-500", "CM-KG", "TRA-50", "NK-500", "GA-KG" };
        const char* qtys[] = { "2", "0.350", "1", "6", "1.250" };
        for (int i = 0; i < 10; ++i)
            request.lines.push_back(test::saleLine(QString::fromLatin1(skus[i % 5]), QString::fromLatin1(qtys[i % 5])));
        request.payments
            = { core::Payment { core::PaymentMethod::BankQr, core::Money(500000), QString() }, test::cash(20000000) };
    }
};

Store& store()
{
    static Store s;
    return s;
}

std::int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void BM_SaleCommittedToFirstByte(benchmark::State& state)
{
    Store& s = store();
    docs::PrintQueue queue(s.store.ctx());
    double whole = 0;
    double bytes = 0;
    std::size_t seen = s.printer.jobs().size();
    for (auto _ : state) {
        const auto sale = services::SaleService(s.store.ctx()).commit(s.cashier, s.request);
        const std::int64_t committed = nowNs();
        const auto attempt = queue.afterSale(s.cashier, sale);
        const std::int64_t sent = nowNs();
        if (!attempt || !attempt->printed || !s.printer.waitForJobs(++seen)) {
            state.SkipWithError("not printed");
            break;
        }
        state.SetIterationTime(static_cast<double>(s.printer.firstByteAt() - committed) / 1e9);
        whole += static_cast<double>(sent - committed) / 1e6;
        bytes = static_cast<double>(s.printer.jobs().back().size());
    }
    state.counters["whole_job_ms"] = benchmark::Counter(whole, benchmark::Counter::kAvgIterations);
    state.counters["bytes"] = bytes;
}

void BM_ThermalReceiptBytes(benchmark::State& state)
{
    Store& s = store();
    const auto sale = services::SaleService(s.store.ctx()).commit(s.cashier, s.request);
    docs::Documents docs(s.store.ctx());
    for (auto _ : state)
        benchmark::DoNotOptimize(docs::thermal::receipt(docs, sale, printing::RollWidth::Mm80, true).size());
}

} // namespace

BENCHMARK(BM_SaleCommittedToFirstByte)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(50);
BENCHMARK(BM_ThermalReceiptBytes)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
