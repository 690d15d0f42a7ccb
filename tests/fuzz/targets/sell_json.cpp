// The `sell` document (ocopos-cli sell, parked carts): any bytes are a sale request
// or refused with the field named (lines[2].qty ...); a request written back as JSON
// reads back to the same document.
#include "../FuzzSupport.h"
#include "services/SaleTypes.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace ocopos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return 0;
    services::SaleRequest r;
    if (!fuzz::accepts([&] { r = services::saleRequestFromJson(doc.object()); }))
        return 0;
    const QJsonObject written = services::saleRequestToJson(r);
    services::SaleRequest again;
    FUZZ_CHECK(fuzz::accepts([&] { again = services::saleRequestFromJson(written); }));
    FUZZ_CHECK(services::saleRequestToJson(again) == written);
    FUZZ_CHECK(again.lines.size() == r.lines.size() && again.payments.size() == r.payments.size());
    return 0;
}
