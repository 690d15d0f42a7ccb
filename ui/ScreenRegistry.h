#pragma once

#include "services/Session.h"

#include <QString>

#include <functional>
#include <vector>

class QWidget;

namespace ocopos::ui {

class CustomerDisplay;
class ReceiptPrinter;

/// What a screen is built from: the store, who is logged in, and the devices.
struct ScreenEnv {
    services::Context ctx;
    services::Session session;
    ReceiptPrinter* printer = nullptr;          ///< never null (NoReceiptPrinter by default)
    CustomerDisplay* customerDisplay = nullptr;  ///< null when there is no second screen
};

/// One place in the navigation. A screen another engineer has not built yet
/// is registered without a factory: it keeps its place and roles and stays
/// hidden until provide() gives it one.
struct ScreenSpec {
    QString key;    ///< stable id: "cashier", "shift", "reports", ...
    /// The name in the navigation, translated when the navigation is built (so a
    /// language switch shows it in the new language).
    std::function<QString()> title;
    std::function<bool(const services::Session&)> allowed;
    std::function<QWidget*(const ScreenEnv&, QWidget* parent)> create;
};

/// The screens of the app in navigation order, with the roles that see each.
/// The app's wiring calls provide() for the screens that come from the
/// inventory, reports, settlement and admin work:
///   "inventory", "goods_receipt", "stocktake", "alerts" (manager),
///   "reports", "settlements" (manager, and a cooperative for itself),
///   "users", "settings" (admin).
class ScreenRegistry {
public:
    /// Cashier, shift, returns and products built in; the others as placeholders.
    static ScreenRegistry standard();

    /// Gives a registered screen its factory (replacing any). Returns false for an unknown key.
    bool provide(const QString& key, std::function<QWidget*(const ScreenEnv&, QWidget*)> create);
    /// Adds a screen at the end (or before `before` when that key exists).
    void add(ScreenSpec spec, const QString& before = QString());

    /// The screens this user sees, in order: allowed and built.
    std::vector<const ScreenSpec*> visibleFor(const services::Session& session) const;
    const ScreenSpec* find(const QString& key) const;

private:
    std::vector<ScreenSpec> m_specs;
};

} // namespace ocopos::ui
