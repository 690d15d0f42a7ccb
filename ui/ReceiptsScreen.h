#pragma once

#include "ScreenRegistry.h"
#include "services/ReturnService.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace ocopos::ui {

class ReceiptLinesModel;

/// A manager finds a receipt by its number, then returns some of its lines
/// (refunded in cash, back to their lots or written off as damaged), voids the
/// whole sale (same shift only) or reprints it.
class ReceiptsScreen : public QWidget {
    Q_OBJECT
public:
    explicit ReceiptsScreen(const ScreenEnv& env, QWidget* parent = nullptr);

    void find();
    /// Asks to confirm, then returns the quantities typed in the Return column.
    void returnMarked();
    /// Asks to confirm, then voids the sale.
    void voidSale();
    /// Shows the till's documents not printed yet (hidden when the till has no printer and none waits).
    void refreshUnprinted();
    /// Prints the selected unprinted document (a failure offers Retry / Print later).
    void printSelected();
    /// Asks the reason, then opens the cash drawer (cashier or above; audit log).
    void openDrawer();

    QLineEdit* receiptField() const { return m_receipt; }
    QTableView* linesView() const { return m_lines; }
    ReceiptLinesModel* linesModel() const { return m_model; }
    QCheckBox* damagedBox() const { return m_damaged; }
    QPushButton* returnButton() const { return m_returnButton; }
    QPushButton* voidButton() const { return m_voidButton; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* summaryLabel() const { return m_summary; }
    QListWidget* unprintedList() const { return m_unprinted; }
    QPushButton* printQueuedButton() const { return m_printQueued; }
    QPushButton* openDrawerButton() const { return m_openDrawer; }
    const std::optional<services::ReturnResult>& lastReturn() const { return m_lastReturn; }

private:
    void load(const QString& receiptNo);
    void say(const QString& tone, const QString& text);
    void confirm(const QString& title, const QString& text, const QString& yesText, std::function<void()> then);

    ScreenEnv m_env;
    QLineEdit* m_receipt;
    QLabel* m_summary;
    QTableView* m_lines;
    ReceiptLinesModel* m_model;
    QCheckBox* m_damaged;
    QLineEdit* m_reason;
    QPushButton* m_returnButton;
    QPushButton* m_voidButton;
    QPushButton* m_reprintButton;
    QLabel* m_message;
    QWidget* m_unprintedBox = nullptr;
    QListWidget* m_unprinted = nullptr;
    QPushButton* m_printQueued = nullptr;
    QPushButton* m_openDrawer = nullptr;
    std::optional<services::ReturnResult> m_lastReturn;
};

} // namespace ocopos::ui
