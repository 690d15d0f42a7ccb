#pragma once

#include "ScreenRegistry.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace ocopos::ui {

class MovementHistoryModel;

/// Every stock movement of one product (receipts, sales, returns, counts,
/// write-offs) with the balance after each, read from ReportService.
class MovementHistoryDialog : public QDialog {
    Q_OBJECT
public:
    MovementHistoryDialog(const ScreenEnv& env, const QString& sku, QWidget* parent = nullptr);

    MovementHistoryModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// The product and its balance now, or why the history could not be read.
    QLabel* summary() const { return m_summary; }

private:
    MovementHistoryModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
};

} // namespace ocopos::ui
