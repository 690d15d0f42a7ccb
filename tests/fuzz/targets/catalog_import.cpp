// The CSV imports as a manager runs them: producers, products and scheduled prices
// into a real store. Any bytes are imported whole or refused with the line and field
// named; nothing the validation lets through may then fail in the database (a
// StorageError is a bug), and `check` stays clean.
#include "../FuzzSupport.h"
#include "TestSupport.h"
#include "services/CatalogImportService.h"
#include "services/IntegrityService.h"
#include "services/PriceService.h"

#include <memory>

using namespace ocopos;

namespace {

test::TempStore& store()
{
    static auto* s = [] {
        auto* t = new test::TempStore();
        t->loadSmallCatalog();
        return t;
    }();
    return *s;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    auto& s = store();
    const auto admin = s.admin();
    // The first byte picks the file kind; the rest is the file.
    const QByteArray csv(reinterpret_cast<const char*>(data) + 1, static_cast<qsizetype>(size - 1));
    switch (data[0] % 3) {
    case 0:
        fuzz::acceptsInput([&] { services::CatalogImportService(s.ctx()).importProducers(admin, csv); });
        break;
    case 1:
        fuzz::acceptsInput([&] { services::CatalogImportService(s.ctx()).importProducts(admin, csv); });
        break;
    default:
        fuzz::acceptsInput([&] { services::PriceService(s.ctx()).schedulePrices(admin, csv); });
        break;
    }
    static int runs = 0;
    if (++runs % 200 == 0) {
        const auto report = services::IntegrityService(s.ctx()).check(admin);
        FUZZ_CHECK(report.ok);
    }
    return 0;
}
