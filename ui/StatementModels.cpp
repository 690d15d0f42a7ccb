#include "StatementModels.h"

#include "Format.h"

namespace ocopos::ui {

namespace {
QVariant alignment(bool right)
{
    return QVariant::fromValue(right ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter));
}
QString dmy(const QDate& d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }
} // namespace

StatementLinesModel::StatementLinesModel(QObject* parent) : QAbstractTableModel(parent) {}

void StatementLinesModel::setLines(std::vector<services::StatementLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

int StatementLinesModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_lines.size()); }
int StatementLinesModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant StatementLinesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const auto& l = m_lines[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole)
        return alignment(index.column() >= Qty);
    if (role == Qt::ToolTipRole && index.column() == Product)
        return l.sku;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Product: return l.name;
    case Supply: return l.supply == core::Supply::Consignment ? tr("Consignment") : tr("Purchased");
    case Qty: return quantity(l.qty);
    case Gross: return money(l.gross);
    case Returns: return money(l.returns);
    case Net: return money(l.net);
    case Commission: return money(l.commission);
    case Payout: return money(l.payout);
    default: return {};
    }
}

QVariant StatementLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return alignment(section >= Qty);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Product: return tr("Product");
    case Supply: return tr("Supply");
    case Qty: return tr("Qty");
    case Gross: return tr("Gross");
    case Returns: return tr("Returns");
    case Net: return tr("Net");
    case Commission: return tr("Commission");
    case Payout: return tr("Payout");
    default: return {};
    }
}

StatementHouseholdsModel::StatementHouseholdsModel(QObject* parent) : QAbstractTableModel(parent) {}

void StatementHouseholdsModel::setHouseholds(std::vector<services::StatementHousehold> households)
{
    beginResetModel();
    m_households = std::move(households);
    endResetModel();
}

int StatementHouseholdsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_households.size());
}
int StatementHouseholdsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant StatementHouseholdsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const auto& h = m_households[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole)
        return alignment(index.column() != Household);
    if (role == Qt::ToolTipRole && index.column() == Household)
        return h.unlotted.isZero() ? h.producer
                                   : tr("%1 — %2 sold under a manager's override from no lot").arg(h.producer, money(h.unlotted));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Household: return h.name.isEmpty() ? h.producer : h.name;
    case Net: return money(h.net);
    case Returns: return money(h.returns);
    case Commission: return money(h.commission);
    case Payout: return money(h.payout);
    default: return {};
    }
}

QVariant StatementHouseholdsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return alignment(section != Household);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Household: return tr("Member household");
    case Net: return tr("Net");
    case Returns: return tr("Returns");
    case Commission: return tr("Commission");
    case Payout: return tr("Payout");
    default: return {};
    }
}

SettlementListModel::SettlementListModel(QObject* parent) : QAbstractTableModel(parent) {}

void SettlementListModel::setSettlements(std::vector<services::SettlementSummary> list)
{
    beginResetModel();
    m_list = std::move(list);
    endResetModel();
}

const services::SettlementSummary* SettlementListModel::at(int row) const
{
    return row >= 0 && row < rowCount() ? &m_list[static_cast<std::size_t>(row)] : nullptr;
}

int SettlementListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_list.size()); }
int SettlementListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SettlementListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const auto& s = m_list[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole)
        return alignment(index.column() == Net || index.column() == Payout);
    if (role == Qt::UserRole)
        return s.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Period:
        return s.from.year() == s.to.year()
                   ? QStringLiteral("%1 – %2").arg(s.from.toString(QStringLiteral("dd/MM")), dmy(s.to))
                   : QStringLiteral("%1 – %2").arg(dmy(s.from), dmy(s.to));
    case Producer: return s.producer;
    case Net: return money(s.net);
    case Payout: return money(s.payout);
    case Finalized: {
        const QDateTime at = QDateTime::fromString(s.finalizedAt, Qt::ISODate);
        return tr("%1 by %2").arg(at.isValid() ? at.toTimeZone(core::Clock::storeZone()).toString(QStringLiteral("dd/MM/yyyy HH:mm")) : s.finalizedAt,
                                  s.finalizedBy);
    }
    default: return {};
    }
}

QVariant SettlementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return alignment(section == Net || section == Payout);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Period: return tr("Period");
    case Producer: return tr("Producer");
    case Net: return tr("Net");
    case Payout: return tr("Payout");
    case Finalized: return tr("Finalized");
    default: return {};
    }
}

} // namespace ocopos::ui
