#pragma once

#include "ScreenRegistry.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace ocopos::ui {

class ProductTableModel;

/// The product catalogue with search as you type (Vietnamese without accents).
/// A cooperative user sees only its own products: CatalogLookup scopes the list.
class ProductsScreen : public QWidget {
    Q_OBJECT
public:
    explicit ProductsScreen(const ScreenEnv& env, QWidget* parent = nullptr);
    void refresh();

    QLineEdit* searchField() const { return m_search; }
    ProductTableModel* model() const { return m_model; }

private:
    ScreenEnv m_env;
    QLineEdit* m_search;
    QTableView* m_table;
    ProductTableModel* m_model;
    QLabel* m_count;
    QTimer* m_timer;
};

} // namespace ocopos::ui
