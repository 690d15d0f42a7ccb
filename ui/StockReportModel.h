#pragma once

#include "services/ReportService.h"

#include <QAbstractTableModel>

namespace ocopos::ui {

/// The stock report as a table: on hand and value per product, and a totals
/// row with the service's sums. Figures are formatted, never computed.
class StockReportModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Sku, Name, Owner, Supply, OnHand, Lots, Price, CostValue, RetailValue, Value, ColumnCount };

    explicit StockReportModel(QObject* parent = nullptr);
    void setReport(services::StockReport report);
    const services::StockReport& report() const { return m_report; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    services::StockReport m_report;
    bool m_set = false;
};

} // namespace ocopos::ui
