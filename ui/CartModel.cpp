#include "CartModel.h"

#include "Format.h"

#include <QFont>

namespace ocopos::ui {

CartModel::CartModel(services::CartSession& cart, QObject* parent) : QAbstractTableModel(parent), m_cart(cart)
{
    m_rows = m_cart.size();
}

void CartModel::refresh()
{
    beginResetModel();
    m_rows = m_cart.size();
    endResetModel();
}

int CartModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_rows; }

int CartModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CartModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || index.row() >= m_cart.size())
        return {};
    const auto& l = m_cart.lines()[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return l.name;
        case Producer: return shortProducerName(l.ownerName);
        case Qty: return quantity(l.qty, l.soldBy);
        case Price:
            return l.soldBy == core::SoldBy::Weight ? tr("%1/kg").arg(money(l.unitPrice)) : money(l.unitPrice);
        case Discount:
            if (l.priced.lineDiscount.isZero())
                return QString();
            if (l.discount.kind == core::Discount::Kind::Percent)
                return QStringLiteral("−%1 (%2)").arg(money(l.priced.lineDiscount), percent(core::BasisPoints{l.discount.value}));
            return QStringLiteral("−") + money(l.priced.lineDiscount);
        case Amount: return money(l.priced.net);
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name: return tr("%1 · %2 · code %3").arg(l.sku, l.unit, l.code);
        case Producer: return l.ownerName;
        case Discount: return discount(l.discount);
        case Qty: return l.fixedByLabel ? tr("Weighed: the scale label fixes the quantity") : QVariant();
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() >= Qty)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == Amount) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant CartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole && orientation == Qt::Vertical)
        return section + 1;
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section >= Qty ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                              : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Product");
    case Producer: return tr("Producer");
    case Qty: return tr("Qty");
    case Price: return tr("Price");
    case Discount: return tr("Discount");
    case Amount: return tr("Amount");
    default: return {};
    }
}

} // namespace ocopos::ui
