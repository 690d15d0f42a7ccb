#pragma once

#include "ScreenRegistry.h"
#include "core/Quantity.h"

#include <QWidget>
#include <map>
#include <set>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QTreeView;

namespace ocopos::ui {

class MovementHistoryDialog;
class ProducerTreeModel;
class StockTableModel;

/// The manager's inventory: products with their stock, filtered (low stock,
/// expiring lots, certificate expiring, producer, category, text), the product
/// editor, CSV import, shelf labels; and the producers as a tree
/// (cooperative → member households) with their details.
class InventoryScreen : public QWidget {
    Q_OBJECT
public:
    explicit InventoryScreen(const ScreenEnv& env, QWidget* parent = nullptr);

    /// Shows the products for the search and filters (stock and alerts as last read).
    void refresh();
    /// Reads stock on hand and alerts again (on show, after an edit or an import),
    /// then refresh(). Typing a search does not: it only asks for the products.
    void reloadStock();
    /// Imports a products CSV file (the Import button asks for the file, then calls
    /// this) on a worker thread, with a progress dialog; importFinished() follows.
    void importFile(const QString& path);
    /// Opens the editor on a product (SKU); a new product when empty. True when saved.
    bool editProduct(const QString& sku);
    /// Opens the stock movements of a product (SKU) in a window of its own (the
    /// History button does it for the selected row). Null for an empty SKU.
    MovementHistoryDialog* showHistory(const QString& sku);

    QLineEdit* searchField() const { return m_search; }
    QCheckBox* lowFilter() const { return m_low; }
    QCheckBox* expiringFilter() const { return m_expiring; }
    QCheckBox* certificateFilter() const { return m_certificate; }
    QComboBox* producerFilter() const { return m_producer; }
    QComboBox* categoryFilter() const { return m_category; }
    QTableView* table() const { return m_table; }
    StockTableModel* model() const { return m_model; }
    ProducerTreeModel* producerModel() const { return m_producers; }
    QTreeView* producerTree() const { return m_tree; }
    QLabel* status() const { return m_status; }

Q_SIGNALS:
    /// An import started by importFile() ended; `imported` when the file was taken.
    void importFinished(bool imported);

protected:
    /// Coming back from a goods receipt or a count shows the new stock.
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildProducts();
    QWidget* buildProducers();
    void loadChoices();
    void showProducer();
    void printLabels();
    void chooseImportFile();

    ScreenEnv m_env;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_low = nullptr;
    QCheckBox* m_expiring = nullptr;
    QCheckBox* m_certificate = nullptr;
    QComboBox* m_producer = nullptr;
    QComboBox* m_category = nullptr;
    QTableView* m_table = nullptr;
    StockTableModel* m_model = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_labels = nullptr;
    QTimer* m_timer = nullptr;
    QTreeView* m_tree = nullptr;
    ProducerTreeModel* m_producers = nullptr;
    QLabel* m_producerDetails = nullptr;
    struct StockMark {
        core::Quantity onHand;
        bool low = false;
    };
    std::map<QString, StockMark> m_stock; ///< by SKU
    std::set<QString> m_expiringSkus; ///< SKUs with a lot expiring soon or expired
    std::set<QString> m_certificateSkus; ///< SKUs whose certificate expires soon or expired
};

} // namespace ocopos::ui
