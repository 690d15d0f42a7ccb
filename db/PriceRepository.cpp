#include "PriceRepository.h"

namespace ocopos::db {

namespace {

std::optional<core::Money> moneyOrNull(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<core::Money>(core::Money(v.toLongLong()));
}

std::optional<core::VatRate> vatOrNull(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<core::VatRate>(core::VatRate::parse(v.toString().toStdString()));
}

QVariant money(std::optional<core::Money> m) { return m ? v64(m->dong()) : QVariant(); }
QVariant vatCode(const std::optional<core::VatRate>& v)
{
    return v ? QVariant(QString::fromStdString(v->code())) : QVariant();
}

} // namespace

void PriceRepository::schedule(qint64 productId, const QDate& effectiveOn, std::optional<core::Money> price,
                               std::optional<core::VatRate> vat, const QString& now, qint64 userId)
{
    const QString day = effectiveOn.toString(Qt::ISODate);
    Query del(m_db, QStringLiteral("DELETE FROM price_schedule WHERE product_id = :p AND effective_on = :d "
                                   "AND applied_at IS NULL"));
    del.bind(QStringLiteral(":p"), productId).bind(QStringLiteral(":d"), day).exec();
    Query ins(m_db, QStringLiteral("INSERT INTO price_schedule (product_id, effective_on, price_vnd, vat, "
                                   "created_at, created_by) VALUES (:p, :d, :price, :vat, :now, :u)"));
    ins.bind(QStringLiteral(":p"), productId)
        .bind(QStringLiteral(":d"), day)
        .bind(QStringLiteral(":price"), money(price))
        .bind(QStringLiteral(":vat"), vatCode(vat))
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":u"), userId)
        .exec();
}

bool PriceRepository::anyDue(const QDate& today)
{
    Query q(m_db, QStringLiteral("SELECT 1 FROM price_schedule WHERE applied_at IS NULL AND effective_on <= :d LIMIT 1"));
    q.bind(QStringLiteral(":d"), today.toString(Qt::ISODate));
    return q.scalar().has_value();
}

std::vector<PriceRepository::Due> PriceRepository::due(const QDate& today)
{
    enum { Id, ProductId, Price, Vat, CreatedBy };
    Query q(m_db, QStringLiteral("SELECT id, product_id, price_vnd, vat, created_by FROM price_schedule "
                                 "WHERE applied_at IS NULL AND effective_on <= :d ORDER BY effective_on, id"));
    q.bind(QStringLiteral(":d"), today.toString(Qt::ISODate)).exec();
    std::vector<Due> out;
    while (q.next()) {
        Due d;
        d.id = q.value(Id).toLongLong();
        d.productId = q.value(ProductId).toLongLong();
        d.price = moneyOrNull(q.value(Price));
        d.vat = vatOrNull(q.value(Vat));
        if (!q.value(CreatedBy).isNull())
            d.userId = q.value(CreatedBy).toLongLong();
        out.push_back(d);
    }
    return out;
}

void PriceRepository::markApplied(qint64 scheduleId, const QString& now)
{
    Query q(m_db, QStringLiteral("UPDATE price_schedule SET applied_at = :now WHERE id = :id"));
    q.bind(QStringLiteral(":now"), now).bind(QStringLiteral(":id"), scheduleId).exec();
}

std::vector<PriceRepository::Pending> PriceRepository::pending(std::optional<qint64> productId)
{
    enum { Sku, Name, EffectiveOn, Price, Vat, CreatedAt, Username };
    QString sql = QStringLiteral("SELECT p.sku, p.name, s.effective_on, s.price_vnd, s.vat, s.created_at, u.username "
                                 "FROM price_schedule s JOIN products p ON p.id = s.product_id "
                                 "LEFT JOIN users u ON u.id = s.created_by WHERE s.applied_at IS NULL");
    if (productId)
        sql += QStringLiteral(" AND p.id = :p");
    sql += QStringLiteral(" ORDER BY s.effective_on DESC, s.id DESC");
    Query q(m_db, sql);
    if (productId)
        q.bind(QStringLiteral(":p"), *productId);
    q.exec();
    std::vector<Pending> out;
    while (q.next()) {
        Pending c;
        c.sku = q.value(Sku).toString();
        c.name = q.value(Name).toString();
        c.effectiveOn = QDate::fromString(q.value(EffectiveOn).toString(), Qt::ISODate);
        c.price = moneyOrNull(q.value(Price));
        c.vat = vatOrNull(q.value(Vat));
        c.createdAt = q.value(CreatedAt).toString();
        c.username = q.value(Username).toString();
        out.push_back(c);
    }
    return out;
}

std::vector<PriceRepository::HistoryEntry> PriceRepository::history(std::optional<qint64> productId)
{
    enum { Sku, Name, ChangedAt, NewPrice, NewVat, Source, Username, OldPrice, OldVat };
    QString sql = QStringLiteral("SELECT p.sku, p.name, h.changed_at, h.new_price_vnd, h.new_vat, h.source, u.username, "
                                 "h.old_price_vnd, h.old_vat FROM price_history h JOIN products p ON p.id = h.product_id "
                                 "LEFT JOIN users u ON u.id = h.user_id");
    if (productId)
        sql += QStringLiteral(" WHERE p.id = :p");
    sql += QStringLiteral(" ORDER BY h.id DESC");
    Query q(m_db, sql);
    if (productId)
        q.bind(QStringLiteral(":p"), *productId);
    q.exec();
    std::vector<HistoryEntry> out;
    while (q.next()) {
        HistoryEntry h;
        h.sku = q.value(Sku).toString();
        h.name = q.value(Name).toString();
        h.changedAt = q.value(ChangedAt).toString();
        h.newPrice = core::Money(q.value(NewPrice).toLongLong());
        h.newVat = core::VatRate::parse(q.value(NewVat).toString().toStdString());
        h.source = q.value(Source).toString();
        h.username = q.value(Username).toString();
        h.oldPrice = moneyOrNull(q.value(OldPrice));
        h.oldVat = vatOrNull(q.value(OldVat));
        out.push_back(h);
    }
    return out;
}

void PriceRepository::addHistory(qint64 productId, const QString& at, std::optional<qint64> userId,
                                 const QString& source, std::optional<core::Money> oldPrice, core::Money newPrice,
                                 std::optional<core::VatRate> oldVat, const core::VatRate& newVat)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO price_history (product_id, changed_at, user_id, source, old_price_vnd, new_price_vnd, old_vat, "
        "new_vat) VALUES (:p, :at, :u, :src, :op, :np, :ov, :nv)"));
    q.bind(QStringLiteral(":p"), productId)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":u"), userId ? QVariant(*userId) : QVariant())
        .bind(QStringLiteral(":src"), source)
        .bind(QStringLiteral(":op"), money(oldPrice))
        .bind(QStringLiteral(":np"), v64(newPrice.dong()))
        .bind(QStringLiteral(":ov"), vatCode(oldVat))
        .bind(QStringLiteral(":nv"), QString::fromStdString(newVat.code()))
        .exec();
}

} // namespace ocopos::db
