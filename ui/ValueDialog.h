#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ocopos::ui {

/// A small dialog asking for one value (quantity, weight, discount, a note).
/// OK hands the text to `apply`; if that throws, the message shows in the
/// dialog and it stays open, so a mistake is corrected in place.
class ValueDialog : public QDialog {
    Q_OBJECT
public:
    using Apply = std::function<void(const QString& text)>;

    ValueDialog(const QString& title, const QString& prompt, const QString& hint, const QString& initial, Apply apply,
                QWidget* parent = nullptr);

    QLineEdit* field() const { return m_field; }
    QLabel* message() const { return m_message; }
    QPushButton* okButton() const { return m_ok; }

private:
    void tryApply();

    Apply m_apply;
    QLineEdit* m_field;
    QLabel* m_message;
    QPushButton* m_ok;
};

} // namespace ocopos::ui
