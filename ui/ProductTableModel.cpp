#include "ProductTableModel.h"

namespace ocopos::ui {

ProductTableModel::ProductTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProductTableModel::setProducts(std::vector<core::Product> products)
{
    beginResetModel();
    m_products = std::move(products);
    endResetModel();
}

const core::Product* ProductTableModel::productAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_products.size()))
        return nullptr;
    return &m_products[static_cast<std::size_t>(row)];
}

int ProductTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_products.size());
}

int ProductTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ProductTableModel::data(const QModelIndex& index, int role) const
{
    const auto* p = index.isValid() ? productAt(index.row()) : nullptr;
    if (!p)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == Price)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Sku: return p->sku;
    case Name: return p->name;
    case Unit: return p->unit;
    case Price: return QString::fromStdString(core::formatVnd(p->price));
    case Vat: return p->vat.isKct() ? QStringLiteral("KCT") : QString::fromStdString(p->vat.code()) + QStringLiteral(" %");
    case Owner: return p->ownerName;
    case Supply: return p->supply == core::Supply::Consignment ? tr("Consignment") : tr("Purchased");
    case Stars: return p->ocopStars ? QString(*p->ocopStars, QChar(0x2605)) : QString();
    case Barcodes: return p->barcodes.join(QStringLiteral(", "));
    default: return {};
    }
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sku: return tr("SKU");
    case Name: return tr("Name");
    case Unit: return tr("Unit");
    case Price: return tr("Price");
    case Vat: return tr("VAT");
    case Owner: return tr("Owner");
    case Supply: return tr("Supply");
    case Stars: return tr("OCOP");
    case Barcodes: return tr("Barcodes");
    default: return {};
    }
}

} // namespace ocopos::ui
