#include "GoodsReceiptScreen.h"

#include "EntryModels.h"
#include "Format.h"
#include "ReceiptPrinter.h"
#include "ScanBox.h"
#include "Theme.h"
#include "services/CatalogLookup.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace ocopos::ui {

namespace {

/// "Made by": a combo of who may have made the line's lot (code and name), still
/// taking a typed code, which the service checks as before.
class MadeByDelegate : public QStyledItemDelegate {
public:
    /// (code, label) for a row; the first is the default (empty code).
    using Choices = std::function<std::vector<std::pair<QString, QString>>(const QModelIndex&)>;
    MadeByDelegate(Choices choices, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_choices(std::move(choices))
    {
    }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const override
    {
        auto* box = new QComboBox(parent);
        box->setObjectName(QStringLiteral("madeByEditor"));
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        for (const auto& [code, label] : m_choices(index))
            box->addItem(label, code);
        return box;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* box = static_cast<QComboBox*>(editor);
        const QString code = index.data(Qt::EditRole).toString();
        const int i = box->findData(code);
        if (i >= 0)
            box->setCurrentIndex(i);
        else
            box->setEditText(code);
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        auto* box = static_cast<QComboBox*>(editor);
        const QString text = box->currentText().trimmed();
        QString code = text;
        for (int i = 0; i < box->count(); ++i) {
            if (box->itemText(i).compare(text, Qt::CaseInsensitive) == 0
                || (!text.isEmpty() && box->itemData(i).toString().compare(text, Qt::CaseInsensitive) == 0)) {
                code = box->itemData(i).toString();
                break;
            }
        }
        model->setData(index, code, Qt::EditRole);
    }

private:
    Choices m_choices;
};

} // namespace

GoodsReceiptScreen::GoodsReceiptScreen(const ScreenEnv& env, QWidget* parent)
    : QWidget(parent)
    , m_env(env)
    , m_supplier(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_scan(new ScanBox(this, this))
    , m_model(new ReceiptEntryModel(this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
    , m_remove(new QPushButton(tr("Remove line"), this))
    , m_commit(new QPushButton(tr("Receive into stock"), this))
    , m_print(new QPushButton(this))
{
    setObjectName(QStringLiteral("goodsReceiptScreen"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Goods receipt"), this);
    title->setObjectName(QStringLiteral("screenTitle"));
    layout->addWidget(title);

    auto* head = new QFormLayout;
    m_supplier->setObjectName(QStringLiteral("supplier"));
    m_supplier->setMinimumContentsLength(40);
    m_supplier->addItem(tr("The products' owner"), QString());
    try {
        m_producers = services::CatalogLookup(env.ctx).listProducers(env.session);
        for (const auto& p : m_producers)
            m_supplier->addItem(p.parentCode.isEmpty() ? QStringLiteral("%1 (%2)").arg(p.name, p.code)
                                                       : QStringLiteral("    %1 (%2)").arg(p.name, p.code),
                p.code);
    } catch (const std::exception& e) {
        m_message->setText(errorText(e));
    }
    head->addRow(tr("Supplier"), m_supplier);
    m_note->setObjectName(QStringLiteral("receiptNote"));
    m_note->setPlaceholderText(tr("Delivery note number, driver, remarks (optional)"));
    head->addRow(tr("Note"), m_note);
    layout->addLayout(head);

    m_scan->setPlaceholderText(tr("Scan a barcode or type a product name, then Enter"));
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

    m_table->setObjectName(QStringLiteral("receiptLines"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(32);
    m_table->setWordWrap(false);
    auto* h = m_table->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::ResizeToContents);
    h->setSectionResizeMode(ReceiptEntryModel::Name, QHeaderView::Stretch);
    h->setSectionResizeMode(ReceiptEntryModel::Problem, QHeaderView::Interactive);
    h->setMinimumSectionSize(90);
    m_table->setItemDelegateForColumn(ReceiptEntryModel::Producer,
        new MadeByDelegate(
            [this](const QModelIndex& index) {
                std::vector<std::pair<QString, QString>> out {
                    { QString(), tr("(the delivering household, else the owner)") }
                };
                if (index.row() < 0 || index.row() >= m_model->rowCount())
                    return out;
                const QString owner = m_model->lines()[static_cast<std::size_t>(index.row())].product.ownerCode;
                for (const auto& p : m_producers)
                    if (p.code == owner)
                        out.emplace_back(p.code, QStringLiteral("%1 · %2").arg(p.code, p.name));
                for (const auto& p : m_producers)
                    if (!owner.isEmpty() && p.parentCode == owner)
                        out.emplace_back(p.code, QStringLiteral("%1 · %2").arg(p.code, p.name));
                return out;
            },
            m_table));
    layout->addWidget(m_table, 1);

    m_message->setObjectName(QStringLiteral("receiptMessage"));
    m_message->setWordWrap(true);
    m_message->setText(tr(
        "Scan the delivered goods. Type quantity, lot code and expiry in the table (double-click or F2 on a cell)."));
    m_message->setProperty("tone", QStringLiteral("info"));
    layout->addWidget(m_message);

    auto* buttons = new QHBoxLayout;
    m_remove->setObjectName(QStringLiteral("removeLine"));
    m_commit->setObjectName(QStringLiteral("commitReceipt"));
    m_commit->setProperty("role", QStringLiteral("primary"));
    m_print->setObjectName(QStringLiteral("printReceiptNote"));
    m_print->hide();
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_print);
    buttons->addWidget(m_commit);
    layout->addLayout(buttons);

    connect(m_scan, &ScanBox::codeEntered, this, &GoodsReceiptScreen::addCode);
    connect(m_scan, &ScanBox::productPicked, this, &GoodsReceiptScreen::addProduct);
    connect(m_model, &ReceiptEntryModel::inputRefused, this, [this](const QString& m) { say(m, "error"); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &GoodsReceiptScreen::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &GoodsReceiptScreen::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GoodsReceiptScreen::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, [this] { m_model->removeLine(m_table->currentIndex().row()); });
    connect(m_commit, &QPushButton::clicked, this, &GoodsReceiptScreen::commit);
    connect(m_print, &QPushButton::clicked, this, &GoodsReceiptScreen::printNote);
    updateButtons();
    m_scan->setFocus();
}

void GoodsReceiptScreen::say(const QString& text, const char* tone)
{
    m_message->setText(text);
    m_message->setProperty("tone", QString::fromLatin1(tone));
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
}

void GoodsReceiptScreen::updateButtons()
{
    m_commit->setEnabled(m_model->rowCount() > 0);
    m_remove->setEnabled(m_model->rowCount() > 0);
}

void GoodsReceiptScreen::addCode(const QString& code)
{
    if (code.isEmpty())
        return;
    try {
        addProduct(services::CatalogLookup(m_env.ctx).resolveCode(code).product);
    } catch (const std::exception& e) {
        say(errorText(e), "error");
    }
}

void GoodsReceiptScreen::addProduct(const core::Product& product)
{
    const int row = m_model->addProduct(product);
    m_table->setCurrentIndex(m_model->index(row, ReceiptEntryModel::Qty));
    m_table->scrollTo(m_model->index(row, 0));
    say(QStringLiteral("%1: %2").arg(
            product.name, quantity(m_model->lines()[static_cast<std::size_t>(row)].qty, product.soldBy)),
        "info");
    m_scan->setFocus();
}

bool GoodsReceiptScreen::commit()
{
    if (m_model->rowCount() == 0)
        return false;
    try {
        auto receipt = services::GoodsReceiptService(m_env.ctx).receive(
            m_env.session, m_model->toCsv(), m_supplier->currentData().toString(), m_note->text().trimmed());
        const int lines = static_cast<int>(receipt.lines.size());
        QString text = tr("Received %1: %n line(s) into stock.", nullptr, lines).arg(receipt.number);
        if (receipt.totalCost().dong() != 0)
            text += QLatin1Char(' ') + tr("Total cost %1.").arg(money(receipt.totalCost()));
        for (const auto& w : receipt.warnings)
            text += QLatin1Char('\n') + QString::fromStdString(w.describe());
        m_last = std::move(receipt);
        m_model->clearLines();
        m_note->clear();
        say(text, m_last->warnings.empty() ? "ok" : "warning");
        const bool canPrint = m_env.printer && m_env.printer->documentsAvailable();
        m_print->setText(tr("Print receiving note %1").arg(m_last->number));
        m_print->setVisible(canPrint);
        if (canPrint)
            m_print->setFocus();
        return true;
    } catch (const ValidationError& e) {
        m_model->setProblems(e.problems());
        say(tr("Nothing was received. Fix the lines marked in red:") + QLatin1Char(' ') + errorText(e), "error");
    } catch (const std::exception& e) {
        say(errorText(e), "error");
    }
    return false;
}

void GoodsReceiptScreen::printNote()
{
    if (m_last && m_env.printer && m_env.printer->documentsAvailable())
        m_env.printer->printGoodsReceipt(this, *m_last);
}

} // namespace ocopos::ui
