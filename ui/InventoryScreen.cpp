#include "InventoryScreen.h"

#include "Format.h"
#include "InventoryModels.h"
#include "MovementHistoryDialog.h"
#include "ProductEditorDialog.h"
#include "ProductImport.h"
#include "ReceiptPrinter.h"
#include "Theme.h"
#include "services/AlertService.h"
#include "services/CatalogLookup.h"
#include "services/StockService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <map>
#include <set>

namespace ocopos::ui {

InventoryScreen::InventoryScreen(const ScreenEnv& env, QWidget* parent)
    : QWidget(parent)
    , m_env(env)
{
    setObjectName(QStringLiteral("inventoryScreen"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Inventory"), this);
    title->setObjectName(QStringLiteral("screenTitle"));
    layout->addWidget(title);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(buildProducts(), tr("Products"));
    tabs->addTab(buildProducers(), tr("Producers"));
    layout->addWidget(tabs, 1);
    loadChoices();
    reloadStock();
}

QWidget* InventoryScreen::buildProducts()
{
    auto* page = new QWidget(this);
    auto* v = new QVBoxLayout(page);
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("inventorySearch"));
    m_search->setPlaceholderText(tr("Search by name, SKU, barcode or producer (accents optional)"));
    m_search->setClearButtonEnabled(true);
    v->addWidget(m_search);

    auto* filters = new QHBoxLayout;
    m_producer = new QComboBox(page);
    m_producer->setObjectName(QStringLiteral("producerFilter"));
    m_producer->setMinimumContentsLength(24);
    m_category = new QComboBox(page);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->setMinimumContentsLength(14);
    m_low = new QCheckBox(tr("Low stock"), page);
    m_expiring = new QCheckBox(tr("Expiring lots"), page);
    m_certificate = new QCheckBox(tr("Certificate expiring"), page);
    filters->addWidget(new QLabel(tr("Producer:"), page));
    filters->addWidget(m_producer);
    filters->addWidget(new QLabel(tr("Category:"), page));
    filters->addWidget(m_category);
    filters->addSpacing(12);
    filters->addWidget(m_low);
    filters->addWidget(m_expiring);
    filters->addWidget(m_certificate);
    filters->addStretch(1);
    v->addLayout(filters);

    m_model = new StockTableModel(this);
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("inventoryTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The name gets the room; long categories and owners are cut, with the whole text in the editor.
    m_table->horizontalHeader()->setSectionResizeMode(StockTableModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StockTableModel::Category, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(StockTableModel::Owner, QHeaderView::Interactive);
    m_table->setColumnWidth(StockTableModel::Category, 150);
    m_table->setColumnWidth(StockTableModel::Owner, 200);
    m_table->setColumnHidden(StockTableModel::Barcodes, true);
    v->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("inventoryStatus"));
    m_status->setWordWrap(true);
    auto* add = new QPushButton(tr("New product"), page);
    add->setObjectName(QStringLiteral("newProduct"));
    auto* edit = new QPushButton(tr("Edit…"), page);
    edit->setObjectName(QStringLiteral("editProduct"));
    auto* history = new QPushButton(tr("History…"), page);
    history->setObjectName(QStringLiteral("productHistory"));
    history->setToolTip(tr("Every receipt, sale, return and count of the selected product, with the stock after each"));
    auto* import = new QPushButton(tr("Import CSV…"), page);
    import->setObjectName(QStringLiteral("importProducts"));
    m_labels = new QPushButton(tr("Print shelf labels"), page);
    m_labels->setObjectName(QStringLiteral("shelfLabels"));
    m_labels->setVisible(m_env.printer && m_env.printer->documentsAvailable());
    auto* legend
        = new QLabel(tr("Red: low stock · Amber: a lot or the certificate expires soon (hover for details)"), page);
    setLook(legend, Look::Legend);
    v->addWidget(legend);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(history);
    buttons->addWidget(import);
    buttons->addWidget(m_labels);
    v->addLayout(buttons);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_timer, &QTimer::timeout, this, &InventoryScreen::refresh);
    for (auto* box : { m_low, m_expiring, m_certificate })
        connect(box, &QCheckBox::toggled, this, &InventoryScreen::refresh);
    for (auto* combo : { m_producer, m_category })
        connect(combo, &QComboBox::currentIndexChanged, this, &InventoryScreen::refresh);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& i) {
        if (const auto* r = m_model->rowAt(i.row()))
            editProduct(r->product.sku);
    });
    connect(add, &QPushButton::clicked, this, [this] { editProduct(QString()); });
    connect(edit, &QPushButton::clicked, this, [this] {
        if (const auto* r = m_model->rowAt(m_table->currentIndex().row()))
            editProduct(r->product.sku);
    });
    connect(history, &QPushButton::clicked, this, [this] {
        if (const auto* r = m_model->rowAt(m_table->currentIndex().row()))
            showHistory(r->product.sku);
    });
    connect(import, &QPushButton::clicked, this, &InventoryScreen::chooseImportFile);
    connect(m_labels, &QPushButton::clicked, this, &InventoryScreen::printLabels);
    return page;
}

QWidget* InventoryScreen::buildProducers()
{
    auto* split = new QSplitter(this);
    m_producers = new ProducerTreeModel(this);
    m_tree = new QTreeView(split);
    m_tree->setObjectName(QStringLiteral("producerTree"));
    m_tree->setModel(m_producers);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_producerDetails = new QLabel(split);
    m_producerDetails->setObjectName(QStringLiteral("producerDetails"));
    m_producerDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_producerDetails->setWordWrap(true);
    m_producerDetails->setTextFormat(Qt::RichText);
    m_producerDetails->setMinimumWidth(320);
    m_producerDetails->setMargin(12);
    m_producerDetails->setMaximumWidth(460);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setSizes({ 780, 380 });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &InventoryScreen::showProducer);
    return split;
}

void InventoryScreen::loadChoices()
{
    try {
        const auto producers = services::CatalogLookup(m_env.ctx).listProducers(m_env.session);
        m_producers->setProducers(producers);
        m_tree->expandAll();
        QSignalBlocker block(m_producer);
        m_producer->clear();
        m_producer->addItem(tr("All producers"), QString());
        for (const auto& p : producers)
            if (p.parentCode.isEmpty())
                m_producer->addItem(p.name, p.code);
        QSignalBlocker blockCategory(m_category);
        std::set<QString> categories;
        for (const auto& p : services::CatalogLookup(m_env.ctx).listProducts(m_env.session))
            if (!p.category.isEmpty())
                categories.insert(p.category);
        m_category->clear();
        m_category->addItem(tr("All categories"), QString());
        for (const auto& c : categories)
            m_category->addItem(c, c);
    } catch (const std::exception& e) {
        m_status->setText(errorText(e));
    }
}

void InventoryScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reloadStock();
}

void InventoryScreen::reloadStock()
{
    try {
        m_stock.clear();
        m_expiringSkus.clear();
        m_certificateSkus.clear();
        for (const auto& st : services::StockService(m_env.ctx).stock(m_env.session))
            m_stock[st.sku] = StockMark { st.onHand, st.isLow() };
        const auto alerts = services::AlertService(m_env.ctx).alerts(m_env.session);
        for (const auto& e : alerts.expiringLots)
            m_expiringSkus.insert(e.sku);
        for (const auto& c : alerts.certificates)
            m_certificateSkus.insert(c.sku);
    } catch (const std::exception& e) {
        m_status->setText(errorText(e));
    }
    refresh();
}

void InventoryScreen::refresh()
{
    try {
        services::CatalogLookup catalog(m_env.ctx);
        const auto products
            = catalog.listProducts(m_env.session, m_search->text(), m_producer->currentData().toString());
        const QString category = m_category->currentData().toString();

        std::vector<StockTableModel::Row> rows;
        for (const auto& p : products) {
            StockTableModel::Row r;
            r.product = p;
            if (auto it = m_stock.find(p.sku); it != m_stock.end()) {
                r.onHand = it->second.onHand;
                r.low = it->second.low;
            }
            r.expiring = m_expiringSkus.count(p.sku) > 0;
            r.certificate = m_certificateSkus.count(p.sku) > 0;
            if ((m_low->isChecked() && !r.low) || (m_expiring->isChecked() && !r.expiring)
                || (m_certificate->isChecked() && !r.certificate) || (!category.isEmpty() && p.category != category))
                continue;
            rows.push_back(std::move(r));
        }
        m_model->setRows(std::move(rows));
        const int n = m_model->rowCount();
        m_status->setText(tr("%n product(s)", nullptr, n));
        m_status->setProperty("tone", QVariant());
    } catch (const std::exception& e) {
        m_status->setText(errorText(e));
        m_status->setProperty("tone", QStringLiteral("error"));
    }
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
}

void InventoryScreen::showProducer()
{
    const core::Producer* p = m_producers->producer(m_tree->currentIndex());
    if (!p) {
        m_producerDetails->clear();
        return;
    }
    const auto row = [](const QString& label, const QString& value) {
        return value.isEmpty()
            ? QString()
            : QStringLiteral("<tr><td style='color:#5b6b7a; padding-right:12px'>%1</td><td>%2</td></tr>")
                  .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(p->name.toHtmlEscaped());
    html += row(tr("Code"), p->code);
    html += row(tr("Kind"), ProducerTreeModel::kindName(p->kind));
    html += row(tr("Member of"), p->parentCode);
    html += row(tr("Tax code"), p->taxCode);
    html += row(tr("Address"),
        QStringList { p->address, p->district, p->province }
            .filter(QRegularExpression(QStringLiteral("\\S")))
            .join(QStringLiteral(", ")));
    html += row(tr("Phone"), p->phone);
    html += row(tr("Bank"), p->bankBin.isEmpty() ? QString() : p->bankBin + QStringLiteral(" · ") + p->bankAccount);
    html += row(tr("Commission"),
        p->commission ? percent(*p->commission) : QString());
    html += QStringLiteral("</table>");
    m_producerDetails->setText(html);
}

bool InventoryScreen::editProduct(const QString& sku)
{
    ProductEditorDialog dialog(m_env, sku, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    loadChoices();
    reloadStock();
    return true;
}

void InventoryScreen::chooseImportFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import products"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void InventoryScreen::importFile(const QString& path)
{
    importProductsFile(m_env, path, this, [this](const ImportOutcome& outcome) {
        if (outcome.imported) {
            loadChoices();
            reloadStock();
        }
        m_status->setText(outcome.message);
        m_status->setProperty("tone", outcome.imported ? QStringLiteral("ok") : QStringLiteral("error"));
        m_status->style()->unpolish(m_status);
        m_status->style()->polish(m_status);
        Q_EMIT importFinished(outcome.imported);
    });
}

void InventoryScreen::printLabels()
{
    QStringList codes;
    for (const auto& index : m_table->selectionModel()->selectedRows())
        if (const auto* r = m_model->rowAt(index.row()))
            codes << r->product.sku;
    if (codes.isEmpty()) {
        m_status->setText(tr("Select the products to label first."));
        return;
    }
    m_env.printer->printShelfLabels(this, codes);
}

MovementHistoryDialog* InventoryScreen::showHistory(const QString& sku)
{
    if (sku.isEmpty())
        return nullptr;
    auto* dialog = new MovementHistoryDialog(m_env, sku, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace ocopos::ui
