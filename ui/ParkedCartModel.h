#pragma once

#include "services/SaleService.h"

#include <QAbstractTableModel>

#include <vector>

namespace ocopos::ui {

/// Sales parked at this till, waiting to be resumed.
class ParkedCartModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Note, ParkedAt, Cashier, Lines, ColumnCount };

    explicit ParkedCartModel(QObject* parent = nullptr);
    void setCarts(std::vector<services::ParkedCart> carts);
    const services::ParkedCart* cartAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<services::ParkedCart> m_carts;
};

} // namespace ocopos::ui
