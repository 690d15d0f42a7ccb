#include "PaymentListModel.h"

#include "Format.h"

namespace ocopos::ui {

PaymentListModel::PaymentListModel(QObject* parent) : QAbstractTableModel(parent) {}

void PaymentListModel::add(const core::Payment& payment)
{
    const int row = rowCount();
    beginInsertRows(QModelIndex(), row, row);
    m_payments.push_back(payment);
    endInsertRows();
}

void PaymentListModel::removeAt(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_payments.erase(m_payments.begin() + row);
    endRemoveRows();
}

int PaymentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_payments.size());
}

int PaymentListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PaymentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& p = m_payments[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Amount ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                        : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Method: return paymentMethodName(p.method);
    case Amount: return money(p.amount);
    case Reference: return p.reference;
    default: return {};
    }
}

QVariant PaymentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Method: return tr("Method");
    case Amount: return tr("Amount");
    case Reference: return tr("Reference");
    default: return {};
    }
}

} // namespace ocopos::ui
