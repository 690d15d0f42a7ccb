#pragma once

#include <QWidget>

class QLineEdit;

namespace ocopos::ui {

/// A touch keypad of big digit buttons that types into a line edit (which keeps
/// the keyboard focus, so a keyboard works as well). Buttons are named
/// "pin_0" … "pin_9", "pin_back", "pin_clear".
class PinPad : public QWidget {
    Q_OBJECT
public:
    explicit PinPad(QLineEdit* target, QWidget* parent = nullptr);

private:
    QLineEdit* m_target;
};

} // namespace ocopos::ui
