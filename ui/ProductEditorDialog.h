#pragma once

#include "ScreenRegistry.h"
#include "core/Catalog.h"

#include <QDialog>
#include <map>
#include <string>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ocopos::ui {

/// Adds or edits one product: name, unit, category, barcodes, price, VAT (now,
/// or a change scheduled for a day), OCOP stars and certificate, owner. Saves
/// through ProductEditService; the service's problems are shown in the dialog, on
/// the fields they name, and the dialog stays open. A field emptied in the form
/// is cleared in the catalogue, and a barcode removed from the list is removed.
class ProductEditorDialog : public QDialog {
    Q_OBJECT
public:
    /// `sku` empty: a new product.
    ProductEditorDialog(const ScreenEnv& env, const QString& sku, QWidget* parent = nullptr);

    /// Saves; true (and accepts) when the service took it.
    bool save();
    /// Schedules the price/VAT change in the "scheduled change" fields.
    bool scheduleChange();

    QLineEdit* field(const QString& name) const;
    QLabel* errorLabel() const { return m_error; }
    QListWidget* barcodeList() const { return m_barcodes; }
    const core::Product& product() const { return m_product; }

private:
    void load();
    void loadSchedule();
    void addBarcode();
    void showProblems(const std::exception& e);
    void clearMarks();
    QLineEdit* line(const char* name);

    ScreenEnv m_env;
    core::Product m_product;
    bool m_new;
    std::map<std::string, QWidget*> m_fields; ///< service field name -> widget
    std::map<std::string, QString> m_labels; ///< service field name -> the form's label
    QComboBox* m_soldBy;
    QComboBox* m_vat;
    QComboBox* m_supply;
    QComboBox* m_owner;
    QComboBox* m_stars;
    QComboBox* m_category;
    QListWidget* m_barcodes;
    QLineEdit* m_newBarcode;
    QDateEdit* m_changeDate;
    QLineEdit* m_changePrice;
    QComboBox* m_changeVat;
    QLabel* m_schedule;
    QLabel* m_error;
};

} // namespace ocopos::ui
