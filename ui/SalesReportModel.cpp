#include "SalesReportModel.h"

#include "Format.h"

#include <QFont>

namespace ocopos::ui {

SalesReportModel::SalesReportModel(QObject* parent) : QAbstractTableModel(parent) {}

void SalesReportModel::setReport(services::SalesReport report)
{
    beginResetModel();
    m_report = std::move(report);
    m_totals = true;
    endResetModel();
}

void SalesReportModel::setRows(std::vector<services::SalesRow> rows)
{
    beginResetModel();
    m_report = services::SalesReport();
    m_report.by = services::SalesGrouping::Product;
    m_report.rows = std::move(rows);
    m_totals = false;
    endResetModel();
}

void SalesReportModel::clear()
{
    beginResetModel();
    m_report = services::SalesReport();
    m_totals = false;
    endResetModel();
}

QString SalesReportModel::groupText(services::SalesGrouping by, const QString& key, const QString& label)
{
    using G = services::SalesGrouping;
    switch (by) {
    case G::Day: {
        const QDate d = QDate::fromString(key, Qt::ISODate);
        return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : key;
    }
    case G::Vat:
        return key == QLatin1String("KCT") ? tr("Not subject to VAT (KCT)") : QStringLiteral("%1 %").arg(key);
    case G::Payment:
        if (key == QLatin1String("cash"))
            return paymentMethodName(core::PaymentMethod::Cash);
        if (key == QLatin1String("card"))
            return paymentMethodName(core::PaymentMethod::Card);
        if (key == QLatin1String("bank_qr"))
            return paymentMethodName(core::PaymentMethod::BankQr);
        return key;
    case G::Category:
        return key.isEmpty() ? tr("(no category)") : key;
    case G::Product:
    case G::ProductSupply:
        return label.isEmpty() ? key : QStringLiteral("%1 (%2)").arg(label, key);
    case G::Cashier:
    case G::Producer:
    case G::Owner:
        return label.isEmpty() ? key : label;
    }
    return key;
}

int SalesReportModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(m_report.rows.size()) + (m_totals ? 1 : 0);
}

int SalesReportModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SalesReportModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const bool totalsRow = m_totals && index.row() == static_cast<int>(m_report.rows.size());
    const services::SalesRow* row = totalsRow ? nullptr : &m_report.rows[static_cast<std::size_t>(index.row())];
    const services::SalesFigures& f = totalsRow ? m_report.totals : row->figures;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() == Group ? (Qt::AlignLeft | Qt::AlignVCenter) : (Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::FontRole && totalsRow) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && row && index.column() == Group)
        return row->key;
    if (role == Qt::UserRole)  // the row's key, for lookups
        return row ? row->key : QString();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Group: return totalsRow ? tr("Total") : groupText(m_report.by, row->key, row->label);
    case Qty: return f.qty ? quantity(*f.qty) : QString();
    case Receipts: return QString::number(f.sales);
    case Gross: return money(f.gross);
    case Discount: return money(f.discount);
    case Returns: return money(f.returns);
    case Net: return money(f.net);
    case Vat: return money(f.vat);
    case Commission: return money(f.commission);
    case Payout: return money(f.payout);
    default: return {};
    }
}

QVariant SalesReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section == Group ? (Qt::AlignLeft | Qt::AlignVCenter) : (Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    using G = services::SalesGrouping;
    switch (section) {
    case Group:
        switch (m_report.by) {
        case G::Day: return tr("Day");
        case G::Product:
        case G::ProductSupply: return tr("Product");
        case G::Category: return tr("Category");
        case G::Vat: return tr("VAT rate");
        case G::Payment: return tr("Payment method");
        case G::Cashier: return tr("Cashier");
        case G::Producer: return tr("Producer (household)");
        case G::Owner: return tr("Owner");
        }
        return {};
    case Qty: return tr("Qty");
    case Receipts: return tr("Receipts");
    case Gross: return tr("Gross");
    case Discount: return tr("Discount");
    case Returns: return tr("Returns");
    case Net: return tr("Net");
    case Vat: return tr("VAT");
    case Commission: return tr("Commission");
    case Payout: return tr("Payout");
    default: return {};
    }
}

} // namespace ocopos::ui
