#pragma once

#include "services/CartSession.h"

#include <QAbstractTableModel>

namespace ocopos::ui {

/// Counting the till's cash by denomination: one row per note, the count is
/// edited, the amounts and the total come from services::CashCount.
class CashCountModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Denomination, Count, Amount, ColumnCount };

    explicit CashCountModel(QObject* parent = nullptr);
    const services::CashCount& count() const { return m_count; }
    core::Money total() const { return m_count.total(); }
    void clear();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void totalChanged();

private:
    services::CashCount m_count;
};

} // namespace ocopos::ui
