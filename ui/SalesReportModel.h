#pragma once

#include "services/ReportService.h"

#include <QAbstractTableModel>

namespace ocopos::ui {

/// A sales report (or the best sellers) as a table: one row per group and, for
/// a report, a last row with the service's totals. Figures are formatted, never
/// computed.
class SalesReportModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Group, Qty, Receipts, Gross, Discount, Returns, Net, Vat, Commission, Payout, ColumnCount };

    explicit SalesReportModel(QObject* parent = nullptr);
    /// A report, shown with its totals row.
    void setReport(services::SalesReport report);
    /// Rows without totals (best sellers), grouped by product.
    void setRows(std::vector<services::SalesRow> rows);
    void clear();

    const services::SalesReport& report() const { return m_report; }
    bool hasTotals() const { return m_totals; }
    /// The group's name as shown in the first column (dates, VAT rates and
    /// methods in words; a product's name with its SKU).
    static QString groupText(services::SalesGrouping by, const QString& key, const QString& label);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    services::SalesReport m_report;
    bool m_totals = false;
};

} // namespace ocopos::ui
