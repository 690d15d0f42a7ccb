#include "CashCountModel.h"

#include "Format.h"

namespace ocopos::ui {

CashCountModel::CashCountModel(QObject* parent) : QAbstractTableModel(parent) {}

void CashCountModel::clear()
{
    beginResetModel();
    m_count.clear();
    endResetModel();
    Q_EMIT totalChanged();
}

int CashCountModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(services::cashDenominations().size());
}

int CashCountModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CashCountModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Money denom = services::cashDenominations()[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole && index.column() == Count)
        return static_cast<int>(m_count.count(denom));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Denomination: return money(denom);
    case Count: return QString::number(m_count.count(denom));
    case Amount: return money(m_count.amount(denom));
    default: return {};
    }
}

bool CashCountModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Count)
        return false;
    bool ok = false;
    const qlonglong n = value.toString().trimmed().isEmpty() ? 0 : value.toLongLong(&ok);
    if ((!ok && !value.toString().trimmed().isEmpty()) || n < 0 || n > 100000)
        return false;
    m_count.set(services::cashDenominations()[static_cast<std::size_t>(index.row())], n);
    Q_EMIT dataChanged(this->index(index.row(), Count), this->index(index.row(), Amount));
    Q_EMIT totalChanged();
    return true;
}

Qt::ItemFlags CashCountModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Count)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant CashCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Denomination: return tr("Note");
    case Count: return tr("Count");
    case Amount: return tr("Amount");
    default: return {};
    }
}

} // namespace ocopos::ui
