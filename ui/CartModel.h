#pragma once

#include "services/CartSession.h"

#include <QAbstractTableModel>

namespace ocopos::ui {

/// The cart on the cashier screen and the customer display: a view of a
/// CartSession. Every number shown is one the sale engine's preview computed.
class CartModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Producer, Qty, Price, Discount, Amount, ColumnCount };

    explicit CartModel(services::CartSession& cart, QObject* parent = nullptr);

    /// The session changed: show it again.
    void refresh();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    services::CartSession& m_cart;
    int m_rows = 0;
};

} // namespace ocopos::ui
