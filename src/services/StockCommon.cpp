#include "StockCommon.h"

#include "db/CatalogRepository.h"

#include <QRegularExpression>

namespace ocopos::services::stockutil {

std::optional<core::Product> findProduct(db::CatalogRepository& repo, const QString& code)
{
    if (code.isEmpty())
        return std::nullopt;
    auto p = repo.productBySku(code);
    if (!p)
        p = repo.productByBarcode(code);
    if (!p && code.size() == 12)  // UPC-A may be stored as its EAN-13 form
        p = repo.productByBarcode(QLatin1Char('0') + code);
    return p;
}

std::string label(const QString& sku, const QString& name)
{
    return s(sku) + " (" + s(name) + ")";
}

std::optional<core::Quantity> parseStockQuantity(ProblemList& problems, int line, const char* name,
                                                 const QString& text, const core::Product* product, bool allowZero)
{
    const auto q = field(problems, line, name, [&] { return core::parseQuantity(s(text), name, true); });
    if (!q)
        return std::nullopt;
    if (q->thousandths() < 0 || (!allowZero && q->isZero())) {
        problems.add(line, name, "'" + s(text) + (allowZero ? "' must not be negative" : "' must be more than 0"));
        return std::nullopt;
    }
    if (product && product->soldBy == core::SoldBy::Unit && !q->isWhole()) {
        problems.add(line, name, "'" + s(text) + "': " + s(product->sku) + " is sold by unit (" + s(product->unit)
                                     + "), so only whole quantities");
        return std::nullopt;
    }
    return q;
}

bool isValidLotCode(const QString& code)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.\\-/]{0,39}$"));
    return re.match(code).hasMatch();
}

} // namespace ocopos::services::stockutil
