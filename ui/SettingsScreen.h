#pragma once

#include "ScreenRegistry.h"

#include <QWidget>

#include <functional>
#include <map>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ocopos::ui {

class PrinterSection;

/// The admin's store settings (store details, bank account with a test VietQR,
/// till, thresholds, receipt, language) and "back up now". SettingsService
/// validates every value; BackupService makes the copy.
class SettingsScreen : public QWidget {
    Q_OBJECT
public:
    explicit SettingsScreen(const ScreenEnv& env, QWidget* parent = nullptr);

    /// Shows the stored values again, dropping unsaved edits.
    void reload();
    /// Saves every changed value; reports the ones refused.
    void save();
    /// The VietQR for 10.000 ₫ to the account typed in the form.
    void showTestQr();
    /// Copies the database (VACUUM INTO) on a worker thread; a busy bar shows and
    /// the button is disabled until backupFinished().
    void backupNow();
    void setFileChooser(std::function<QString(const QString& suggested)> chooser) { m_chooseFile = std::move(chooser); }

    /// The editor of a settings key (QLineEdit or QComboBox), null for none.
    QWidget* editor(const QString& key) const;
    QPushButton* saveButton() const { return m_save; }
    QPushButton* testQrButton() const { return m_testQr; }
    QPushButton* backupButton() const { return m_backup; }
    QProgressBar* backupBusy() const { return m_backupBusy; }

Q_SIGNALS:
    /// A backup started by backupNow() ended (the message says how).
    void backupFinished();

public:
    QLabel* qrLabel() const { return m_qr; }
    /// "Receipt printer": this till's thermal printer.
    PrinterSection* printerSection() const { return m_printer; }
    QLabel* messageLabel() const { return m_message; }

private:
    QString value(const QString& key) const;
    void setValue(const QString& key, const QString& v);
    void say(const QString& tone, const QString& text);

    ScreenEnv m_env;
    std::map<QString, QWidget*> m_editors;
    std::map<QString, QString> m_stored;
    QPushButton* m_save;
    QPushButton* m_testQr;
    QPushButton* m_backup;
    QProgressBar* m_backupBusy;
    QLabel* m_qr;
    QLabel* m_qrCaption;
    QLabel* m_message;
    PrinterSection* m_printer = nullptr;
    std::function<QString(const QString&)> m_chooseFile;
};

} // namespace ocopos::ui
