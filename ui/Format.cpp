#include "Format.h"

#include "core/Decimal.h"

#include <QCoreApplication>

namespace ocopos::ui {

namespace {
/// The translation context of these texts.
struct Format {
    Q_DECLARE_TR_FUNCTIONS(ocopos::ui::Format)
};
} // namespace

QString money(core::Money m) { return QString::fromStdString(core::formatVnd(m)); }

namespace {
QString decimalComma(std::int64_t scaled, int decimals)
{
    return QString::fromStdString(core::formatScaledDecimal(scaled, decimals, true)).replace(QLatin1Char('.'), QLatin1Char(','));
}
} // namespace

QString quantity(core::Quantity q) { return decimalComma(q.thousandths(), 3); }

QString quantity(core::Quantity q, core::SoldBy soldBy)
{
    return soldBy == core::SoldBy::Weight ? quantity(q, QStringLiteral("kg")) : quantity(q);
}

QString quantity(core::Quantity q, const QString& unit)
{
    return unit.isEmpty() ? quantity(q) : quantity(q) + QLatin1Char(' ') + unit;
}

QString percentNumber(core::BasisPoints bp) { return decimalComma(bp.bp, 2); }

QString percent(core::BasisPoints bp) { return percentNumber(bp) + QStringLiteral(" %"); }

QString discount(const core::Discount& d)
{
    switch (d.kind) {
    case core::Discount::Kind::None:
        return {};
    case core::Discount::Kind::Percent:
        return d.value == 0 ? QString()
                            : QStringLiteral("−") + percent(core::BasisPoints{d.value});
    case core::Discount::Kind::Amount:
        return d.value == 0 ? QString() : QStringLiteral("−") + money(core::Money(d.value));
    }
    return {};
}

QString roleName(core::Role role)
{
    switch (role) {
    case core::Role::Admin: return Format::tr("Administrator");
    case core::Role::Manager: return Format::tr("Manager");
    case core::Role::Cashier: return Format::tr("Cashier");
    case core::Role::Cooperative: return Format::tr("Cooperative");
    }
    return {};
}

QString shortProducerName(const QString& name)
{
    static const std::pair<QString, QString> forms[] = {
        {QStringLiteral("Công ty TNHH MTV "), QStringLiteral("Cty ")}, {QStringLiteral("Công ty TNHH "), QStringLiteral("Cty ")},
        {QStringLiteral("Công ty cổ phần "), QStringLiteral("Cty ")},  {QStringLiteral("Công ty CP "), QStringLiteral("Cty ")},
        {QStringLiteral("Công ty "), QStringLiteral("Cty ")},          {QStringLiteral("Hợp tác xã "), QStringLiteral("HTX ")},
        {QStringLiteral("Tổ hợp tác "), QStringLiteral("THT ")},
    };
    QString out = name.trimmed();
    for (const auto& [longForm, shortForm] : forms) {
        if (out.startsWith(longForm, Qt::CaseInsensitive)) {
            out = shortForm + out.mid(longForm.size());
            break;
        }
    }
    const qsizetype bracket = out.indexOf(QLatin1String(" ("));
    if (bracket > 0 && out.endsWith(QLatin1Char(')')))
        out.truncate(bracket);
    return out;
}

QString paymentMethodName(core::PaymentMethod method)
{
    switch (method) {
    case core::PaymentMethod::Cash: return Format::tr("Cash");
    case core::PaymentMethod::Card: return Format::tr("Card");
    case core::PaymentMethod::BankQr: return Format::tr("Bank transfer (VietQR)");
    }
    return {};
}

core::Money parseAmount(const QString& text) { return core::parseAmountInput(text.trimmed().toStdString(), "amount"); }

core::Quantity parseQty(const QString& text)
{
    QString t = text.trimmed();
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    return core::parseQuantity(t.toStdString(), "qty");
}

core::BasisPoints parsePercent(const QString& text, const std::string& field)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    t = t.trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
    return core::parsePercent(t.toStdString(), field);
}

core::Discount parseDiscount(const QString& text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return core::Discount::none();
    if (t.endsWith(QLatin1Char('%')))
        return core::Discount::percent(parsePercent(t, "discount"));
    const core::Money m = core::parseAmountInput(t.toStdString(), "discount");
    return m.isZero() ? core::Discount::none() : core::Discount::amount(m);
}

} // namespace ocopos::ui
