#pragma once

#include "services/Session.h"

#include <QMainWindow>

class QLineEdit;
class QTableView;

namespace ocopos::ui {

class ProductTableModel;

/// The product catalogue with search as you type (Vietnamese without accents).
class CatalogWindow : public QMainWindow {
    Q_OBJECT
public:
    CatalogWindow(services::Context ctx, services::Session session, QWidget* parent = nullptr);

private:
    void refresh();

    services::Context m_ctx;
    services::Session m_session;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    ProductTableModel* m_model = nullptr;
};

} // namespace ocopos::ui
