#pragma once

#include "ScreenRegistry.h"

#include <QDialog>

#include <functional>
#include <vector>

class QLabel;
class QTableView;

namespace ocopos {
struct Problem;
}

namespace ocopos::ui {

class ProblemListModel;

/// Why a file was refused: every problem by line and field, and the reminder
/// that nothing was imported (the import is all-or-nothing).
class ImportErrorsDialog : public QDialog {
    Q_OBJECT
public:
    ImportErrorsDialog(const QString& fileName, std::vector<Problem> problems, QWidget* parent = nullptr);
    ProblemListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

private:
    ProblemListModel* m_model;
    QTableView* m_table;
};

struct ImportOutcome {
    bool imported = false;
    QString message; ///< the summary, or why it failed
};

/// Reads and imports a products CSV through CatalogImportService on a worker thread,
/// with a busy progress dialog (window-modal: the screen takes no input
/// meanwhile) over `parent`; then calls `done` on the GUI thread. On refusal
/// also opens an ImportErrorsDialog (not blocking) over `parent`.
void importProductsFile(const ScreenEnv& env, const QString& path, QWidget* parent,
                        std::function<void(const ImportOutcome&)> done);

} // namespace ocopos::ui
