#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ocopos::ui {

/// Asks for a new PIN, typed twice: 4–8 digits and not the initial 000000. Shown
/// at the first login of the admin that `init` made, before any screen.
class ChangePinDialog : public QDialog {
    Q_OBJECT
public:
    explicit ChangePinDialog(const QString& displayName, QWidget* parent = nullptr);

    QString newPin() const;
    QLineEdit* pinField() const { return m_pin; }
    QLineEdit* confirmField() const { return m_confirm; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* okButton() const { return m_ok; }

    /// Accepts when the two PINs are a valid new PIN; else says why.
    void accept() override;

private:
    QLineEdit* m_pin;
    QLineEdit* m_confirm;
    QLabel* m_message;
    QPushButton* m_ok;
};

} // namespace ocopos::ui
