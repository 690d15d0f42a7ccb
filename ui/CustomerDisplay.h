#pragma once

#include "services/SaleTypes.h"
#include "services/Session.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace ocopos::services {
class CartSession;
}

namespace ocopos::ui {

class CartModel;

/// The customer's screen: the lines being rung up, the total, the VietQR to
/// scan while paying by bank transfer, and a thank-you with the change. A
/// top-level window meant for a second monitor (see showOnSecondScreen()).
class CustomerDisplay : public QWidget {
    Q_OBJECT
public:
    explicit CustomerDisplay(services::Context ctx, QWidget* parent = nullptr);

    /// Follows this cart (the cashier screen's); null detaches.
    void attach(CartModel* model, const services::CartSession* cart);
    /// Detaches if it follows `cart` (a cashier screen going away after another took over).
    void detach(const services::CartSession* cart);
    /// The cart changed: show its total.
    void cartChanged();
    void showQr(const QString& payload, core::Money amount);
    void hideQr();
    void showThanks(const services::SaleResult& sale);
    /// Full screen on the second monitor when there is one; a window otherwise.
    void showOnSecondScreen();

    QLabel* totalLabel() const { return m_total; }
    QLabel* qrLabel() const { return m_qr; }
    QLabel* banner() const { return m_banner; }

private:
    QString m_storeName;
    const services::CartSession* m_cart = nullptr;
    QTableView* m_table;
    QLabel* m_banner;
    QLabel* m_total;
    QWidget* m_qrPanel;
    QLabel* m_qr;
    QLabel* m_qrAmount;
};

} // namespace ocopos::ui
