// Settings values as an administrator types them (app or `settings set`): every
// key takes any text, or refuses it with the key named; a stored value reads back
// as stored (or shown as *** for a secret) and the typed getters never fail on it.
#include "../FuzzSupport.h"
#include "TestSupport.h"
#include "services/SettingsService.h"

using namespace ocopos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static auto* store = new test::TempStore();
    if (size == 0)
        return 0;
    const auto& keys = services::SettingsService::keys();
    const QString key = keys[data[0] % keys.size()];
    const QString value = QString::fromUtf8(reinterpret_cast<const char*>(data) + 1, static_cast<qsizetype>(size - 1));
    services::SettingsService settings(store->ctx());
    if (fuzz::acceptsInput([&] { settings.set(store->admin(), key, value); })) {
        const QString stored = settings.get(key);
        FUZZ_CHECK(!services::SettingsService::isSecret(key) || services::SettingsService::shown(key, stored) != stored
            || stored.isEmpty());
        // The typed readers the till uses must accept whatever was let in.
        (void)settings.till();
        (void)settings.defaultCommission();
        (void)settings.discountOverrideThreshold();
        (void)settings.expiryWarningDays();
        (void)settings.scaleConfig();
        // Put the default back so that the next input starts from a sane store.
        fuzz::acceptsInput([&] { settings.set(store->admin(), key, services::SettingsService::defaultValue(key)); });
    }
    return 0;
}
