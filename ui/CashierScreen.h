#pragma once

#include "ScreenRegistry.h"
#include "services/CartSession.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace ocopos::ui {

class CartModel;
class ScanBox;

/// The cashier's screen: the scan box (always focused), the cart, the total and
/// the function keys — F2 quantity/weight, F3 line discount, F4 sale discount,
/// Del remove line, F6 park, F7 resume, F8 cancel the sale, F12 (or Enter on an
/// empty box) pay. A view over a CartSession: every figure comes from the sale
/// engine's preview.
class CashierScreen : public QWidget {
    Q_OBJECT
public:
    explicit CashierScreen(const ScreenEnv& env, QWidget* parent = nullptr);
    ~CashierScreen() override;

    services::CartSession& cart() { return m_cart; }
    CartModel* cartModel() const { return m_model; }
    ScanBox* scanBox() const { return m_scan; }
    QTableView* cartView() const { return m_table; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* totalLabel() const { return m_total; }
    /// The row F2/F3/Del act on (-1 when the cart is empty).
    int currentRow() const;
    void selectRow(int row);
    /// The most recent sale completed on this screen.
    const std::optional<services::SaleResult>& lastSale() const { return m_lastSale; }

    void enterCode(const QString& text);
    void pickProduct(const core::Product& product);
    void editQuantity();
    void editLineDiscount();
    void editSaleDiscount();
    void removeLine();
    void park();
    void resumeParked();
    void cancelSale();
    void pay();

Q_SIGNALS:
    /// Selling needs an open shift: the main window shows the shift screen.
    void shiftRequested();
    void saleCompleted(const services::SaleResult& sale);

protected:
    void showEvent(QShowEvent* event) override;

private:
    enum class Tone { Info, Ok, Warning, Error };
    void say(Tone tone, const QString& text);
    void refresh(int selectRow = -1);
    void afterChange(int row, const QString& okText);
    void askWeight(const QString& code, const QString& name);
    /// Opens the manager's approval when the cart needs one; `then` runs once
    /// approved (or at once when nothing needs approving), `cancelled` otherwise.
    void withApproval(std::function<void()> then, std::function<void()> cancelled = {});
    QStringList approvalReasons();
    void openPayment();
    void updateStatus();
    void refocus();
    void functionKey(int key);
    QPushButton* keyButton(const QString& text, const QString& name, void (CashierScreen::*slot)());

    ScreenEnv m_env;
    services::CartSession m_cart;
    CartModel* m_model;
    ScanBox* m_scan;
    QLabel* m_message;
    QTableView* m_table;
    QLabel* m_lineCount;
    QLabel* m_gross;
    QLabel* m_lineDiscounts;
    QLabel* m_saleDiscount;
    QLabel* m_vat;
    QLabel* m_total;
    QLabel* m_status;
    std::optional<services::SaleResult> m_lastSale;
};

} // namespace ocopos::ui
