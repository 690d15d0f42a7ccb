#pragma once

#include "ScreenRegistry.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace ocopos::ui {

class AlertsModel;

/// What needs the manager: low stock, lots expiring or expired, OCOP
/// certificates expiring, from AlertService. Double-click opens the product.
class AlertsScreen : public QWidget {
    Q_OBJECT
public:
    explicit AlertsScreen(const ScreenEnv& env, QWidget* parent = nullptr);
    void refresh();
    /// Opens the product editor on a SKU; set by tests to observe, by default the editor.
    void setOpenProduct(std::function<void(const QString& sku)> open) { m_open = std::move(open); }

    QTreeView* tree() const { return m_tree; }
    AlertsModel* model() const { return m_model; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    ScreenEnv m_env;
    AlertsModel* m_model;
    QTreeView* m_tree;
    QLabel* m_summary;
    std::function<void(const QString&)> m_open;
};

} // namespace ocopos::ui
