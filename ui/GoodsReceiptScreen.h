#pragma once

#include "ScreenRegistry.h"
#include "core/Catalog.h"
#include "services/GoodsReceiptService.h"

#include <QWidget>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ocopos::ui {

class ReceiptEntryModel;
class ScanBox;

/// Goods receipt entry: the supplier, then products scanned (a scanner's fast
/// keystrokes ending in Enter) or searched into lines; quantity, lot code,
/// dates and unit cost typed in the table; committed through GoodsReceiptService,
/// whose problems come back on their lines. "Made by" offers the line's owner and
/// its member households (a code can still be typed). After commit the receiving
/// note can be printed.
class GoodsReceiptScreen : public QWidget {
    Q_OBJECT
public:
    explicit GoodsReceiptScreen(const ScreenEnv& env, QWidget* parent = nullptr);

    /// Commits the lines; true when received.
    bool commit();
    void printNote();

    ScanBox* scanBox() const { return m_scan; }
    QComboBox* supplier() const { return m_supplier; }
    QTableView* table() const { return m_table; }
    ReceiptEntryModel* model() const { return m_model; }
    QPushButton* commitButton() const { return m_commit; }
    QPushButton* printButton() const { return m_print; }
    QLabel* message() const { return m_message; }
    const std::optional<services::GoodsReceipt>& lastReceipt() const { return m_last; }

private:
    void addCode(const QString& code);
    void addProduct(const core::Product& product);
    void say(const QString& text, const char* tone);
    void updateButtons();

    ScreenEnv m_env;
    QComboBox* m_supplier;
    QLineEdit* m_note;
    ScanBox* m_scan;
    ReceiptEntryModel* m_model;
    QTableView* m_table;
    QLabel* m_message;
    QPushButton* m_remove;
    QPushButton* m_commit;
    QPushButton* m_print;
    std::optional<services::GoodsReceipt> m_last;
    std::vector<core::Producer> m_producers; ///< for the "Made by" choices: an owner and its households
};

} // namespace ocopos::ui
