#include "ReceiptLinesModel.h"

#include "Format.h"

namespace ocopos::ui {

ReceiptLinesModel::ReceiptLinesModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReceiptLinesModel::setSale(std::optional<services::SaleResult> sale)
{
    beginResetModel();
    m_sale = std::move(sale);
    m_return.assign(m_sale ? m_sale->lines.size() : 0, std::nullopt);
    endResetModel();
}

std::vector<std::pair<QString, core::Quantity>> ReceiptLinesModel::returns() const
{
    std::vector<std::pair<QString, core::Quantity>> out;
    for (std::size_t i = 0; i < m_return.size(); ++i)
        if (m_return[i] && m_return[i]->isPositive())
            out.emplace_back(m_sale->lines[i].sku, *m_return[i]);
    return out;
}

int ReceiptLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_sale ? 0 : static_cast<int>(m_sale->lines.size());
}

int ReceiptLinesModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ReceiptLinesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const auto& l = m_sale->lines[row];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Product ? QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter)
                                         : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole && index.column() == Return)
        return m_return[row] ? quantity(*m_return[row]) : QString();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Line: return l.lineNo;
    case Product: return QStringLiteral("%1 (%2)").arg(l.name, l.sku);
    case Sold: return quantity(l.qty, l.soldBy);
    case Amount: return money(l.net);
    case Return: return m_return[row] ? quantity(*m_return[row], l.soldBy) : QString();
    default: return {};
    }
}

bool ReceiptLinesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Return)
        return false;
    const auto row = static_cast<std::size_t>(index.row());
    const QString text = value.toString().trimmed();
    if (text.isEmpty() || text == QLatin1String("0")) {
        m_return[row].reset();
    } else {
        try {
            const core::Quantity q = parseQty(text);
            const auto& line = m_sale->lines[row];
            if (!q.isPositive() || q > line.qty || (line.soldBy == core::SoldBy::Unit && !q.isWhole()))
                return false;
            m_return[row] = q;
        } catch (const std::exception&) {
            return false;
        }
    }
    Q_EMIT dataChanged(index, index);
    return true;
}

Qt::ItemFlags ReceiptLinesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Return && m_sale && m_sale->status == QLatin1String("completed"))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ReceiptLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line: return tr("#");
    case Product: return tr("Product");
    case Sold: return tr("Sold");
    case Amount: return tr("Amount");
    case Return: return tr("Return");
    default: return {};
    }
}

} // namespace ocopos::ui
