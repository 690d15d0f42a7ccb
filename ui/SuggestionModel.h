#pragma once

#include "core/Catalog.h"

#include <QAbstractTableModel>

#include <vector>

namespace ocopos::ui {

/// The search-as-you-type dropdown of the cashier screen: products found by
/// CatalogLookup::listProducts.
class SuggestionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Owner, Price, ColumnCount };

    explicit SuggestionModel(QObject* parent = nullptr);
    void setProducts(std::vector<core::Product> products);
    const core::Product* productAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::Product> m_products;
};

} // namespace ocopos::ui
