#pragma once

#include "ScreenRegistry.h"
#include "services/ShiftService.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace ocopos::ui {

class CashCountModel;
class ShiftReportView;

/// Opening the till's shift with a counted float, the X report while it runs,
/// and closing it with the cash counted by denomination, which shows the Z report.
class ShiftScreen : public QWidget {
    Q_OBJECT
public:
    explicit ShiftScreen(const ScreenEnv& env, QWidget* parent = nullptr);

    /// Shows the state of the till's shift again.
    void reload();
    void openShift();
    /// Asks to confirm, then closes with the counted cash.
    void closeShift();

    CashCountModel* floatModel() const { return m_floatModel; }
    CashCountModel* closeModel() const { return m_closeModel; }
    QTableView* closeTable() const { return m_closeTable; }
    QTableView* floatTable() const { return m_floatTable; }
    QPushButton* openButton() const { return m_openButton; }
    QPushButton* closeButton() const { return m_closeButton; }
    ShiftReportView* reportView() const { return m_report; }
    QLabel* messageLabel() const { return m_message; }
    /// The Z report of the shift closed on this screen.
    const std::optional<services::ShiftReport>& zReport() const { return m_z; }

Q_SIGNALS:
    void shiftOpened();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QTableView* countTable(CashCountModel* model);
    void doClose();
    void say(const QString& tone, const QString& text);

    ScreenEnv m_env;
    QLabel* m_status;
    QLabel* m_message;
    QStackedWidget* m_pages;
    CashCountModel* m_floatModel;
    CashCountModel* m_closeModel;
    QTableView* m_floatTable = nullptr;
    QTableView* m_closeTable = nullptr;
    QLabel* m_floatTotal = nullptr;
    QLabel* m_countedTotal = nullptr;
    QLabel* m_expected = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_nextShift = nullptr;
    ShiftReportView* m_report;
    std::optional<services::ShiftReport> m_shown;
    std::optional<services::ShiftReport> m_z;
};

} // namespace ocopos::ui
