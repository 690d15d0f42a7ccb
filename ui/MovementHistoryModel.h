#pragma once

#include "services/ReportService.h"

#include <QAbstractTableModel>

namespace ocopos::ui {

/// The stock ledger of one product as ReportService gives it, oldest first:
/// time, what moved it, the signed quantity, the lot, the document, who, and
/// the balance on hand after it. Formatted, never computed.
class MovementHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Kind, Qty, Lot, Reference, User, Balance, ColumnCount };

    explicit MovementHistoryModel(QObject* parent = nullptr);
    void setHistory(services::MovementHistory history);
    const services::MovementHistory& history() const { return m_history; }
    /// "Goods receipt", "Sale", ... for a ledger kind (the code itself when unknown).
    static QString kindName(const QString& kind);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    services::MovementHistory m_history;
};

} // namespace ocopos::ui
