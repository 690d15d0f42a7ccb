#pragma once

#include "ScreenRegistry.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ocopos::ui {

class CountEntryModel;
class ScanBox;

/// Stock count: every lot on the book with what is expected; the manager scans
/// items (each scan counts one) or types counted quantities, sees the variance,
/// and books the count through StocktakeService. Lots not counted are left alone.
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

private:
    void scanned(const QString& code);
    void say(const QString& text, const char* tone);

    ScreenEnv m_env;
    ScanBox* m_scan;
    QLineEdit* m_note;
    CountEntryModel* m_model;
    QTableView* m_table;
    QLabel* m_message;
    QPushButton* m_commit;
};

} // namespace ocopos::ui
