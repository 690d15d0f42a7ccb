// The receipt end to end, as the till makes it after a sale: from the
// SaleResult the sale engine returns, through ocopos_docs (settings read,
// mapped, laid out, drawn, serialised) to the PDF bytes. Target (issue 5):
// ≤ 30 KB and ≤ 5 ms. Run a Release build:
//   cmake --build build-release --target bench_docs && build-release/tests/bench/bench_docs
// Measured 2026-11-28, Release, GCC 12, on the shared 2-core dev machine (load
// ~5 from other builds): 25.0 KB, 4.5 ms CPU (7.4 ms wall under that load) for
// the five-line receipt with a VietQR; the mapping itself is ~0.7 µs.
#include "SaleFixtures.h"
#include "docs/Documents.h"
#include "services/SaleService.h"
#include "services/SettingsService.h"
#include "services/ShiftService.h"

#include <benchmark/benchmark.h>

using namespace ocopos;

namespace {

/// A store with the demo-like catalogue and one five-line sale paid by cash and VietQR.
struct Store {
    test::TempStore store;
    services::SaleResult sale;
    Store()
    {
        store.loadSmallCatalog();
        store.db().execute(QStringLiteral("INSERT INTO settings (key, value) VALUES ('bank_bin', '970436'), "
                                          "('bank_account', '1023456789'), ('store_name', 'Cửa hàng OCOP Hạ Long'), "
                                          "('store_address', '12 Bến Đoan, Hồng Gai, Hạ Long, Quảng Ninh'), "
                                          "('store_tax_code', '5701234567')"));
        const auto cashier = store.addUser(QStringLiteral("thu"), core::Role::Cashier, QString(), QStringLiteral("1111"));
        test::addLot(store, QStringLiteral("NM-500"), QStringLiteral("CR2606B"), QStringLiteral("HO-A1"), QStringLiteral("10"));
        test::addLot(store, QStringLiteral("CM-KG"), QStringLiteral("C1"), QStringLiteral("HO-A2"), QStringLiteral("5.000"));
        test::addLot(store, QStringLiteral("TRA-50"), QStringLiteral("T1"), QStringLiteral("HO-B1"), QStringLiteral("5"));
        test::addLot(store, QStringLiteral("NK-500"), QStringLiteral("NK1"), QStringLiteral("DN-C"), QStringLiteral("24"));
        test::addLot(store, QStringLiteral("GA-KG"), QStringLiteral("G1"), QStringLiteral("HO-B1"), QStringLiteral("5.000"));
        services::ShiftService(store.ctx()).open(cashier, core::Money(0));
        services::SaleRequest r;
        r.lines = {test::saleLine(QStringLiteral("NM-500"), QStringLiteral("2")), test::saleLine(QStringLiteral("CM-KG"), QStringLiteral("0.350")),
                   test::saleLine(QStringLiteral("TRA-50")), test::saleLine(QStringLiteral("NK-500"), QStringLiteral("6")),
                   test::saleLine(QStringLiteral("GA-KG"), QStringLiteral("1.250"))};
        r.payments = {core::Payment{core::PaymentMethod::BankQr, core::Money(500000), QString()}, test::cash(1000000)};
        sale = services::SaleService(store.ctx()).commit(cashier, r);
    }
};

Store& store()
{
    static Store s;
    return s;
}

void BM_ReceiptFromSaleResult(benchmark::State& state)
{
    Store& s = store();
    docs::Documents docs(s.store.ctx());
    qsizetype bytes = 0;
    for (auto _ : state) {
        const QByteArray pdf = docs.receipt(s.sale);
        bytes = pdf.size();
        benchmark::DoNotOptimize(pdf.data());
    }
    state.counters["bytes"] = static_cast<double>(bytes);
    state.counters["lines"] = static_cast<double>(s.sale.lines.size());
}

void BM_ReceiptMappingOnly(benchmark::State& state)
{
    Store& s = store();
    const auto info = docs::storeInfo(docs::Documents(s.store.ctx()).storeSettings());
    for (auto _ : state)
        benchmark::DoNotOptimize(docs::receiptData(s.sale, info));
}

} // namespace

BENCHMARK(BM_ReceiptFromSaleResult)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReceiptMappingOnly)->Unit(benchmark::kMicrosecond);
BENCHMARK_MAIN();
