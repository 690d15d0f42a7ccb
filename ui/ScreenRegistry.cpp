#include "ScreenRegistry.h"

#include "CashierScreen.h"
#include "ProductsScreen.h"
#include "ReceiptsScreen.h"
#include "ShiftScreen.h"

#include <QCoreApplication>

#include <algorithm>

namespace ocopos::ui {

namespace {
std::function<QString()> title(const char* text)
{
    return [text] { return QCoreApplication::translate("ocopos::ui::ScreenRegistry", text); };
}

bool sells(const services::Session& s) { return core::roleAtLeast(s.role, core::Role::Cashier); }
bool manages(const services::Session& s) { return core::roleAtLeast(s.role, core::Role::Manager); }
bool administers(const services::Session& s) { return s.role == core::Role::Admin; }
bool managesOrCooperative(const services::Session& s) { return manages(s) || s.isCooperative(); }

template <typename Screen>
std::function<QWidget*(const ScreenEnv&, QWidget*)> factory()
{
    return [](const ScreenEnv& env, QWidget* parent) -> QWidget* { return new Screen(env, parent); };
}
} // namespace

ScreenRegistry ScreenRegistry::standard()
{
    ScreenRegistry r;
    r.add({QStringLiteral("cashier"), title(QT_TRANSLATE_NOOP("ocopos::ui::ScreenRegistry", "Cashier")), sells, factory<CashierScreen>()});
    r.add({QStringLiteral("shift"), title(QT_TRANSLATE_NOOP("ocopos::ui::ScreenRegistry", "Shift")), sells, factory<ShiftScreen>()});
    r.add({QStringLiteral("returns"), title(QT_TRANSLATE_NOOP("ocopos::ui::ScreenRegistry", "Returns and voids")), manages, factory<ReceiptsScreen>()});
    r.add({QStringLiteral("products"), title(QT_TRANSLATE_NOOP("ocopos::ui::ScreenRegistry", "Products")), managesOrCooperative, factory<ProductsScreen>()});
    // Placeholders: their screens come with the inventory, reports and admin work.
    r.add({QStringLiteral("inventory"), title(QT_TRANSLATE_NOOP("ocopos::ui::ScreenRegistry", "Inventory")), manages, {}});
    r.add({QStringLiteral("goods_receipt"), title(QT_TRANSLATE_NOOP("ocopos::ui::ScreenRegistry", "Goods receipt")), manages, {}});
    r.add({QStringLiteral("stocktake"), title(QT_TRANSLATE_NOOP("ocopos::ui::ScreenRegistry", "Stock count")), manages, {}});
    r.add({QStringLiteral("alerts"), title(QT_TRANSLATE_NOOP("ocopos::ui::ScreenRegistry", "Alerts")), manages, {}});
    r.add({QStringLiteral("reports"), title(QT_TRANSLATE_NOOP("ocopos::ui::ScreenRegistry", "Reports")), managesOrCooperative, {}});
    r.add({QStringLiteral("settlements"), title(QT_TRANSLATE_NOOP("ocopos::ui::ScreenRegistry", "Settlements")), managesOrCooperative, {}});
    r.add({QStringLiteral("users"), title(QT_TRANSLATE_NOOP("ocopos::ui::ScreenRegistry", "Users")), administers, {}});
    r.add({QStringLiteral("settings"), title(QT_TRANSLATE_NOOP("ocopos::ui::ScreenRegistry", "Settings")), administers, {}});
    return r;
}

bool ScreenRegistry::provide(const QString& key, std::function<QWidget*(const ScreenEnv&, QWidget*)> create)
{
    for (auto& s : m_specs) {
        if (s.key == key) {
            s.create = std::move(create);
            return true;
        }
    }
    return false;
}

void ScreenRegistry::add(ScreenSpec spec, const QString& before)
{
    auto it = std::find_if(m_specs.begin(), m_specs.end(), [&](const ScreenSpec& s) { return !before.isEmpty() && s.key == before; });
    m_specs.insert(it, std::move(spec));
}

std::vector<const ScreenSpec*> ScreenRegistry::visibleFor(const services::Session& session) const
{
    std::vector<const ScreenSpec*> out;
    for (const auto& s : m_specs)
        if (s.create && s.allowed && s.allowed(session))
            out.push_back(&s);
    return out;
}

const ScreenSpec* ScreenRegistry::find(const QString& key) const
{
    for (const auto& s : m_specs)
        if (s.key == key)
            return &s;
    return nullptr;
}

} // namespace ocopos::ui
