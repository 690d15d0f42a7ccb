#include "ReportsScreen.h"

#include "DateRangePicker.h"
#include "Format.h"
#include "ReceiptPrinter.h"
#include "SalesChart.h"
#include "SalesReportModel.h"
#include "StockReportModel.h"
#include "services/ReportExport.h"
#include "services/WorkerContext.h"

#include <exception>
#include <memory>

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace ocopos::ui {

/// What the worker computes; an error is kept to be worded on the GUI thread.
struct ReportsScreen::Figures {
    services::SalesGrouping by = services::SalesGrouping::Day;
    services::SalesReport sales;
    std::vector<services::SalesRow> bestSellers;
    std::exception_ptr salesError;
    services::StockReport stock;
    std::exception_ptr stockError;
};

ReportsScreen::ReportsScreen(const ScreenEnv& env, QWidget* parent)
    : QWidget(parent), m_env(env), m_grouping(new QComboBox(this)),
      m_tabs(new QTabWidget(this)), m_summary(new QLabel(this)), m_salesModel(new SalesReportModel(this)),
      m_bestModel(new SalesReportModel(this)), m_stockModel(new StockReportModel(this)), m_chart(new SalesChart(this)),
      m_stockSummary(new QLabel(this)), m_message(new QLabel(this)), m_export(new QPushButton(tr("Export CSV…"), this)),
      m_print(new QPushButton(tr("Print / PDF…"), this)), m_show(new QPushButton(tr("Show"), this)), m_busy(new QProgressBar(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(env.session.isCooperative() ? tr("Reports — %1").arg(env.session.displayName) : tr("Reports"), this);
    title->setObjectName(QStringLiteral("screenTitle"));
    layout->addWidget(title);

    auto* range = new QHBoxLayout;
    const QDate today = env.ctx.clock.today();
    const QDate monthStart(today.year(), today.month(), 1);
    auto* period = new DateRangePicker(
        today, DateRangePicker::Today | DateRangePicker::Week | DateRangePicker::Month | DateRangePicker::LastMonth, this);
    m_from = period->fromEdit();
    m_to = period->toEdit();
    connect(period, &DateRangePicker::picked, this, &ReportsScreen::refresh);
    range->addWidget(period);
    range->addStretch();
    layout->addLayout(range);
    // The grouping on a row of its own: beside the period it made the screen
    // wider than a 1366-pixel till (with the side panel).
    range = new QHBoxLayout;
    range->addWidget(new QLabel(tr("Group by"), this));
    const std::pair<services::SalesGrouping, QString> groupings[] = {
        {services::SalesGrouping::Day, tr("Day")},
        {services::SalesGrouping::Product, tr("Product")},
        {services::SalesGrouping::Category, tr("Category")},
        {services::SalesGrouping::Vat, tr("VAT rate")},
        {services::SalesGrouping::Payment, tr("Payment method")},
        {services::SalesGrouping::Cashier, tr("Cashier")},
        {services::SalesGrouping::Producer, tr("Producer (household)")},
        {services::SalesGrouping::Owner, tr("Owner (cooperative)")},
    };
    for (const auto& [by, text] : groupings)
        m_grouping->addItem(text, services::toCode(by));
    m_grouping->setObjectName(QStringLiteral("grouping"));
    range->addWidget(m_grouping);
    m_show->setObjectName(QStringLiteral("show"));
    m_show->setProperty("role", QStringLiteral("primary"));
    range->addWidget(m_show);
    m_busy->setObjectName(QStringLiteral("reportBusy"));
    m_busy->setRange(0, 0);  // busy: how long a report takes is not known
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->setToolTip(tr("Computing the report…"));
    m_busy->hide();
    range->addWidget(m_busy);
    range->addStretch();
    layout->addLayout(range);

    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setProperty("tone", QStringLiteral("info"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* salesPage = new QSplitter(Qt::Vertical, m_tabs);
    m_salesTable = makeTable(m_salesModel);
    m_salesTable->setObjectName(QStringLiteral("salesTable"));
    salesPage->addWidget(m_salesTable);
    salesPage->addWidget(m_chart);
    salesPage->setStretchFactor(0, 2);
    salesPage->setStretchFactor(1, 3);
    salesPage->setChildrenCollapsible(false);
    m_tabs->addTab(salesPage, tr("Sales"));
    m_bestTable = makeTable(m_bestModel);
    for (int c : {SalesReportModel::Receipts, SalesReportModel::Discount, SalesReportModel::Vat})
        m_bestTable->hideColumn(c);
    m_tabs->addTab(m_bestTable, tr("Best sellers"));
    auto* stockPage = new QWidget(m_tabs);
    auto* stockLayout = new QVBoxLayout(stockPage);
    m_stockTable = makeTable(m_stockModel);
    // Names get a readable width of their own; the figures take what they need
    // and the table scrolls sideways on a narrow screen.
    m_stockTable->horizontalHeader()->setSectionResizeMode(StockReportModel::Sku, QHeaderView::ResizeToContents);
    m_stockTable->horizontalHeader()->setSectionResizeMode(StockReportModel::Name, QHeaderView::Interactive);
    m_stockTable->horizontalHeader()->resizeSection(StockReportModel::Name, 250);
    m_stockTable->horizontalHeader()->setStretchLastSection(true);
    m_stockTable->setTextElideMode(Qt::ElideMiddle);
    m_stockTable->hideColumn(StockReportModel::Lots);
    stockLayout->addWidget(m_stockTable, 1);
    m_stockSummary->setWordWrap(true);
    m_stockSummary->setObjectName(QStringLiteral("stockSummary"));
    stockLayout->addWidget(m_stockSummary);
    m_tabs->addTab(stockPage, tr("Stock and its value"));
    layout->addWidget(m_tabs, 1);

    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    m_export->setObjectName(QStringLiteral("exportCsv"));
    m_print->setObjectName(QStringLiteral("printReport"));
    m_print->setVisible(env.printer && env.printer->documentsAvailable());
    buttons->addWidget(m_export);
    buttons->addWidget(m_print);
    layout->addLayout(buttons);

    m_chooseFile = [this](const QString& suggested) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, tr("Export CSV"), QDir(dir).filePath(suggested), tr("CSV files (*.csv)"));
    };
    connect(m_show, &QPushButton::clicked, this, &ReportsScreen::refresh);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &ReportsScreen::refresh);
    connect(m_export, &QPushButton::clicked, this, &ReportsScreen::exportCsv);
    connect(m_print, &QPushButton::clicked, this, [this] { m_env.printer->printSalesReport(this, m_salesModel->report()); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) { m_print->setEnabled(tab == SalesTab); });

    m_from->setDate(monthStart);
    m_to->setDate(today);
    refresh();
}

ReportsScreen::~ReportsScreen()
{
    if (m_worker)
        m_worker->wait();
}

QTableView* ReportsScreen::makeTable(QAbstractItemModel* model)
{
    auto* t = new QTableView(this);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(28);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return t;
}

void ReportsScreen::say(const QString& tone, const QString& text)
{
    m_message->setProperty("tone", tone);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
}

void ReportsScreen::refresh()
{
    if (m_worker) {
        m_rerun = true;
        return;
    }
    start();
}

void ReportsScreen::start()
{
    say(QString(), QString());
    m_show->setEnabled(false);
    m_busy->show();
    auto figures = std::make_shared<Figures>();
    figures->by = services::salesGroupingFromCode(m_grouping->currentData().toString()).value_or(services::SalesGrouping::Day);
    const services::WorkerSource source = services::WorkerSource::of(m_env.ctx);
    const services::Session session = m_env.session;
    const QDate from = m_from->date(), to = m_to->date();
    m_worker = QThread::create([figures, source, session, from, to] {
        // A connection of this thread's own, closed before the thread ends.
        std::unique_ptr<services::WorkerContext> worker;
        try {
            worker = std::make_unique<services::WorkerContext>(source);
        } catch (...) {
            figures->salesError = figures->stockError = std::current_exception();
            return;
        }
        services::ReportService reports(worker->ctx());
        try {
            figures->sales = reports.sales(session, from, to, figures->by);
            figures->bestSellers = reports.bestSellers(session, from, to, 20);
        } catch (...) {
            figures->salesError = std::current_exception();
        }
        try {
            figures->stock = reports.stock(session);
        } catch (...) {
            figures->stockError = std::current_exception();
        }
    });
    m_worker->setParent(this);
    // finished() comes from the worker thread; queued, so the figures are shown on the GUI thread.
    connect(m_worker, &QThread::finished, this, [this, figures] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (m_rerun) {
            m_rerun = false;  // the choices changed meanwhile: these figures are stale
            start();
            return;
        }
        present(*figures);
        m_show->setEnabled(true);
        m_busy->hide();
        Q_EMIT reportReady();
    });
    m_worker->start();
}

void ReportsScreen::present(Figures& figures)
{
    try {
        if (figures.salesError)
            std::rethrow_exception(figures.salesError);
        const auto& report = figures.sales;
        const auto& t = report.totals;
        m_summary->setText(tr("<b>%1 – %2</b> · net sales <b>%3</b> · %4 receipts · returns %5 · commission %6 · payout %7")
                               .arg(report.from.toString(QStringLiteral("dd/MM/yyyy")), report.to.toString(QStringLiteral("dd/MM/yyyy")),
                                    money(t.net))
                               .arg(t.sales)
                               .arg(money(t.returns), money(t.commission), money(t.payout)));
        m_salesTable->setColumnHidden(SalesReportModel::Qty, figures.by != services::SalesGrouping::Product);
        m_salesModel->setReport(report);
        m_chart->setReport(report);
        m_bestModel->setRows(std::move(figures.bestSellers));
        m_print->setEnabled(m_tabs->currentIndex() == SalesTab);
    } catch (const std::exception& e) {
        m_salesModel->clear();
        m_bestModel->clear();
        m_chart->setReport(services::SalesReport{});
        m_summary->clear();
        m_print->setEnabled(false);
        say(QStringLiteral("error"), errorText(e));
    }
    try {
        if (figures.stockError)
            std::rethrow_exception(figures.stockError);
        auto& stock = figures.stock;
        m_stockSummary->setText(tr("Stock value to the store <b>%1</b>: purchased goods at cost %2, consignment goods at retail %3. "
                                   "Everything at retail: %4.")
                                    .arg(money(stock.value), money(stock.purchasedAtCost), money(stock.consignmentAtRetail),
                                         money(stock.retailValue)));
        m_stockModel->setReport(std::move(stock));
    } catch (const std::exception& e) {
        m_stockSummary->setText(errorText(e));
    }
}

void ReportsScreen::exportCsv()
{
    const bool stock = m_tabs->currentIndex() == StockTab;
    const auto& r = m_salesModel->report();
    const QString suggested =
        stock ? QStringLiteral("ton-kho-%1.csv").arg(m_env.ctx.clock.today().toString(Qt::ISODate))
              : QStringLiteral("doanh-thu-%1-%2-%3.csv").arg(services::toCode(r.by), r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate));
    const QString path = m_chooseFile ? m_chooseFile(suggested) : QString();
    if (path.isEmpty())
        return;
    try {
        const QByteArray csv = stock ? services::stockReportCsv(m_stockModel->report()) : services::salesReportCsv(r);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(csv) != csv.size() || !f.flush())
            throw std::runtime_error(f.errorString().toStdString());
        say(QStringLiteral("ok"), tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    } catch (const std::exception& e) {
        say(QStringLiteral("error"), tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), QString::fromUtf8(e.what())));
    }
}

} // namespace ocopos::ui
