#pragma once

#include "ScreenRegistry.h"

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QThread;

namespace ocopos::ui {

class SalesChart;
class SalesReportModel;
class StockReportModel;

/// Sales over a date range grouped one way (table with totals and a bar chart),
/// best sellers, and stock with its value; export to CSV and print as PDF.
/// A cooperative user gets its own figures only: ReportService scopes them.
///
/// A report over a big store takes time, so it is computed on a worker thread
/// with a database connection of its own (Qt Sql connections stay in the
/// thread that opened them); the screen shows a busy bar, keeps the Show button
/// disabled, stays responsive, and takes the figures back on the GUI thread.
class ReportsScreen : public QWidget {
    Q_OBJECT
public:
    enum Tab { SalesTab, BestSellersTab, StockTab };

    explicit ReportsScreen(const ScreenEnv& env, QWidget* parent = nullptr);
    /// Waits for a report still being computed (its thread uses this screen's data).
    ~ReportsScreen() override;

    /// Recomputes every tab for the dates and grouping chosen, in the background;
    /// reportReady() follows. Asked again while running, it runs once more at the
    /// end with the latest choices (only that result is shown).
    void refresh();
    /// A report is being computed.
    bool isRunning() const { return m_worker != nullptr; }
    /// Asks where to save a file (a QFileDialog unless tests replace it); an
    /// empty answer cancels.
    void setFileChooser(std::function<QString(const QString& suggested)> chooser) { m_chooseFile = std::move(chooser); }

    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* groupingBox() const { return m_grouping; }
    QTabWidget* tabs() const { return m_tabs; }
    SalesReportModel* salesModel() const { return m_salesModel; }
    SalesReportModel* bestSellersModel() const { return m_bestModel; }
    StockReportModel* stockModel() const { return m_stockModel; }
    SalesChart* chart() const { return m_chart; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* printButton() const { return m_print; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* showButton() const { return m_show; }
    QProgressBar* busyIndicator() const { return m_busy; }

Q_SIGNALS:
    /// The figures asked for by refresh() are on screen (or its error is).
    void reportReady();

private:
    struct Figures;
    void start();
    void present(Figures& figures);
    void exportCsv();
    void say(const QString& tone, const QString& text);
    QTableView* makeTable(QAbstractItemModel* model);

    ScreenEnv m_env;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_grouping;
    QTabWidget* m_tabs;
    QLabel* m_summary;
    SalesReportModel* m_salesModel;
    SalesReportModel* m_bestModel;
    StockReportModel* m_stockModel;
    QTableView* m_salesTable = nullptr;
    QTableView* m_bestTable = nullptr;
    QTableView* m_stockTable = nullptr;
    SalesChart* m_chart;
    QLabel* m_stockSummary;
    QLabel* m_message;
    QPushButton* m_export;
    QPushButton* m_print;
    QPushButton* m_show;
    QProgressBar* m_busy;
    QThread* m_worker = nullptr;
    bool m_rerun = false;
    std::function<QString(const QString&)> m_chooseFile;
};

} // namespace ocopos::ui
