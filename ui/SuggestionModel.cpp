#include "SuggestionModel.h"

#include "Format.h"

namespace ocopos::ui {

SuggestionModel::SuggestionModel(QObject* parent) : QAbstractTableModel(parent) {}

void SuggestionModel::setProducts(std::vector<core::Product> products)
{
    beginResetModel();
    m_products = std::move(products);
    endResetModel();
}

const core::Product* SuggestionModel::productAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_products.size()))
        return nullptr;
    return &m_products[static_cast<std::size_t>(row)];
}

int SuggestionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_products.size());
}

int SuggestionModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SuggestionModel::data(const QModelIndex& index, int role) const
{
    const core::Product* p = index.isValid() ? productAt(index.row()) : nullptr;
    if (!p || index.column() >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == Price ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                       : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return tr("%1 · %2").arg(p->sku, p->barcodes.join(QStringLiteral(", ")));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return QStringLiteral("%1 (%2)").arg(p->name, p->unit);
    case Owner: return p->ownerName;
    case Price:
        return p->soldBy == core::SoldBy::Weight ? tr("%1/kg").arg(money(p->price)) : money(p->price);
    default: return {};
    }
}

} // namespace ocopos::ui
