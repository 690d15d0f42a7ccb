#include "AlertsScreen.h"

#include "Format.h"
#include "InventoryModels.h"
#include "ProductEditorDialog.h"
#include "Theme.h"
#include "services/AlertService.h"
#include "services/CatalogLookup.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <map>

namespace ocopos::ui {

AlertsScreen::AlertsScreen(const ScreenEnv& env, QWidget* parent)
    : QWidget(parent)
    , m_env(env)
    , m_model(new AlertsModel(this))
    , m_tree(new QTreeView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("alertsScreen"));
    auto* layout = new QVBoxLayout(this);
    auto* head = new QHBoxLayout;
    auto* title = new QLabel(tr("Alerts"), this);
    title->setObjectName(QStringLiteral("screenTitle"));
    auto* again = new QPushButton(tr("Refresh"), this);
    head->addWidget(title);
    head->addStretch(1);
    head->addWidget(again);
    layout->addLayout(head);
    m_summary->setObjectName(QStringLiteral("alertsSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_tree->setObjectName(QStringLiteral("alertsTree"));
    m_tree->setModel(m_model);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(AlertsModel::Product, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_tree, 1);
    auto* hint = new QLabel(tr("Double-click a line to open the product."), this);
    setLook(hint, Look::Legend);
    layout->addWidget(hint);

    m_open = [this](const QString& sku) { ProductEditorDialog(m_env, sku, this).exec(); };
    connect(again, &QPushButton::clicked, this, &AlertsScreen::refresh);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex& i) {
        const QString sku = i.data(AlertsModel::SkuRole).toString();
        if (!sku.isEmpty() && m_open)
            m_open(sku);
    });
    refresh();
}

void AlertsScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void AlertsScreen::refresh()
{
    try {
        const auto alerts = services::AlertService(m_env.ctx).alerts(m_env.session);
        std::map<QString, QString> units;
        for (const auto& p : services::CatalogLookup(m_env.ctx).listProducts(m_env.session))
            units[p.sku] = p.unit;
        m_model->setAlerts(alerts, units);
        // A group's title is a sentence: it spans the row.
        for (int g = 0; g < m_model->rowCount(); ++g)
            m_tree->setFirstColumnSpanned(g, QModelIndex(), true);
        m_tree->expandAll();
        const int low = static_cast<int>(alerts.lowStock.size());
        const int lots = static_cast<int>(alerts.expiringLots.size());
        const int certs = static_cast<int>(alerts.certificates.size());
        m_summary->setText(
            tr("As of %1: %2 product(s) low on stock, %3 lot(s) expiring or expired, %4 certificate(s) to renew.")
                .arg(shortDate(alerts.today))
                .arg(low)
                .arg(lots)
                .arg(certs));
        m_summary->setProperty("tone", (low + lots + certs) > 0 ? QStringLiteral("warning") : QStringLiteral("ok"));
    } catch (const std::exception& e) {
        m_summary->setText(errorText(e));
        m_summary->setProperty("tone", QStringLiteral("error"));
    }
}

} // namespace ocopos::ui
