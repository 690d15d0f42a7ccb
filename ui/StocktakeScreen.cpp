#include "StocktakeScreen.h"

#include "EntryModels.h"
#include "Format.h"
#include "ScanBox.h"
#include "Theme.h"
#include "services/CatalogLookup.h"
#include "services/StockService.h"
#include "services/StocktakeService.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace ocopos::ui {

StocktakeScreen::StocktakeScreen(const ScreenEnv& env, QWidget* parent)
    : QWidget(parent)
    , m_env(env)
    , m_scan(new ScanBox(this, this))
    , m_note(new QLineEdit(this))
    , m_byLot(new QRadioButton(tr("Count by lot"), this))
    , m_byProduct(new QRadioButton(tr("Count by product"), this))
    , m_model(new CountEntryModel(this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
    , m_commit(new QPushButton(tr("Book the count"), this))
{
    setObjectName(QStringLiteral("stocktakeScreen"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Stock count"), this);
    title->setObjectName(QStringLiteral("screenTitle"));
    layout->addWidget(title);
    auto* modes = new QHBoxLayout;
    m_byLot->setObjectName(QStringLiteral("countByLot"));
    m_byProduct->setObjectName(QStringLiteral("countByProduct"));
    m_byProduct->setToolTip(tr("Count each product as a whole: shrinkage comes off the lots that would sell last, "
                               "a surplus goes to the lot that sells first."));
    m_byLot->setChecked(true);
    modes->addWidget(m_byLot);
    modes->addWidget(m_byProduct);
    modes->addStretch(1);
    layout->addLayout(modes);
    m_scan->setPlaceholderText(tr("Scan each item (one scan counts one), or type a product name"));
    setLook(m_scan, Look::SearchField);
    m_scan->setSearch([this](const QString& text) {
        try {
            return services::CatalogLookup(m_env.ctx).listProducts(
                m_env.session, text, QString(), ScanBox::kMaxSuggestions);
        } catch (const std::exception&) {
            return std::vector<core::Product> {};
        }
    });
    layout->addWidget(m_scan);

    m_table->setObjectName(QStringLiteral("countLines"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CountEntryModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(90);
    layout->addWidget(m_table, 1);

    auto* form = new QFormLayout;
    m_note->setObjectName(QStringLiteral("countNote"));
    m_note->setPlaceholderText(tr("e.g. end-of-month count, shelf A"));
    form->addRow(tr("Note"), m_note);
    layout->addLayout(form);
    m_message->setObjectName(QStringLiteral("countMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    auto* restart = new QPushButton(tr("Start over"), this);
    restart->setObjectName(QStringLiteral("reloadCount"));
    m_commit->setObjectName(QStringLiteral("commitCount"));
    m_commit->setProperty("role", QStringLiteral("primary"));
    buttons->addWidget(restart);
    buttons->addStretch(1);
    buttons->addWidget(m_commit);
    layout->addLayout(buttons);

    connect(m_scan, &ScanBox::codeEntered, this, &StocktakeScreen::scanned);
    connect(m_scan, &ScanBox::productPicked, this, [this](const core::Product& p) { scanned(p.sku); });
    connect(m_model, &CountEntryModel::inputRefused, this, [this](const QString& m) { say(m, "error"); });
    connect(restart, &QPushButton::clicked, this, &StocktakeScreen::reload);
    connect(m_byProduct, &QRadioButton::toggled, this, &StocktakeScreen::reload);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &StocktakeScreen::updateModeButtons);
    connect(m_commit, &QPushButton::clicked, this, &StocktakeScreen::commit);
    reload();
}

void StocktakeScreen::say(const QString& text, const char* tone)
{
    m_message->setText(text);
    m_message->setProperty("tone", QString::fromLatin1(tone));
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
}

void StocktakeScreen::updateModeButtons()
{
    const bool free = m_model->countedRows() == 0 || !m_commit->isEnabled();
    m_byLot->setEnabled(free);
    m_byProduct->setEnabled(free);
}

void StocktakeScreen::reload()
{
    const bool byProduct = m_byProduct->isChecked();
    try {
        m_model->setStock(services::StockService(m_env.ctx).stock(m_env.session),
            byProduct ? CountEntryModel::CountBy::Product : CountEntryModel::CountBy::Lot);
        m_commit->setEnabled(true);
        say(byProduct ? tr("Count each product on the shelf as a whole. Shrinkage comes off the lots that would "
                           "sell last; products you do not count are left as they are.")
                      : tr("Count what is on the shelf. Lots you do not count are left as they are."),
            "info");
    } catch (const std::exception& e) {
        say(errorText(e), "error");
    }
    updateModeButtons();
    m_scan->setFocus();
}

void StocktakeScreen::scanned(const QString& code)
{
    if (code.isEmpty())
        return;
    try {
        const auto product = services::CatalogLookup(m_env.ctx).resolveCode(code).product;
        // A scan counts one of the selected lot when it is this product's, else of its first lot.
        int row = m_table->currentIndex().row();
        if (row < 0 || m_model->rows()[static_cast<std::size_t>(row)].lot.sku != product.sku)
            row = m_model->firstRowOf(product.sku);
        if (row < 0) {
            say(tr("%1 has no lot on the book: receive it first.").arg(product.name), "warning");
            return;
        }
        m_model->countOne(row);
        m_table->setCurrentIndex(m_model->index(row, CountEntryModel::Counted));
        m_table->scrollTo(m_table->currentIndex());
        const auto& r = m_model->rows()[static_cast<std::size_t>(row)];
        if (m_model->countBy() == CountEntryModel::CountBy::Product)
            say(tr("%1: counted %2").arg(r.lot.name, quantity(r.lot.counted, r.soldBy)), "info");
        else
            say(tr("%1, lot %2: counted %3").arg(r.lot.name, r.lot.lotCode, quantity(r.lot.counted, r.soldBy)),
                "info");
    } catch (const std::exception& e) {
        say(errorText(e), "error");
    }
    m_scan->setFocus();
}

bool StocktakeScreen::commit()
{
    if (m_model->countedRows() == 0) {
        say(tr("Nothing counted yet."), "warning");
        return false;
    }
    try {
        const auto count
            = services::StocktakeService(m_env.ctx).count(m_env.session, m_model->toCsv(), m_note->text().trimmed());
        m_model->setResult(count);
        const int lots = static_cast<int>(count.lots.size());
        say(tr("Count booked: %n lot(s) counted, shrinkage %1, surplus %2.", nullptr, lots)
                .arg(quantity(count.shrinkage()), quantity(count.surplus())),
            "ok");
        m_commit->setEnabled(false);
        m_note->clear();
        updateModeButtons();
        return true;
    } catch (const std::exception& e) {
        say(errorText(e), "error");
        return false;
    }
}

} // namespace ocopos::ui
