#include "StockReportModel.h"

#include "Format.h"

#include <QFont>

namespace ocopos::ui {

StockReportModel::StockReportModel(QObject* parent) : QAbstractTableModel(parent) {}

void StockReportModel::setReport(services::StockReport report)
{
    beginResetModel();
    m_report = std::move(report);
    m_set = true;
    endResetModel();
}

int StockReportModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_set ? 0 : static_cast<int>(m_report.rows.size()) + 1;
}

int StockReportModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant StockReportModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const bool totalsRow = index.row() == static_cast<int>(m_report.rows.size());
    const int c = index.column();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(c >= OnHand ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter));
    if (role == Qt::FontRole && totalsRow) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (totalsRow) {
        if (role != Qt::DisplayRole)
            return {};
        switch (c) {
        case Name: return tr("Total");
        case CostValue: return money(m_report.purchasedAtCost);
        case RetailValue: return money(m_report.retailValue);
        case Value: return money(m_report.value);
        default: return {};
        }
    }
    const auto& r = m_report.rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::ToolTipRole && c == CostValue && r.uncosted.thousandths() != 0)
        return tr("%1 %2 in lots without a unit cost").arg(quantity(r.uncosted), r.unit);
    if (role != Qt::DisplayRole)
        return {};
    switch (c) {
    case Sku: return r.sku;
    case Name: return r.name;
    case Owner: return r.ownerCode;
    case Supply: return r.supply == core::Supply::Consignment ? tr("Consignment") : tr("Purchased");
    case OnHand: return quantity(r.onHand, r.unit);
    case Lots: return r.lots;
    case Price: return money(r.price);
    case CostValue: return r.costValue ? money(*r.costValue) : QStringLiteral("—");
    case RetailValue: return money(r.retailValue);
    case Value: return money(r.value);
    default: return {};
    }
}

QVariant StockReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section >= OnHand ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sku: return tr("SKU");
    case Name: return tr("Product");
    case Owner: return tr("Owner");
    case Supply: return tr("Supply");
    case OnHand: return tr("On hand");
    case Lots: return tr("Lots");
    case Price: return tr("Price");
    case CostValue: return tr("Value at cost");
    case RetailValue: return tr("Value at retail");
    case Value: return tr("Value to the store");
    default: return {};
    }
}

} // namespace ocopos::ui
