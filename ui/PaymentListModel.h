#pragma once

#include "core/Cart.h"

#include <QAbstractTableModel>

#include <vector>

namespace ocopos::ui {

/// The payments taken so far for one sale (split payments).
class PaymentListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Method, Amount, Reference, ColumnCount };

    explicit PaymentListModel(QObject* parent = nullptr);
    void add(const core::Payment& payment);
    void removeAt(int row);
    const std::vector<core::Payment>& payments() const { return m_payments; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::Payment> m_payments;
};

} // namespace ocopos::ui
