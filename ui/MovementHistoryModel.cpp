#include "MovementHistoryModel.h"

#include "Format.h"

#include <QDateTime>

namespace ocopos::ui {

namespace {
bool rightAligned(int column) { return column == MovementHistoryModel::Qty || column == MovementHistoryModel::Balance; }
QVariant alignment(int column)
{
    return QVariant::fromValue(rightAligned(column) ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter));
}
/// The time as the store recorded it (its own offset), to the minute.
QString shortTime(const QString& iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toString(QStringLiteral("dd/MM/yyyy HH:mm")) : iso;
}
} // namespace

MovementHistoryModel::MovementHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void MovementHistoryModel::setHistory(services::MovementHistory history)
{
    beginResetModel();
    m_history = std::move(history);
    endResetModel();
}

QString MovementHistoryModel::kindName(const QString& kind)
{
    if (kind == QLatin1String("receipt"))
        return tr("Goods receipt");
    if (kind == QLatin1String("sale"))
        return tr("Sale");
    if (kind == QLatin1String("return"))
        return tr("Return");
    if (kind == QLatin1String("adjustment"))
        return tr("Adjustment");
    if (kind == QLatin1String("count"))
        return tr("Stock count");
    if (kind == QLatin1String("write_off"))
        return tr("Write-off");
    if (kind == QLatin1String("void"))
        return tr("Void");
    return kind;
}

int MovementHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_history.entries.size());
}

int MovementHistoryModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant MovementHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& e = m_history.entries[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole)
        return alignment(index.column());
    if (role == Qt::ToolTipRole) {
        QStringList parts;
        if (!e.reason.isEmpty())
            parts << e.reason;
        if (!e.producerCode.isEmpty())
            parts << tr("Producer: %1").arg(e.producerCode);
        return parts.isEmpty() ? QVariant() : QVariant(parts.join(QLatin1Char('\n')));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time: return shortTime(e.at);
    case Kind: return kindName(e.kind);
    case Qty: return (e.qty.isPositive() ? QStringLiteral("+") : QString()) + quantity(e.qty, m_history.unit);
    case Lot: return e.lotCode.isEmpty() ? tr("(no lot)") : e.lotCode;
    case Reference: return e.reference.isEmpty() ? e.reason : e.reference;
    case User: return e.user;
    case Balance: return quantity(e.balance, m_history.unit);
    default: return {};
    }
}

QVariant MovementHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return alignment(section);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Kind: return tr("Movement");
    case Qty: return tr("Quantity");
    case Lot: return tr("Lot");
    case Reference: return tr("Document");
    case User: return tr("By");
    case Balance: return tr("On hand after");
    default: return {};
    }
}

} // namespace ocopos::ui
