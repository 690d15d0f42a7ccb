#pragma once

#include "services/Session.h"

#include <QDialog>

#include <optional>

class QTableView;

namespace ocopos::ui {

class ParkedCartModel;

/// Picks a parked sale to resume (Enter or double-click).
class ParkedSalesDialog : public QDialog {
    Q_OBJECT
public:
    explicit ParkedSalesDialog(services::Context ctx, QWidget* parent = nullptr);
    /// The parked cart chosen, after acceptance.
    std::optional<qint64> chosen() const { return m_chosen; }
    QTableView* table() const { return m_table; }
    ParkedCartModel* model() const { return m_model; }
    void choose(int row);

private:
    ParkedCartModel* m_model;
    QTableView* m_table;
    std::optional<qint64> m_chosen;
};

} // namespace ocopos::ui
