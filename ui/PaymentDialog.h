#pragma once

#include "services/CartSession.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace ocopos::ui {

class CustomerDisplay;
class PaymentListModel;
class ReceiptPrinter;

/// Takes the payment for the cart: cash with quick-cash buttons and the change,
/// card with its slip reference, bank transfer by VietQR confirmed by the
/// cashier, or any split of these. Paid, remaining and change come from
/// CartSession::tally (core::settlePayments). "Complete sale" calls `commit`;
/// on success the dialog shows the receipt number, the total and the change.
class PaymentDialog : public QDialog {
    Q_OBJECT
public:
    using Commit = std::function<services::SaleResult(const std::vector<core::Payment>&)>;
    enum class Page { Cash, Card, Bank };

    PaymentDialog(services::CartSession& cart, Commit commit, ReceiptPrinter& printer, CustomerDisplay* display,
                  QWidget* parent = nullptr);
    ~PaymentDialog() override;

    void showPage(Page page);
    /// The committed sale, once completed.
    const std::optional<services::SaleResult>& result() const { return m_result; }
    const std::vector<core::Payment>& payments() const;

    // For tests and the screenshots.
    QLineEdit* cashField() const { return m_cashAmount; }
    QPushButton* quickCashButton(int index) const;  ///< 0 exact, 1 50k, 2 100k, 3 200k, 4 500k
    QLineEdit* cardAmountField() const { return m_cardAmount; }
    QLineEdit* cardReferenceField() const { return m_cardRef; }
    QPushButton* addCardButton() const { return m_addCard; }
    QLineEdit* bankAmountField() const { return m_bankAmount; }
    QPushButton* bankConfirmButton() const { return m_bankConfirm; }
    QLabel* qrLabel() const { return m_qr; }
    QString qrPayload() const { return m_qrPayload; }
    QPushButton* completeButton() const { return m_complete; }
    QLabel* changeLabel() const { return m_change; }
    QLabel* remainingLabel() const { return m_remaining; }
    QLabel* message() const { return m_message; }
    QLabel* doneChangeLabel() const { return m_doneChange; }
    QLabel* doneReceiptLabel() const { return m_doneReceipt; }
    /// "Company invoice": shows the buyer's fields (name, tax_code, address,
    /// id_number, phone, email — the names buyerField takes).
    QPushButton* companyInvoiceButton() const { return m_companyInvoice; }
    QLineEdit* buyerField(const QString& name) const;

Q_SIGNALS:
    void saleCompleted(const services::SaleResult& sale);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void done(int r) override;

private:
    QWidget* buildCashPage();
    QWidget* buildCardPage();
    QWidget* buildBankPage();
    QWidget* buildDonePage();
    /// False (and the reason shown) when the payment can't be taken.
    bool addPayment(core::PaymentMethod method, core::Money amount, const QString& reference = QString());
    void addCashFromField();
    void addQuickCash(int index);
    void addCard();
    void confirmBank();
    void refreshQr();
    void refreshTally();
    QWidget* buildBuyerBox(QWidget* parent);
    /// Hands the buyer's details to the cart; false (the field named and
    /// focused) when they are not valid.
    bool applyBuyer();
    void complete();
    void showError(const QString& text);

    services::CartSession& m_cart;
    Commit m_commit;
    ReceiptPrinter& m_printer;
    CustomerDisplay* m_display;
    PaymentListModel* m_payments;
    services::PaymentTally m_tally;
    std::optional<services::SaleResult> m_result;
    QString m_qrPayload;

    QStackedWidget* m_pages;   ///< payment entry / done
    QStackedWidget* m_methods; ///< cash / card / bank
    QPushButton* m_methodButtons[3] = {};
    QLineEdit* m_cashAmount = nullptr;
    std::vector<QPushButton*> m_quick;
    QLineEdit* m_cardAmount = nullptr;
    QLineEdit* m_cardRef = nullptr;
    QPushButton* m_addCard = nullptr;
    QLineEdit* m_bankAmount = nullptr;
    QLabel* m_qr = nullptr;
    QLabel* m_qrCaption = nullptr;
    QPushButton* m_bankConfirm = nullptr;
    QTableView* m_paymentView = nullptr;
    QLabel* m_paid = nullptr;
    QLabel* m_remaining = nullptr;
    QLabel* m_change = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_complete = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_doneReceipt = nullptr;
    QLabel* m_doneTotal = nullptr;
    QLabel* m_doneChange = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_newSale = nullptr;
    QPushButton* m_companyInvoice = nullptr;
    QWidget* m_buyerBox = nullptr;
    std::vector<std::pair<QString, QLineEdit*>> m_buyerFields;
};

} // namespace ocopos::ui
