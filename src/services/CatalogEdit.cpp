// Single-product edits for the inventory screen. They go through the file
// importers on purpose: one set of checks, whether a product came from a CSV
// file or from the editor. Only what an empty value means differs: the editor
// sends the whole product, so there it clears.
#include "CatalogService.h"
#include "core/Csv.h"
#include "core/Errors.h"

#include <set>

namespace ocopos::services {

namespace {

/// The importers name problems by file line; an edit is not a file.
[[noreturn]] void rethrowWithoutLine(const ValidationError& e)
{
    std::vector<Problem> problems = e.problems();
    for (auto& p : problems)
        p.line = 0;
    throw ValidationError(std::move(problems));
}

QString cell(const QString& v)
{
    return core::csvEscape(v);
}

} // namespace

core::Product CatalogService::saveProduct(const Session& actor, const core::Product& p)
{
    const QStringList header { QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("unit"),
        QStringLiteral("sold_by"), QStringLiteral("price"), QStringLiteral("vat"), QStringLiteral("owner_code"),
        QStringLiteral("supply"), QStringLiteral("barcodes"), QStringLiteral("category"), QStringLiteral("ocop_stars"),
        QStringLiteral("ocop_cert_no"), QStringLiteral("ocop_cert_expiry"), QStringLiteral("commission_pct"),
        QStringLiteral("reorder_point"), QStringLiteral("plu") };
    const QStringList row { cell(p.sku), cell(p.name), cell(p.unit),
        p.soldBy == core::SoldBy::Weight ? QStringLiteral("weight") : QStringLiteral("unit"),
        QString::number(p.price.dong()), QString::fromStdString(p.vat.code()), cell(p.ownerCode),
        p.supply == core::Supply::Purchased ? QStringLiteral("purchased") : QStringLiteral("consignment"),
        cell(p.barcodes.join(QLatin1Char('|'))), cell(p.category),
        p.ocopStars ? QString::number(*p.ocopStars) : QString(), cell(p.certNo),
        p.certExpiry ? p.certExpiry->toString(Qt::ISODate) : QString(),
        p.commission ? QString::fromStdString(core::formatPercent(*p.commission)) : QString(),
        p.reorderPoint ? QString::fromStdString(core::formatQuantity(*p.reorderPoint)) : QString(), cell(p.plu) };
    const QByteArray csv
        = (header.join(QLatin1Char(',')) + QLatin1Char('\n') + row.join(QLatin1Char(',')) + QLatin1Char('\n')).toUtf8();
    const std::set<QString> columns(header.begin(), header.end());
    try {
        // Every column is sent, so an empty cell is the editor saying "none".
        upsertProducts(actor, core::parseCsv(csv, columns, {}), EmptyCell::Clears);
    } catch (const ValidationError& e) {
        rethrowWithoutLine(e);
    }
    return showProduct(actor, p.sku);
}

void CatalogService::scheduleChange(const Session& actor, const QString& code, const QDate& effectiveOn,
    std::optional<core::Money> price, std::optional<core::VatRate> vat)
{
    const QString row = cell(code) + QLatin1Char(',')
        + (effectiveOn.isValid() ? effectiveOn.toString(Qt::ISODate) : QString()) + QLatin1Char(',')
        + (price ? QString::number(price->dong()) : QString()) + QLatin1Char(',')
        + (vat ? QString::fromStdString(vat->code()) : QString());
    try {
        schedulePrices(actor, (QStringLiteral("code,effective_on,price,vat\n") + row + QLatin1Char('\n')).toUtf8());
    } catch (const ValidationError& e) {
        rethrowWithoutLine(e);
    }
}

} // namespace ocopos::services
