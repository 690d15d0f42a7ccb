#pragma once

#include "services/SaleTypes.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace ocopos::ui {

/// The lines of a stored sale, with the quantity to return typed per line.
class ReceiptLinesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Line, Product, Sold, Amount, Return, ColumnCount };

    explicit ReceiptLinesModel(QObject* parent = nullptr);
    void setSale(std::optional<services::SaleResult> sale);
    const std::optional<services::SaleResult>& sale() const { return m_sale; }
    /// The quantities to return (lines with one typed).
    std::vector<std::pair<QString, core::Quantity>> returns() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::optional<services::SaleResult> m_sale;
    std::vector<std::optional<core::Quantity>> m_return;
};

} // namespace ocopos::ui
