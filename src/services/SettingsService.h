#pragma once

#include "Session.h"

#include "core/Barcode.h"
#include "core/Quantity.h"

#include <QString>

#include <map>
#include <vector>

namespace ocopos::services {

/// Store settings (cli.md `settings`): each key has a default and a validator.
class SettingsService {
public:
    explicit SettingsService(Context ctx) : m_ctx(ctx) {}

    /// Every known key, in a stable order.
    static const std::vector<QString>& keys();
    static QString defaultValue(const QString& key);

    /// The value, or the default. Throws NotFound for an unknown key.
    QString get(const QString& key);
    /// Every key with its value (defaults filled in).
    std::vector<std::pair<QString, QString>> all();
    /// Validates and stores (admin). Throws ValidationError naming the key.
    void set(const Session& actor, const QString& key, const QString& value);

    /// A till code as `--till` / `$OCOPOS_TILL` give it, checked like the `till`
    /// setting (1–8 capital letters or digits). Throws ValidationError (field till).
    static QString checkedTill(const QString& code);

    /// True for a setting whose value is never shown (the centre token).
    static bool isSecret(const QString& key);
    /// The value as listings, messages and the audit log show it: "***" for a secret.
    static QString shown(const QString& key, const QString& value);

    // Typed accessors for the services.
    /// This program's till: Context::till when given, else the store's setting.
    QString till();
    core::BasisPoints defaultCommission();
    core::BasisPoints discountOverrideThreshold();
    int expiryWarningDays();
    core::ScaleConfig scaleConfig();

private:
    Context m_ctx;
};

} // namespace ocopos::services
