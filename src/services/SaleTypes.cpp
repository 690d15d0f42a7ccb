#include "SaleTypes.h"

#include "core/Errors.h"

#include <QJsonArray>

namespace ocopos::services {

namespace {
std::string elementName(const char* list, qsizetype i)
{
    return std::string(list) + "[" + std::to_string(i + 1) + "]";
}

std::string fieldName(const QString& list, qsizetype i, const char* leaf)
{
    return elementName(list.toLatin1().constData(), i) + "." + leaf;
}

core::Discount discountFromJson(const QJsonValue& v, const std::string& field)
{
    if (v.isUndefined() || v.isNull())
        return core::Discount::none();
    if (!v.isObject())
        throw ValidationError(field, "must be an object with percent or amount");
    const QJsonObject o = v.toObject();
    const bool hasPercent = o.contains(QStringLiteral("percent"));
    const bool hasAmount = o.contains(QStringLiteral("amount"));
    if (hasPercent == hasAmount)
        throw ValidationError(field, "give exactly one of percent or amount");
    for (const auto& k : o.keys())
        if (k != QLatin1String("percent") && k != QLatin1String("amount"))
            throw ValidationError(field + "." + k.toStdString(), "unknown field");
    if (hasPercent) {
        const QJsonValue p = o.value(QStringLiteral("percent"));
        if (!p.isString())
            throw ValidationError(field + ".percent", "must be a string such as \"5\" or \"12.5\"");
        return core::Discount::percent(core::parsePercent(p.toString().toStdString(), field + ".percent"));
    }
    const QJsonValue a = o.value(QStringLiteral("amount"));
    if (!a.isDouble() || a.toDouble() != static_cast<double>(a.toInteger()) || a.toInteger() < 0)
        throw ValidationError(field + ".amount", "must be a whole, non-negative number of đồng");
    return core::Discount::amount(core::Money(a.toInteger()));
}

QJsonValue discountToJson(const core::Discount& d)
{
    switch (d.kind) {
    case core::Discount::Kind::None: return QJsonValue();
    case core::Discount::Kind::Percent:
        return QJsonObject{{QStringLiteral("percent"), QString::fromStdString(core::formatPercent(core::BasisPoints{d.value}))}};
    case core::Discount::Kind::Amount: return QJsonObject{{QStringLiteral("amount"), static_cast<qint64>(d.value)}};
    }
    return QJsonValue();
}

void refuseUnknown(const QJsonObject& o, std::initializer_list<const char*> known, const std::string& where)
{
    for (const auto& k : o.keys()) {
        bool ok = false;
        for (const char* n : known)
            ok = ok || k == QLatin1String(n);
        if (!ok)
            throw ValidationError(where.empty() ? k.toStdString() : where + "." + k.toStdString(), "unknown field");
    }
}
} // namespace

SaleRequest saleRequestFromJson(const QJsonObject& json)
{
    refuseUnknown(json, {"lines", "discount", "payments", "override", "buyer"}, "");
    SaleRequest r;
    const QJsonValue lines = json.value(QStringLiteral("lines"));
    if (!lines.isArray() || lines.toArray().isEmpty())
        throw ValidationError("lines", "a sale needs at least one line");
    const QJsonArray la = lines.toArray();
    for (qsizetype i = 0; i < la.size(); ++i) {
        if (!la[i].isObject())
            throw ValidationError(fieldName(QStringLiteral("lines"), i, "code"), "each line must be an object");
        const QJsonObject lo = la[i].toObject();
        refuseUnknown(lo, {"code", "qty", "discount"}, elementName("lines", i));
        SaleLineRequest l;
        const QJsonValue code = lo.value(QStringLiteral("code"));
        if (!code.isString() || code.toString().trimmed().isEmpty())
            throw ValidationError(fieldName(QStringLiteral("lines"), i, "code"), "is required");
        l.code = code.toString().trimmed();
        const QJsonValue q = lo.value(QStringLiteral("qty"));
        if (!q.isUndefined() && !q.isNull()) {
            if (!q.isString())
                throw ValidationError(fieldName(QStringLiteral("lines"), i, "qty"), "must be a decimal string such as \"2\" or \"0.350\"");
            l.qty = core::parseQuantity(q.toString().toStdString(), fieldName(QStringLiteral("lines"), i, "qty"));
        }
        l.discount = discountFromJson(lo.value(QStringLiteral("discount")), fieldName(QStringLiteral("lines"), i, "discount"));
        r.lines.push_back(l);
    }
    r.discount = discountFromJson(json.value(QStringLiteral("discount")), "discount");
    const QJsonValue pays = json.value(QStringLiteral("payments"));
    if (!pays.isUndefined() && !pays.isArray())
        throw ValidationError("payments", "must be a list");
    const QJsonArray pa = pays.toArray();
    for (qsizetype i = 0; i < pa.size(); ++i) {
        const QJsonObject po = pa[i].toObject();
        refuseUnknown(po, {"method", "amount", "reference"}, elementName("payments", i));
        core::Payment p;
        const auto method = core::paymentMethodFromCode(po.value(QStringLiteral("method")).toString().toStdString());
        if (!method)
            throw ValidationError(fieldName(QStringLiteral("payments"), i, "method"), "must be cash, card or bank_qr");
        p.method = *method;
        const QJsonValue a = po.value(QStringLiteral("amount"));
        if (!a.isDouble() || a.toDouble() != static_cast<double>(a.toInteger()))
            throw ValidationError(fieldName(QStringLiteral("payments"), i, "amount"), "must be a whole number of đồng");
        p.amount = core::Money(a.toInteger());
        p.reference = po.value(QStringLiteral("reference")).toString();
        if (!p.reference.isEmpty() && p.method != core::PaymentMethod::Card)
            throw ValidationError(fieldName(QStringLiteral("payments"), i, "reference"), "only a card payment takes a reference");
        r.payments.push_back(p);
    }
    const QJsonValue ov = json.value(QStringLiteral("override"));
    if (!ov.isUndefined() && !ov.isNull()) {
        const QJsonObject oo = ov.toObject();
        refuseUnknown(oo, {"user", "pin"}, "override");
        if (!oo.value(QStringLiteral("user")).isString() || !oo.value(QStringLiteral("pin")).isString())
            throw ValidationError("override", "needs user and pin (strings)");
        r.override = OverrideRequest{oo.value(QStringLiteral("user")).toString(), oo.value(QStringLiteral("pin")).toString()};
    }
    const QJsonValue buyer = json.value(QStringLiteral("buyer"));
    if (!buyer.isUndefined() && !buyer.isNull()) {
        if (!buyer.isObject())
            throw ValidationError("buyer", "must be an object");
        const QJsonObject bo = buyer.toObject();
        refuseUnknown(bo, {"name", "tax_code", "address", "id_number", "phone", "email"}, "buyer");
        const auto field = [&](const char* key) {
            const QJsonValue v = bo.value(QLatin1String(key));
            if (!v.isUndefined() && !v.isNull() && !v.isString())
                throw ValidationError(std::string("buyer.") + key, "must be a string");
            return v.toString().trimmed();
        };
        r.buyer = {field("name"), field("tax_code"), field("address"), field("id_number"), field("phone"), field("email")};
    }
    return r;
}

QJsonObject saleRequestToJson(const SaleRequest& r)
{
    QJsonArray lines;
    for (const auto& l : r.lines) {
        QJsonObject o{{QStringLiteral("code"), l.code}};
        if (l.qty)
            o[QStringLiteral("qty")] = QString::fromStdString(core::formatQuantity(*l.qty));
        if (!l.discount.isNone())
            o[QStringLiteral("discount")] = discountToJson(l.discount);
        lines.append(o);
    }
    QJsonObject out{{QStringLiteral("lines"), lines}};
    if (!r.discount.isNone())
        out[QStringLiteral("discount")] = discountToJson(r.discount);
    QJsonArray pays;
    for (const auto& p : r.payments) {
        QJsonObject o{{QStringLiteral("method"), QString::fromUtf8(core::toCode(p.method).data())},
                      {QStringLiteral("amount"), static_cast<qint64>(p.amount.dong())}};
        if (!p.reference.isEmpty())
            o[QStringLiteral("reference")] = p.reference;
        pays.append(o);
    }
    if (!pays.isEmpty())
        out[QStringLiteral("payments")] = pays;
    if (!r.buyer.empty()) {
        QJsonObject b;
        const auto put = [&](const char* key, const QString& v) {
            if (!v.isEmpty())
                b[QLatin1String(key)] = v;
        };
        put("name", r.buyer.name);
        put("tax_code", r.buyer.taxCode);
        put("address", r.buyer.address);
        put("id_number", r.buyer.idNumber);
        put("phone", r.buyer.phone);
        put("email", r.buyer.email);
        out[QStringLiteral("buyer")] = b;
    }
    return out;
}

} // namespace ocopos::services
