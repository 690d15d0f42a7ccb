// How long a document takes to make and how big it is. Run a Release build:
//   cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release && ninja -C build-release bench_printing
//   build-release/tests/bench/bench_printing

#include "Fixtures.h"
#include "printing/PdfDocument.h"
#include "printing/ReceiptPdf.h"
#include "printing/SettlementStatementPdf.h"
#include "printing/ShelfLabelsPdf.h"
#include "printing/ZReportPdf.h"

#include <benchmark/benchmark.h>

using namespace ocopos::printing;

namespace {

/// Makes the PDF as the app would (fonts located, laid out, drawn, serialised)
/// and reports its size and page count.
template <class Document>
void makePdf(benchmark::State& state, const Document& document)
{
    const FontFiles fonts = FontLocator::locate();
    qsizetype bytes = 0;
    int pages = 0;
    for (auto _ : state) {
        PdfDocument pdf = PdfDocument::make(document, fonts);
        const QByteArray out = pdf.toBytes();
        bytes = out.size();
        pages = pdf.pageCount();
        benchmark::DoNotOptimize(out.data());
    }
    state.counters["bytes"] = static_cast<double>(bytes);
    state.counters["pages"] = pages;
}

void BM_ReceiptPdf(benchmark::State& state) { makePdf(state, ReceiptPdf(fixtures::receipt())); }
void BM_Receipt58mmPdf(benchmark::State& state) { makePdf(state, ReceiptPdf(fixtures::receipt(), RollWidth::Mm58)); }
void BM_ZReportPdf(benchmark::State& state) { makePdf(state, ZReportPdf(fixtures::zReport())); }
void BM_ShelfLabelsPdf(benchmark::State& state) { makePdf(state, ShelfLabelsPdf(fixtures::shelfLabels())); }

void BM_SettlementPdf(benchmark::State& state)
{
    makePdf(state, SettlementStatementPdf(fixtures::settlement(static_cast<int>(state.range(0)))));
}

/// The parts of a receipt's time: opening the document (reading and parsing
/// both fonts), laying out, and drawing + serialising.
void BM_OpenDocument(benchmark::State& state)
{
    const FontFiles fonts = FontLocator::locate();
    for (auto _ : state) {
        PdfDocument pdf(fonts);
        benchmark::DoNotOptimize(&pdf);
    }
}

void BM_ReceiptLayoutOnly(benchmark::State& state)
{
    PdfDocument measurer;
    const ReceiptPdf receipt(fixtures::receipt());
    for (auto _ : state) {
        auto layout = receipt.layout(measurer);
        benchmark::DoNotOptimize(layout.pages.data());
    }
}

} // namespace

BENCHMARK(BM_ReceiptPdf)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Receipt58mmPdf)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenDocument)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReceiptLayoutOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ZReportPdf)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ShelfLabelsPdf)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SettlementPdf)->Arg(12)->Arg(200)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
