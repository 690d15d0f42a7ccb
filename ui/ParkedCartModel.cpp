#include "ParkedCartModel.h"

#include "core/Clock.h"

namespace ocopos::ui {

ParkedCartModel::ParkedCartModel(QObject* parent) : QAbstractTableModel(parent) {}

void ParkedCartModel::setCarts(std::vector<services::ParkedCart> carts)
{
    beginResetModel();
    m_carts = std::move(carts);
    endResetModel();
}

const services::ParkedCart* ParkedCartModel::cartAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_carts.size()))
        return nullptr;
    return &m_carts[static_cast<std::size_t>(row)];
}

int ParkedCartModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_carts.size()); }

int ParkedCartModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ParkedCartModel::data(const QModelIndex& index, int role) const
{
    const auto* c = index.isValid() ? cartAt(index.row()) : nullptr;
    if (!c || role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Note: return c->label.isEmpty() ? tr("(no note)") : c->label;
    case ParkedAt: return c->parkedAt.toTimeZone(core::Clock::storeZone()).toString(QStringLiteral("dd/MM HH:mm"));
    case Cashier: return c->username;
    case Lines: return tr("%n line(s)", nullptr, static_cast<int>(c->request.lines.size()));
    default: return {};
    }
}

QVariant ParkedCartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Note: return tr("Note");
    case ParkedAt: return tr("Parked at");
    case Cashier: return tr("Cashier");
    case Lines: return tr("Lines");
    default: return {};
    }
}

} // namespace ocopos::ui
