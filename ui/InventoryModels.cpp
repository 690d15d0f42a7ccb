#include "InventoryModels.h"

#include "Format.h"

#include <QBrush>
#include <QColor>
#include <QRegularExpression>
#include <map>

namespace ocopos::ui {

namespace {
const QColor kLow(0xfd, 0xec, 0xea);
const QColor kWarn(0xff, 0xf4, 0xe0);
QString stars(const std::optional<int>& n)
{
    return n ? QString(*n, QChar(0x2605)) : QString();
}
} // namespace

QString shortDate(const std::optional<QDate>& date)
{
    return date && date->isValid() ? date->toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

std::optional<QDate> parseShortDate(const QString& text, const char* field)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    for (const char* format : { "d/M/yyyy", "yyyy-MM-dd", "d-M-yyyy", "d.M.yyyy" }) {
        const QDate d = QDate::fromString(t, QString::fromLatin1(format));
        if (d.isValid())
            return d;
    }
    if (const QDate d = QDate::fromString(t, QStringLiteral("d/M/yy")); d.isValid())
        return d.addYears(100); // Qt reads two-digit years as 19xx
    throw ValidationError(field, "'" + t.toStdString() + "' is not a date (dd/mm/yyyy)");
}

// --- StockTableModel -------------------------------------------------------

StockTableModel::StockTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void StockTableModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const StockTableModel::Row* StockTableModel::rowAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int StockTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}
int StockTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StockTableModel::data(const QModelIndex& index, int role) const
{
    const Row* r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    const core::Product& p = r->product;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Price || index.column() == OnHand)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == Stars || index.column() == CertExpiry)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    }
    if (role == Qt::BackgroundRole) {
        if (index.column() == OnHand && r->low)
            return QBrush(kLow);
        if (index.column() == CertExpiry && r->certificate)
            return QBrush(kWarn);
        if (index.column() == Name && r->expiring)
            return QBrush(kWarn);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        QStringList notes;
        if (r->low)
            notes << tr("Low stock: at or below the reorder point");
        if (r->expiring)
            notes << tr("Has a lot expiring soon or expired");
        if (r->certificate)
            notes << tr("OCOP certificate expired or expiring soon");
        return notes.isEmpty() ? QVariant() : QVariant(notes.join(QLatin1Char('\n')));
    }
    if (role == Qt::ForegroundRole && index.column() == Stars)
        return QBrush(QColor(0xc7, 0x8a, 0x00));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Sku:
        return p.sku;
    case Name:
        return p.name;
    case Unit:
        return p.unit;
    case Category:
        return p.category;
    case Owner:
        return shortProducerName(p.ownerName);
    case Price:
        return money(p.price);
    case OnHand:
        return r->onHand ? quantity(*r->onHand, p.soldBy) : QString();
    case Stars:
        return stars(p.ocopStars);
    case CertExpiry:
        return shortDate(p.certExpiry);
    case Barcodes:
        return p.barcodes.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant StockTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == Price || section == OnHand))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case Unit:
        return tr("Unit");
    case Category:
        return tr("Category");
    case Owner:
        return tr("Owner");
    case Price:
        return tr("Price");
    case OnHand:
        return tr("On hand");
    case Stars:
        return tr("OCOP");
    case CertExpiry:
        return tr("Certificate until");
    case Barcodes:
        return tr("Barcodes");
    default:
        return {};
    }
}

// --- ProducerTreeModel -----------------------------------------------------

ProducerTreeModel::ProducerTreeModel(QObject* parent)
    : QStandardItemModel(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({ tr("Producer"), tr("Code"), tr("Kind"), tr("Province"), tr("Phone") });
}

QString ProducerTreeModel::kindName(core::ProducerKind kind)
{
    switch (kind) {
    case core::ProducerKind::Cooperative:
        return tr("Cooperative");
    case core::ProducerKind::CoopGroup:
        return tr("Cooperative group");
    case core::ProducerKind::Enterprise:
        return tr("Enterprise");
    case core::ProducerKind::Household:
        return tr("Household");
    case core::ProducerKind::Individual:
        return tr("Individual");
    }
    return {};
}

void ProducerTreeModel::setProducers(const std::vector<core::Producer>& producers)
{
    // Rows only: the columns stay, so a view keeps its header settings.
    removeRows(0, rowCount());
    m_producers = producers;
    const auto rowFor = [](const core::Producer& p) {
        QList<QStandardItem*> items { new QStandardItem(p.name), new QStandardItem(p.code),
            new QStandardItem(kindName(p.kind)), new QStandardItem(p.province), new QStandardItem(p.phone) };
        for (auto* i : items)
            i->setEditable(false);
        items[0]->setData(p.code, Qt::UserRole);
        return items;
    };
    std::map<QString, QStandardItem*> tops;
    for (const auto& p : producers) {
        if (!p.parentCode.isEmpty())
            continue;
        auto items = rowFor(p);
        tops[p.code] = items[0];
        appendRow(items);
    }
    for (const auto& p : producers) {
        if (p.parentCode.isEmpty())
            continue;
        auto it = tops.find(p.parentCode);
        if (it != tops.end())
            it->second->appendRow(rowFor(p));
        else
            appendRow(rowFor(p)); // its parent is outside what this user may see
    }
}

const core::Producer* ProducerTreeModel::producer(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    const QString code = index.siblingAtColumn(0).data(Qt::UserRole).toString();
    for (const auto& p : m_producers)
        if (p.code == code)
            return &p;
    return nullptr;
}

// --- AlertsModel -----------------------------------------------------------

AlertsModel::AlertsModel(QObject* parent)
    : QStandardItemModel(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({ tr("Product"), tr("Lot / certificate"), tr("Quantity"), tr("Date"), tr("Days left") });
}

void AlertsModel::setAlerts(const services::Alerts& a, const std::map<QString, QString>& units)
{
    removeRows(0, rowCount());
    const auto group = [this](const QString& title, int n) {
        auto* g = new QStandardItem(QStringLiteral("%1 (%2)").arg(title).arg(n));
        QFont f = g->font();
        f.setBold(true);
        g->setFont(f);
        g->setEditable(false);
        QList<QStandardItem*> row { g };
        for (int c = 1; c < ColumnCount; ++c) {
            auto* e = new QStandardItem;
            e->setEditable(false);
            row << e;
        }
        appendRow(row);
        return g;
    };
    const auto add = [](QStandardItem* g, const QString& sku, const QStringList& cells, const QColor& tint) {
        QList<QStandardItem*> row;
        for (const auto& c : cells) {
            auto* i = new QStandardItem(c);
            i->setEditable(false);
            i->setData(sku, SkuRole);
            if (tint.isValid())
                i->setBackground(tint);
            row << i;
        }
        row[Quantity]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[DaysLeft]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        g->appendRow(row);
    };
    const int nLow = static_cast<int>(a.lowStock.size());
    auto* low = group(tr("Low stock"), nLow);
    for (const auto& l : a.lowStock)
        add(low, l.sku,
            { l.name, tr("reorder at %1").arg(quantity(l.reorderPoint)),
                quantity(l.sellable, l.unit), QString(), QString() },
            QColor());
    const int nLots = static_cast<int>(a.expiringLots.size());
    auto* lots = group(tr("Lots expiring within %1 days or expired").arg(a.expiryWarningDays), nLots);
    for (const auto& e : a.expiringLots)
        add(lots, e.sku,
            { e.name, tr("lot %1").arg(e.lotCode),
                quantity(e.qty) + (units.count(e.sku) ? QLatin1Char(' ') + units.at(e.sku) : QString()),
                shortDate(e.expiresOn), e.expired ? tr("expired") : QString::number(e.daysLeft) },
            e.expired ? kLow : kWarn);
    const int nCerts = static_cast<int>(a.certificates.size());
    auto* certs
        = group(tr("OCOP certificates expiring within %1 days or expired").arg(a.certificateWarningDays), nCerts);
    for (const auto& c : a.certificates)
        add(certs, c.sku,
            { c.name, tr("certificate %1").arg(c.certNo), QString(), shortDate(c.expiresOn),
                c.expired ? tr("expired") : QString::number(c.daysLeft) },
            c.expired ? kLow : kWarn);
}

// --- ProblemListModel ------------------------------------------------------

ProblemListModel::ProblemListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ProblemListModel::setProblems(std::vector<Problem> problems)
{
    beginResetModel();
    m_problems = std::move(problems);
    endResetModel();
}

int ProblemListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_problems.size());
}
int ProblemListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Problem& p = m_problems[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Line:
        return p.line > 0 ? QString::number(p.line) : QString();
    case Field:
        return QString::fromStdString(p.field);
    case Why:
        return QString::fromStdString(p.why);
    default:
        return {};
    }
}

QVariant ProblemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case Field:
        return tr("Field");
    case Why:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace ocopos::ui
