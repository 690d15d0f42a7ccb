#pragma once

#include "ScreenRegistry.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ocopos::ui {

/// "Receipt printer" of the settings screen: this till's thermal printer (its
/// address — tcp://HOST:PORT, file:/dev/usb/lp0 or cups:QUEUE —, paper width,
/// print after every sale, open the drawer on cash), saved on its own with
/// services::PrinterService, and "Print test page" on the address as typed.
class PrinterSection : public QGroupBox {
    Q_OBJECT
public:
    explicit PrinterSection(const ScreenEnv& env, QWidget* parent = nullptr);

    /// Shows what is stored for this till.
    void reload();
    /// Saves the printer (or removes it when the address is emptied).
    void save();
    /// Sends the test page to the address typed; the message says how it went.
    void printTestPage();

    QLineEdit* uriField() const { return m_uri; }
    QComboBox* widthBox() const { return m_width; }
    QCheckBox* autoPrintBox() const { return m_autoPrint; }
    QCheckBox* kickBox() const { return m_kick; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* testButton() const { return m_test; }
    QLabel* messageLabel() const { return m_message; }

private:
    void say(const QString& tone, const QString& text);

    ScreenEnv m_env;
    QLineEdit* m_uri;
    QComboBox* m_width;
    QCheckBox* m_autoPrint;
    QCheckBox* m_kick;
    QPushButton* m_save;
    QPushButton* m_test;
    QLabel* m_message;
};

} // namespace ocopos::ui
