#include "EntryModels.h"

#include "Format.h"
#include "InventoryModels.h"
#include "core/Csv.h"

#include <QBrush>
#include <QColor>

namespace ocopos::ui {

namespace {
const QColor kProblem(0xfd, 0xec, 0xea);
const QColor kShort(0xfd, 0xec, 0xea);
const QColor kSurplus(0xe7, 0xf4, 0xea);
/// For CSV files: a dot, as the importers read it (the screen shows ui::quantity).
QString csvQty(core::Quantity q)
{
    return QString::fromStdString(core::formatQuantity(q));
}
} // namespace

// --- ReceiptEntryModel -----------------------------------------------------

ReceiptEntryModel::ReceiptEntryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int ReceiptEntryModel::addProduct(const core::Product& product)
{
    if (!m_lines.empty() && m_lines.back().product.sku == product.sku && product.soldBy == core::SoldBy::Unit) {
        const int row = static_cast<int>(m_lines.size()) - 1;
        m_lines.back().qty += core::Quantity::units(1);
        Q_EMIT dataChanged(index(row, Qty), index(row, Qty));
        return row;
    }
    const int row = static_cast<int>(m_lines.size());
    beginInsertRows({}, row, row);
    Line line;
    line.product = product;
    m_lines.push_back(std::move(line));
    endInsertRows();
    return row;
}

void ReceiptEntryModel::removeLine(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_lines.erase(m_lines.begin() + row);
    endRemoveRows();
}

void ReceiptEntryModel::clearLines()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

QByteArray ReceiptEntryModel::toCsv() const
{
    QString out = QStringLiteral("code,qty,lot_code,producer_code,produced_on,expires_on,unit_cost\n");
    for (const auto& l : m_lines) {
        out += core::csvEscape(l.product.sku) + QLatin1Char(',') + csvQty(l.qty) + QLatin1Char(',')
            + core::csvEscape(l.lotCode) + QLatin1Char(',') + core::csvEscape(l.producerCode) + QLatin1Char(',')
            + (l.producedOn ? l.producedOn->toString(Qt::ISODate) : QString()) + QLatin1Char(',')
            + (l.expiresOn ? l.expiresOn->toString(Qt::ISODate) : QString()) + QLatin1Char(',')
            + (l.unitCost ? QString::number(l.unitCost->dong()) : QString()) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

void ReceiptEntryModel::setProblems(const std::vector<ocopos::Problem>& problems)
{
    for (auto& l : m_lines)
        l.problem.clear();
    for (const auto& p : problems) {
        const QString text
            = QStringLiteral("%1: %2").arg(QString::fromStdString(p.field), QString::fromStdString(p.why));
        const int row = p.line - 2;
        for (int r = 0; r < rowCount(); ++r) {
            if (p.line > 0 && r != row)
                continue;
            QString& into = m_lines[static_cast<std::size_t>(r)].problem;
            into += (into.isEmpty() ? QString() : QStringLiteral("; ")) + text;
        }
    }
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ReceiptEntryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}
int ReceiptEntryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ReceiptEntryModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() >= Qty && index.column() <= UnitCost)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ReceiptEntryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Line& l = m_lines[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole && (index.column() == Qty || index.column() == UnitCost))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && !l.problem.isEmpty())
        return QBrush(kProblem);
    if (role == Qt::ToolTipRole && !l.problem.isEmpty())
        return l.problem;
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Qty:
            return quantity(l.qty);
        case LotCode:
            return l.lotCode;
        case Producer:
            return l.producerCode;
        case ProducedOn:
            return shortDate(l.producedOn);
        case ExpiresOn:
            return shortDate(l.expiresOn);
        case UnitCost:
            return l.unitCost ? QString::number(l.unitCost->dong()) : QString();
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return l.product.name;
    case Sku:
        return l.product.sku;
    case Qty:
        return quantity(l.qty, l.product.soldBy);
    case LotCode:
        return l.lotCode;
    case Producer:
        return l.producerCode;
    case ProducedOn:
        return shortDate(l.producedOn);
    case ExpiresOn:
        return shortDate(l.expiresOn);
    case UnitCost:
        return l.unitCost ? money(*l.unitCost) : QString();
    case Problem:
        return l.problem;
    default:
        return {};
    }
}

bool ReceiptEntryModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= rowCount())
        return false;
    Line& l = m_lines[static_cast<std::size_t>(index.row())];
    const QString text = value.toString().trimmed();
    try {
        switch (index.column()) {
        case Qty:
            l.qty = parseQty(text);
            break;
        case LotCode:
            l.lotCode = text;
            break;
        case Producer:
            l.producerCode = text.toUpper();
            break;
        case ProducedOn:
            l.producedOn = parseShortDate(text, "produced_on");
            break;
        case ExpiresOn:
            l.expiresOn = parseShortDate(text, "expires_on");
            break;
        case UnitCost:
            l.unitCost = text.isEmpty() ? std::nullopt : std::optional<core::Money>(parseAmount(text));
            break;
        default:
            return false;
        }
    } catch (const std::exception& e) {
        Q_EMIT inputRefused(errorText(e));
        return false;
    }
    l.problem.clear();
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    return true;
}

QVariant ReceiptEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Producer)
        return tr("Code of the member household that made this lot. Empty: the household delivering, else the owner.");
    if (role == Qt::TextAlignmentRole && (section == Qty || section == UnitCost))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Product");
    case Sku:
        return tr("SKU");
    case Qty:
        return tr("Quantity");
    case LotCode:
        return tr("Lot code");
    case Producer:
        return tr("Made by");
    case ProducedOn:
        return tr("Produced on");
    case ExpiresOn:
        return tr("Expires on");
    case UnitCost:
        return tr("Unit cost");
    case Problem:
        return tr("Problem");
    default:
        return {};
    }
}

// --- CountEntryModel -------------------------------------------------------

CountEntryModel::CountEntryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CountEntryModel::setStock(const std::vector<services::ProductStock>& stock, CountBy by)
{
    beginResetModel();
    m_by = by;
    m_rows.clear();
    for (const auto& p : stock) {
        if (p.lots.empty())
            continue;
        Row product;
        product.soldBy = p.soldBy;
        product.lot.byProduct = true;
        product.lot.productId = p.productId;
        product.lot.sku = p.sku;
        product.lot.name = p.name;
        product.lots = 0;
        for (const auto& lot : p.lots) {
            Row r;
            r.soldBy = p.soldBy;
            r.lot.productId = p.productId;
            r.lot.sku = p.sku;
            r.lot.name = p.name;
            r.lot.lotId = lot.lotId;
            r.lot.lotCode = lot.lotCode;
            r.lot.producerCode = lot.producerCode;
            r.lot.expiresOn = lot.expiresOn;
            r.lot.expected = lot.qty;
            r.lot.counted = core::Quantity();
            if (by == CountBy::Lot)
                m_rows.push_back(std::move(r));
            product.lot.expected += lot.qty;
            ++product.lots;
        }
        if (by == CountBy::Product)
            m_rows.push_back(std::move(product));
    }
    endResetModel();
}

void CountEntryModel::setResult(const services::StockCount& count)
{
    for (auto& r : m_rows) {
        if (m_by == CountBy::Product) {
            bool booked = false;
            core::Quantity expected, counted;
            for (const auto& l : count.lots) {
                if (l.byProduct && l.productId == r.lot.productId) {
                    booked = true;
                    expected += l.expected;
                    counted += l.counted;
                }
            }
            if (booked) {
                r.lot.expected = expected;
                r.lot.counted = counted;
                r.counted = true;
            }
            continue;
        }
        for (const auto& booked : count.lots) {
            if (r.lot.lotId == booked.lotId) {
                r.lot = booked;
                r.counted = true;
            }
        }
    }
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CountEntryModel::firstRowOf(const QString& sku) const
{
    for (int i = 0; i < rowCount(); ++i)
        if (m_rows[static_cast<std::size_t>(i)].lot.sku == sku)
            return i;
    return -1;
}

bool CountEntryModel::countOne(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    Row& r = m_rows[static_cast<std::size_t>(row)];
    r.lot.counted = r.counted ? r.lot.counted + core::Quantity::units(1) : core::Quantity::units(1);
    r.counted = true;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

int CountEntryModel::countedRows() const
{
    int n = 0;
    for (const auto& r : m_rows)
        n += r.counted ? 1 : 0;
    return n;
}

QByteArray CountEntryModel::toCsv() const
{
    QString out = QStringLiteral("code,lot_code,counted_qty\n");
    for (const auto& r : m_rows)
        if (r.counted)
            out += core::csvEscape(r.lot.sku) + QLatin1Char(',')
                + (m_by == CountBy::Product ? QString() : core::csvEscape(r.lot.lotCode)) + QLatin1Char(',')
                + csvQty(r.lot.counted) + QLatin1Char('\n');
    return out.toUtf8();
}

int CountEntryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}
int CountEntryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags CountEntryModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Counted)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant CountEntryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    const int c = index.column();
    if (role == Qt::TextAlignmentRole && (c == Expected || c == Counted || c == Variance))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && c == Variance && r.counted) {
        const auto v = r.lot.variance();
        return v.isZero() ? QVariant() : QVariant(QBrush(v.isPositive() ? kSurplus : kShort));
    }
    if (role == Qt::EditRole && c == Counted)
        return r.counted ? quantity(r.lot.counted) : QString();
    if (role != Qt::DisplayRole)
        return {};
    switch (c) {
    case Name:
        return r.lot.name;
    case Sku:
        return r.lot.sku;
    case LotCode: {
        if (m_by == CountBy::Lot)
            return r.lot.lotCode;
        const int lots = r.lots;
        return tr("%n lot(s)", nullptr, lots);
    }
    case ExpiresOn:
        return m_by == CountBy::Lot ? shortDate(r.lot.expiresOn) : QString();
    case Expected:
        return quantity(r.lot.expected, r.soldBy);
    case Counted:
        return r.counted ? quantity(r.lot.counted, r.soldBy) : QString();
    case Variance: {
        if (!r.counted)
            return QString();
        const auto v = r.lot.variance();
        return (v.isPositive() ? QStringLiteral("+") : QString()) + quantity(v, r.soldBy);
    }
    default:
        return {};
    }
}

bool CountEntryModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != Counted || index.row() >= rowCount())
        return false;
    Row& r = m_rows[static_cast<std::size_t>(index.row())];
    const QString text = value.toString().trimmed();
    try {
        if (text.isEmpty()) {
            r.counted = false;
            r.lot.counted = core::Quantity();
        } else {
            r.lot.counted = parseQty(text);
            r.counted = true;
        }
    } catch (const std::exception& e) {
        Q_EMIT inputRefused(errorText(e));
        return false;
    }
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    return true;
}

QVariant CountEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == Expected || section == Counted || section == Variance))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Product");
    case Sku:
        return tr("SKU");
    case LotCode:
        return tr("Lot");
    case ExpiresOn:
        return tr("Expires on");
    case Expected:
        return tr("Expected");
    case Counted:
        return tr("Counted");
    case Variance:
        return tr("Variance");
    default:
        return {};
    }
}

} // namespace ocopos::ui
