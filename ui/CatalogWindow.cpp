#include "CatalogWindow.h"

#include "ProductTableModel.h"
#include "services/CatalogService.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace ocopos::ui {

CatalogWindow::CatalogWindow(services::Context ctx, services::Session session, QWidget* parent)
    : QMainWindow(parent), m_ctx(ctx), m_session(std::move(session))
{
    setWindowTitle(tr("OCOPOS — Products"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_search = new QLineEdit(central);
    m_search->setPlaceholderText(tr("Search by name, SKU, barcode or producer (accents optional)"));
    m_search->setClearButtonEnabled(true);
    m_model = new ProductTableModel(this);
    m_table = new QTableView(central);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_search);
    layout->addWidget(m_table);
    setCentralWidget(central);
    connect(m_search, &QLineEdit::textChanged, this, &CatalogWindow::refresh);
    refresh();
    m_table->resizeColumnsToContents();
    resize(1200, 720);
}

void CatalogWindow::refresh()
{
    try {
        m_model->setProducts(services::CatalogService(m_ctx).listProducts(m_session, m_search->text()));
        statusBar()->showMessage(tr("%n product(s)", nullptr, m_model->rowCount()));
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Products"), QString::fromStdString(e.what()));
    }
}

} // namespace ocopos::ui
