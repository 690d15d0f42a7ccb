#include "SettingsService.h"

#include "AuditLog.h"
#include "core/EInvoice.h"
#include "core/ErrorCodes.h"
#include "core/Errors.h"
#include "core/VietText.h"
#include "db/Database.h"
#include "db/SettingsRepository.h"

#include <QHostAddress>
#include <QUrl>

#include <QRegularExpression>

namespace ocopos::services {

namespace {
const std::map<QString, QString>& defaults()
{
    static const std::map<QString, QString> d = {
        {QStringLiteral("store_name"), QStringLiteral("Cửa hàng OCOP")},
        {QStringLiteral("store_address"), QString()},
        {QStringLiteral("store_tax_code"), QString()},
        {QStringLiteral("till"), QStringLiteral("Q01")},
        {QStringLiteral("bank_bin"), QString()},
        {QStringLiteral("bank_account"), QString()},
        {QStringLiteral("bank_account_name"), QString()},
        {QStringLiteral("default_commission_pct"), QStringLiteral("20")},
        {QStringLiteral("discount_override_pct"), QStringLiteral("10")},
        {QStringLiteral("expiry_warning_days"), QStringLiteral("30")},
        {QStringLiteral("receipt_footer"), QStringLiteral("Cảm ơn quý khách!")},
        {QStringLiteral("receipt_width_mm"), QStringLiteral("80")},
        {QStringLiteral("scale_layouts"), QString::fromStdString(core::ScaleConfig().serialize())},
        {QStringLiteral("language"), QStringLiteral("vi")},
        // The province centre (docs/CENTRE.md); sync is off while centre_url is empty.
        {QStringLiteral("centre_url"), QString()},
        {QStringLiteral("centre_store"), QString()},
        {QStringLiteral("centre_token"), QString()},
        // E-invoices from the cash register (docs/EINVOICE.md); off until enabled.
        {QStringLiteral("einvoice_enabled"), QStringLiteral("0")},
        {QStringLiteral("einvoice_seller_name"), QString()},
        {QStringLiteral("einvoice_seller_address"), QString()},
        {QStringLiteral("einvoice_seller_tax_code"), QString()},
        {QStringLiteral("einvoice_form"), QStringLiteral("1")},
        {QStringLiteral("einvoice_series"), QString()},
        {QStringLiteral("einvoice_tax_method"), QStringLiteral("vat_credit")},
        {QStringLiteral("einvoice_provider"), QStringLiteral("vnpt")},
        {QStringLiteral("einvoice_provider_tax_code"), QString()},
        {QStringLiteral("einvoice_url"), QString()},
        {QStringLiteral("einvoice_lookup_url"), QString()},
        {QStringLiteral("einvoice_account"), QString()},
        {QStringLiteral("einvoice_account_password"), QString()},
        {QStringLiteral("einvoice_username"), QString()},
        {QStringLiteral("einvoice_password"), QString()},
        {QStringLiteral("einvoice_batch_size"), QStringLiteral("500")},
    };
    return d;
}

void validate(const QString& key, const QString& value)
{
    const std::string k = key.toStdString();
    const auto bad = [&](const std::string& why) {
        throw ValidationError(k, "'" + SettingsService::shown(key, value).toStdString() + "' " + why);
    };
    static const QRegularExpression tillRe(QStringLiteral("^[A-Z0-9]{1,8}$"));
    static const QRegularExpression binRe(QStringLiteral("^\\d{6}$"));
    static const QRegularExpression accountRe(QStringLiteral("^[0-9A-Z]{1,19}$"));
    static const QRegularExpression taxRe(QStringLiteral("^\\d{10}(-\\d{3})?$"));
    // A secret is listed as *** (shown()): that text copied back from `settings
    // list` would replace the token or password with the mask, and sync or the
    // e-invoice provider would then fail with a refusal nobody could explain.
    // Found by fuzz_settings.
    if (SettingsService::isSecret(key) && value == QLatin1String("***"))
        bad("is how a secret is shown, not the secret: type the token or password itself");
    if (key == QLatin1String("till")) {
        if (!tillRe.match(value).hasMatch())
            bad("must be 1–8 capital letters or digits (it starts every receipt number)");
    } else if (key == QLatin1String("bank_bin")) {
        if (!value.isEmpty() && !binRe.match(value).hasMatch())
            bad("is not a 6-digit bank BIN");
    } else if (key == QLatin1String("bank_account")) {
        if (!value.isEmpty() && !accountRe.match(value).hasMatch())
            bad("must be up to 19 digits or capital letters");
    } else if (key == QLatin1String("store_tax_code")) {
        if (!value.isEmpty() && !taxRe.match(value).hasMatch())
            bad("is not a tax code (10 digits, or 10-3)");
    } else if (key == QLatin1String("default_commission_pct") || key == QLatin1String("discount_override_pct")) {
        core::parsePercent(value.toStdString(), k);
    } else if (key == QLatin1String("expiry_warning_days")) {
        bool ok = false;
        const int days = value.toInt(&ok);
        if (!ok || days < 0 || days > 3650)
            bad("must be a whole number of days from 0 to 3650");
    } else if (key == QLatin1String("receipt_width_mm")) {
        if (value != QLatin1String("80") && value != QLatin1String("58"))
            bad("must be 80 or 58");
    } else if (key == QLatin1String("scale_layouts")) {
        core::ScaleConfig::parse(value.toStdString());
    } else if (key == QLatin1String("language")) {
        if (value != QLatin1String("vi") && value != QLatin1String("en"))
            bad("must be vi or en");
    } else if (key == QLatin1String("centre_url")) {
        if (!value.isEmpty()) {
            const QUrl url(value, QUrl::StrictMode);
            const QString scheme = url.scheme();
            if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
                || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
                bad("is not a centre address such as https://centre.example.vn:8443");
            const bool loopback = url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback();
            if (scheme == QLatin1String("http") && !loopback)
                bad("is plain HTTP to another machine: the store's token would travel readable; use https://");
        }
    } else if (key == QLatin1String("centre_store")) {
        static const QRegularExpression storeRe(QStringLiteral("^[A-Z0-9][A-Z0-9-]{0,31}$"));
        if (!value.isEmpty() && !storeRe.match(value).hasMatch())
            bad("must be the store's code at the centre: 1–32 capital letters, digits or '-'");
    } else if (key == QLatin1String("centre_token")) {
        static const QRegularExpression tokenRe(QStringLiteral("^[A-Za-z0-9_-]{16,200}$"));
        if (!value.isEmpty() && !tokenRe.match(value).hasMatch())
            bad("is not a token as `ocopos-centre store add` prints it");
    } else if (key == QLatin1String("einvoice_enabled")) {
        if (value != QLatin1String("0") && value != QLatin1String("1"))
            bad("must be 0 or 1");
    } else if (key == QLatin1String("einvoice_form")) {
        core::einvoice::parseForm(value.toStdString(), k);
    } else if (key == QLatin1String("einvoice_series")) {
        if (!value.isEmpty())
            core::einvoice::checkSeries(value.toStdString(), k);
    } else if (key == QLatin1String("einvoice_tax_method")) {
        core::einvoice::parseTaxMethod(value.toStdString(), k);
    } else if (key == QLatin1String("einvoice_provider")) {
        if (value != QLatin1String("vnpt"))
            bad("must be vnpt (VNPT Invoice, the provider OCOPOS speaks to)");
    } else if (key == QLatin1String("einvoice_seller_tax_code") || key == QLatin1String("einvoice_provider_tax_code")) {
        if (!value.isEmpty() && !core::einvoice::isValidTaxCode(value.toStdString()))
            throw ValidationError(codes::einvoiceTaxCode, k, "'" + value.toStdString() + "' is not a valid tax code",
                                  {{"text", value.toStdString()}});
    } else if (key == QLatin1String("einvoice_seller_name") || key == QLatin1String("einvoice_seller_address")) {
        ProblemList p;
        core::einvoice::checkText(p, k, value, key.endsWith(QLatin1String("name")) ? core::einvoice::kMaxName
                                                                                   : core::einvoice::kMaxAddress);
        p.throwIfAny();
    } else if (key == QLatin1String("einvoice_url") || key == QLatin1String("einvoice_lookup_url")) {
        if (!value.isEmpty()) {
            const QUrl url(value, QUrl::StrictMode);
            if (!url.isValid() || url.host().isEmpty()
                || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
                bad("is not an http(s) address");
        }
    } else if (key == QLatin1String("einvoice_batch_size")) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 1 || n > 5000)
            bad("must be 1 to 5000 (the provider takes at most 5,000 invoices a call)");
    } else if (key == QLatin1String("store_name")) {
        if (value.trimmed().isEmpty())
            bad("must not be empty");
    }
}
} // namespace

const std::vector<QString>& SettingsService::keys()
{
    static const std::vector<QString> k = [] {
        std::vector<QString> out;
        for (const auto& [key, v] : defaults())
            out.push_back(key);
        return out;
    }();
    return k;
}

QString SettingsService::defaultValue(const QString& key)
{
    auto it = defaults().find(key);
    if (it == defaults().end())
        throw NotFound("unknown setting '" + key.toStdString() + "'");
    return it->second;
}

QString SettingsService::get(const QString& key)
{
    const QString fallback = defaultValue(key);
    return db::SettingsRepository(m_ctx.db).value(key).value_or(fallback);
}

std::vector<std::pair<QString, QString>> SettingsService::all()
{
    std::map<QString, QString> values = defaults();
    for (const auto& [key, value] : db::SettingsRepository(m_ctx.db).all())
        if (values.count(key))
            values[key] = value;
    return {values.begin(), values.end()};
}

void SettingsService::set(const Session& actor, const QString& key, const QString& value)
{
    requireRole(actor, core::Role::Admin, "changing settings");
    defaultValue(key); // NotFound for an unknown key
    QString v = core::normalizeText(value);
    if (v.isNull())
        v = QStringLiteral("");  // cleared ("" on the command line): stored empty, not NULL
    validate(key, v);
    db::TransactionGuard tx(m_ctx.db);
    const QString old = get(key);
    db::SettingsRepository(m_ctx.db).set(key, v);
    audit(m_ctx, &actor, QStringLiteral("setting"),
          QStringLiteral("%1: '%2' -> '%3'").arg(key, shown(key, old), shown(key, v)));
    tx.commit();
}

bool SettingsService::isSecret(const QString& key)
{
    return key == QLatin1String("centre_token") || key == QLatin1String("einvoice_account_password")
        || key == QLatin1String("einvoice_password");
}

QString SettingsService::shown(const QString& key, const QString& value)
{
    return isSecret(key) && !value.isEmpty() ? QStringLiteral("***") : value;
}

QString SettingsService::till()
{
    if (!m_ctx.till.isEmpty())
        return m_ctx.till;
    return get(QStringLiteral("till"));
}

QString SettingsService::checkedTill(const QString& code)
{
    const QString c = code.trimmed();
    validate(QStringLiteral("till"), c);
    return c;
}

core::BasisPoints SettingsService::defaultCommission()
{
    return core::parsePercent(get(QStringLiteral("default_commission_pct")).toStdString(), "default_commission_pct");
}

core::BasisPoints SettingsService::discountOverrideThreshold()
{
    return core::parsePercent(get(QStringLiteral("discount_override_pct")).toStdString(), "discount_override_pct");
}

int SettingsService::expiryWarningDays() { return get(QStringLiteral("expiry_warning_days")).toInt(); }

core::ScaleConfig SettingsService::scaleConfig()
{
    return core::ScaleConfig::parse(get(QStringLiteral("scale_layouts")).toStdString());
}

} // namespace ocopos::services
