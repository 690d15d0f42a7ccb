#pragma once

#include <QMessageBox>

class QPushButton;

namespace ocopos::ui {

/// "The receipt was not printed": why, in the cashier's words, with Retry and
/// Print later. The sale is already recorded; Print later leaves the document in
/// the queue of unprinted receipts (receipts screen).
class PrintFailureDialog : public QMessageBox {
    Q_OBJECT
public:
    enum class Choice { Retry, Later };

    /// `document`: "Receipt Q01-000017"; `why`: the error's text (errorText).
    PrintFailureDialog(const QString& document, const QString& why, QWidget* parent = nullptr);

    QPushButton* retryButton() const { return m_retry; }
    QPushButton* laterButton() const { return m_later; }
    Choice choice() const;

    /// "Receipt Q01-000017", "Return slip 12"…: a print job's document, by its kind
    /// (receipt, return, void, z_report, x_report; anything else is "Print job REF")
    /// and reference.
    static QString documentName(const QString& kind, const QString& ref);

    /// Shows the dialog modally and returns what was chosen (closing it is "later").
    static Choice ask(QWidget* parent, const QString& document, const QString& why);

private:
    QPushButton* m_retry;
    QPushButton* m_later;
};

} // namespace ocopos::ui
