#include "ParkedSalesDialog.h"

#include "ParkedCartModel.h"
#include "services/SaleService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ocopos::ui {

ParkedSalesDialog::ParkedSalesDialog(services::Context ctx, QWidget* parent)
    : QDialog(parent), m_model(new ParkedCartModel(this)), m_table(new QTableView(this))
{
    setWindowTitle(tr("Parked sales"));
    resize(640, 420);
    auto* layout = new QVBoxLayout(this);
    m_model->setCarts(services::SaleService(ctx).parked());
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(40);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_table);
    auto* buttons = new QHBoxLayout;
    auto* cancel = new QPushButton(tr("Cancel"), this);
    auto* resume = new QPushButton(tr("Resume"), this);
    resume->setProperty("role", QStringLiteral("primary"));
    resume->setDefault(true);
    cancel->setAutoDefault(false);
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(resume);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(resume, &QPushButton::clicked, this, [this] { choose(m_table->currentIndex().row()); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& i) { choose(i.row()); });
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    m_table->setFocus();
}

void ParkedSalesDialog::choose(int row)
{
    if (const auto* c = m_model->cartAt(row)) {
        m_chosen = c->id;
        accept();
    }
}

} // namespace ocopos::ui
