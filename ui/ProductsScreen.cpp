#include "ProductsScreen.h"

#include "Format.h"
#include "ProductTableModel.h"
#include "Theme.h"
#include "services/CatalogLookup.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ocopos::ui {

ProductsScreen::ProductsScreen(const ScreenEnv& env, QWidget* parent)
    : QWidget(parent), m_env(env), m_search(new QLineEdit(this)), m_table(new QTableView(this)),
      m_model(new ProductTableModel(this)), m_count(new QLabel(this)), m_timer(new QTimer(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(env.session.isCooperative() ? tr("My products") : tr("Products"), this);
    title->setObjectName(QStringLiteral("screenTitle"));
    layout->addWidget(title);
    m_search->setPlaceholderText(tr("Search by name, SKU, barcode or producer (accents optional)"));
    m_search->setClearButtonEnabled(true);
    setLook(m_search, Look::SearchField);
    layout->addWidget(m_search);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_timer, &QTimer::timeout, this, &ProductsScreen::refresh);
    refresh();
    m_table->resizeColumnsToContents();
}

void ProductsScreen::refresh()
{
    try {
        m_model->setProducts(services::CatalogLookup(m_env.ctx).listProducts(m_env.session, m_search->text()));
        m_count->setText(tr("%n product(s)", nullptr, m_model->rowCount()));
    } catch (const std::exception& e) {
        m_count->setText(errorText(e));
    }
}

} // namespace ocopos::ui
