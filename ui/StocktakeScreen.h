#pragma once

#include "ScreenRegistry.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableView;

namespace ocopos::ui {

class CountEntryModel;
class ScanBox;

/// Stock count: every lot on the book with what is expected; the manager scans
/// items (each scan counts one) or types counted quantities, sees the variance,
/// and books the count through StocktakeService. Lots not counted are left alone.
/// Counting by product instead, a row is a product's lots together; its count is
/// spread over them by the service (shrinkage off the lots that sell last).
class StocktakeScreen : public QWidget {
    Q_OBJECT
public:
    explicit StocktakeScreen(const ScreenEnv& env, QWidget* parent = nullptr);

    void reload();
    bool commit();

    ScanBox* scanBox() const { return m_scan; }
    QTableView* table() const { return m_table; }
    CountEntryModel* model() const { return m_model; }
    QPushButton* commitButton() const { return m_commit; }
    QLabel* message() const { return m_message; }
    QRadioButton* byLotButton() const { return m_byLot; }
    QRadioButton* byProductButton() const { return m_byProduct; }

private:
    void scanned(const QString& code);
    void say(const QString& text, const char* tone);
    /// The mode can change only before anything is counted: a switch starts over.
    void updateModeButtons();

    ScreenEnv m_env;
    ScanBox* m_scan;
    QLineEdit* m_note;
    QRadioButton* m_byLot;
    QRadioButton* m_byProduct;
    CountEntryModel* m_model;
    QTableView* m_table;
    QLabel* m_message;
    QPushButton* m_commit;
};

} // namespace ocopos::ui
