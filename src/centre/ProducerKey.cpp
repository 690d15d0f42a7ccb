#include "ProducerKey.h"

#include "core/VietText.h"

namespace ocopos::centre {

QString normalizedTaxCode(const QString& taxCode)
{
    QString out;
    for (const QChar c : taxCode)
        if (!c.isSpace())
            out += c.toUpper();
    return out;
}

QString normalizedName(const QString& name) { return core::normalizeText(name).toCaseFolded().simplified(); }

namespace {
QString keyAt(const QString& storeCode, const ProducerFacts& p, const ProducerLookup& lookup, int depth)
{
    const QString tax = normalizedTaxCode(p.taxCode);
    if (!tax.isEmpty())
        return QStringLiteral("MST:") + tax;
    if (p.kind == QLatin1String("cooperative") || p.kind == QLatin1String("coop_group")
        || p.kind == QLatin1String("enterprise"))
        return QStringLiteral("HTX:") + p.code;
    // A parent chain longer than a few links is a loop in the store's data.
    if (!p.parent.isEmpty() && p.parent != p.code && depth < 8)
        if (const auto parent = lookup(p.parent))
            return keyAt(storeCode, *parent, lookup, depth + 1) + QLatin1Char('/') + p.code;
    return QStringLiteral("STORE:") + storeCode + QLatin1Char('/') + p.code;
}
} // namespace

QString producerKey(const QString& storeCode, const ProducerFacts& p, const ProducerLookup& lookup)
{
    return keyAt(storeCode, p, lookup, 0);
}

} // namespace ocopos::centre
