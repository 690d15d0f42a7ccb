// producer, product, price: thin shells over CatalogImportService, CatalogLookup and PriceService.
#include "Cli.h"

#include "services/CatalogImportService.h"
#include "services/CatalogLookup.h"
#include "services/ProductSearchIndex.h"
#include "services/PriceService.h"

#include "core/Utf8.h"

namespace ocopos::cli {
namespace {

using core::qs;

QJsonObject producerJson(const core::Producer& p)
{
    return QJsonObject{
        {QStringLiteral("code"), p.code},
        {QStringLiteral("kind"), qs(core::toCode(p.kind))},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("parent_code"), jsonText(p.parentCode)},
        {QStringLiteral("tax_code"), jsonText(p.taxCode)},
        {QStringLiteral("address"), jsonText(p.address)},
        {QStringLiteral("district"), jsonText(p.district)},
        {QStringLiteral("province"), jsonText(p.province)},
        {QStringLiteral("phone"), jsonText(p.phone)},
        {QStringLiteral("bank_bin"), jsonText(p.bankBin)},
        {QStringLiteral("bank_account"), jsonText(p.bankAccount)},
        {QStringLiteral("commission_pct"),
         p.commission ? QJsonValue(QString::fromStdString(core::formatPercent(*p.commission))) : QJsonValue()},
    };
}

QJsonObject productJson(const core::Product& p)
{
    return QJsonObject{
        {QStringLiteral("sku"), p.sku},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("unit"), p.unit},
        {QStringLiteral("sold_by"), qs(core::toCode(p.soldBy))},
        {QStringLiteral("price"), static_cast<qint64>(p.price.dong())},
        {QStringLiteral("vat"), QString::fromStdString(p.vat.code())},
        {QStringLiteral("owner_code"), p.ownerCode},
        {QStringLiteral("supply"), qs(core::toCode(p.supply))},
        {QStringLiteral("barcodes"), QJsonArray::fromStringList(p.barcodes)},
        {QStringLiteral("category"), jsonText(p.category)},
        {QStringLiteral("ocop_stars"), p.ocopStars ? QJsonValue(*p.ocopStars) : QJsonValue()},
        {QStringLiteral("ocop_cert_no"), jsonText(p.certNo)},
        {QStringLiteral("ocop_cert_expiry"), p.certExpiry ? QJsonValue(p.certExpiry->toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("commission_pct"),
         p.commission ? QJsonValue(QString::fromStdString(core::formatPercent(*p.commission))) : QJsonValue()},
        {QStringLiteral("reorder_point"), p.reorderPoint ? QJsonValue(qty(*p.reorderPoint)) : QJsonValue()},
        {QStringLiteral("plu"), jsonText(p.plu)},
    };
}

int importOutput(Cli& c, const services::ImportResult& r, const QString& what)
{
    // The till's saved search index is stale now: save a fresh one for its next start.
    if (r.inserted + r.updated > 0)
        services::ProductSearchIndex::saveForNextStart(c.db().path());
    c.output(QJsonObject{{QStringLiteral("inserted"), r.inserted}, {QStringLiteral("updated"), r.updated}},
             QStringLiteral("%1: %2 new, %3 updated\n").arg(what).arg(r.inserted).arg(r.updated));
    return 0;
}

int producerImport(Cli& c, Args& a)
{
    const QString file = a.positional(QStringLiteral("FILE.csv"));
    a.finish();
    const QByteArray data = readInputFile(file);
    return importOutput(c, services::CatalogImportService(c.ctx()).importProducers(c.session(), data), QStringLiteral("producers"));
}

int producerList(Cli& c, Args& a)
{
    a.finish();
    const auto list = services::CatalogLookup(c.ctx()).listProducers(c.session());
    QJsonArray arr;
    Table t{{QStringLiteral("code"), QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("parent"),
             QStringLiteral("commission %")}, {}, {4}};
    for (const auto& p : list) {
        arr.append(producerJson(p));
        t.rows.push_back({p.code, qs(core::toCode(p.kind)), p.name, p.parentCode,
                          p.commission ? QString::fromStdString(core::formatPercent(*p.commission)) : QString()});
    }
    c.output(QJsonObject{{QStringLiteral("producers"), arr}}, t);
    return 0;
}

int productImport(Cli& c, Args& a)
{
    const QString file = a.positional(QStringLiteral("FILE.csv"));
    a.finish();
    const QByteArray data = readInputFile(file);
    return importOutput(c, services::CatalogImportService(c.ctx()).importProducts(c.session(), data), QStringLiteral("products"));
}

int productList(Cli& c, Args& a)
{
    const QString query = a.option(QStringLiteral("--query")).value_or(QString());
    const QString producer = a.option(QStringLiteral("--producer")).value_or(QString());
    a.finish();
    const auto list = services::CatalogLookup(c.ctx()).listProducts(c.session(), query, producer);
    QJsonArray arr;
    Table t{{QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("unit"), QStringLiteral("price"),
             QStringLiteral("vat"), QStringLiteral("owner"), QStringLiteral("supply"), QStringLiteral("barcodes")}, {}, {3}};
    for (const auto& p : list) {
        arr.append(productJson(p));
        t.rows.push_back({p.sku, p.name, p.unit, money(p.price), QString::fromStdString(p.vat.code()), p.ownerCode,
                          qs(core::toCode(p.supply)), p.barcodes.join(QLatin1Char('|'))});
    }
    c.output(QJsonObject{{QStringLiteral("products"), arr}}, t);
    return 0;
}

int productShow(Cli& c, Args& a)
{
    const QString code = a.positional(QStringLiteral("CODE"));
    a.finish();
    const auto p = services::CatalogLookup(c.ctx()).showProduct(c.session(), code);
    const QJsonObject obj = productJson(p);
    QString text;
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        QString v = it->isArray() ? it->toVariant().toStringList().join(QLatin1Char('|')) : it->toVariant().toString();
        if (it.key() == QLatin1String("price"))
            v = money(p.price);
        text += it.key().leftJustified(18) + v + QLatin1Char('\n');
    }
    c.output(obj, text);
    return 0;
}

int priceSchedule(Cli& c, Args& a)
{
    const QString file = a.positional(QStringLiteral("FILE.csv"));
    a.finish();
    const QByteArray data = readInputFile(file);
    const int n = services::PriceService(c.ctx()).schedulePrices(c.session(), data);
    c.output(QJsonObject{{QStringLiteral("scheduled"), n}}, QStringLiteral("%1 price change(s) scheduled\n").arg(n));
    return 0;
}

int priceList(Cli& c, Args& a)
{
    const QString code = a.option(QStringLiteral("--code")).value_or(QString());
    a.finish();
    const auto list = services::PriceService(c.ctx()).priceList(c.session(), code);
    QJsonArray pending, history;
    Table t{{QStringLiteral("status"), QStringLiteral("day"), QStringLiteral("sku"), QStringLiteral("name"),
             QStringLiteral("price"), QStringLiteral("vat"), QStringLiteral("by")}, {}, {4}};
    for (const auto& ch : list) {
        QJsonObject o{{QStringLiteral("sku"), ch.sku},
                      {QStringLiteral("name"), ch.name},
                      {QStringLiteral("effective_on"), ch.effectiveOn.toString(Qt::ISODate)},
                      {QStringLiteral("price"), ch.price ? QJsonValue(static_cast<qint64>(ch.price->dong())) : QJsonValue()},
                      {QStringLiteral("vat"), ch.vat ? QJsonValue(QString::fromStdString(ch.vat->code())) : QJsonValue()},
                      {QStringLiteral("user"), jsonText(ch.username)}};
        if (ch.status == QLatin1String("pending")) {
            pending.append(o);
        } else {
            o[QStringLiteral("source")] = ch.status;
            o[QStringLiteral("at")] = ch.at;
            o[QStringLiteral("old_price")] = ch.oldPrice ? QJsonValue(static_cast<qint64>(ch.oldPrice->dong())) : QJsonValue();
            o[QStringLiteral("old_vat")] = ch.oldVat ? QJsonValue(QString::fromStdString(ch.oldVat->code())) : QJsonValue();
            history.append(o);
        }
        t.rows.push_back({ch.status, ch.effectiveOn.toString(Qt::ISODate), ch.sku, ch.name,
                          ch.price ? money(*ch.price) : QString(), ch.vat ? QString::fromStdString(ch.vat->code()) : QString(),
                          ch.username});
    }
    c.output(QJsonObject{{QStringLiteral("pending"), pending}, {QStringLiteral("history"), history}}, t);
    return 0;
}

const Register reg{
    {QStringLiteral("producer import"), QStringLiteral("producer import FILE.csv"), producerImport},
    {QStringLiteral("producer list"), QStringLiteral("producer list"), producerList},
    {QStringLiteral("product import"), QStringLiteral("product import FILE.csv"), productImport},
    {QStringLiteral("product list"), QStringLiteral("product list [--query Q] [--producer CODE]"), productList},
    {QStringLiteral("product show"), QStringLiteral("product show CODE"), productShow},
    {QStringLiteral("price schedule"), QStringLiteral("price schedule FILE.csv"), priceSchedule},
    {QStringLiteral("price list"), QStringLiteral("price list [--code CODE]"), priceList},
};

} // namespace
} // namespace ocopos::cli
