#pragma once

#include "core/Catalog.h"

#include <QAbstractTableModel>

#include <vector>

namespace ocopos::ui {

/// The product catalogue as a table. Holds rows given by CatalogLookup; no SQL,
/// no arithmetic: prices are formatted, never computed.
class ProductTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Sku, Name, Unit, Price, Vat, Owner, Supply, Stars, Barcodes, ColumnCount };

    explicit ProductTableModel(QObject* parent = nullptr);
    void setProducts(std::vector<core::Product> products);
    const core::Product* productAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::Product> m_products;
};

} // namespace ocopos::ui
