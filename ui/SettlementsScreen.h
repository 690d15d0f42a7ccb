#pragma once

#include "ScreenRegistry.h"
#include "services/SettlementService.h"

#include <QWidget>

#include <exception>
#include <map>
#include <optional>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ocopos::ui {

class SettlementListModel;
class StatementHouseholdsModel;
class StatementLinesModel;

/// Settlement with an owner: pick the producer and the period, preview the
/// statement (lines, member households, consignment and purchased totals,
/// commission, payout and its VietQR), finalize it (manager) and print it;
/// finalized statements are listed to reopen. A cooperative user gets only
/// itself in the picker: SettlementService enforces the same.
class SettlementsScreen : public QWidget {
    Q_OBJECT
public:
    explicit SettlementsScreen(const ScreenEnv& env, QWidget* parent = nullptr);

    /// Computes (or, for a finalized period, loads) the statement chosen above.
    void showStatement();
    /// Reopens a finalized statement as it was frozen.
    void openSettlement(qint64 id);
    /// Asks to confirm, then finalizes the statement shown on a worker thread (a
    /// busy bar shows, the buttons wait) until finalizeFinished().
    void finalize();
    void reloadList();

    const std::optional<services::Statement>& statement() const { return m_statement; }
    QComboBox* producerBox() const { return m_producer; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QPushButton* showButton() const { return m_show; }
    QPushButton* finalizeButton() const { return m_finalize; }
    QPushButton* printButton() const { return m_print; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* qrLabel() const { return m_qr; }
    QLabel* qrCaption() const { return m_qrCaption; }
    /// A figure of the preview's totals by key: consignment_net, consignment_commission,
    /// consignment_payout, purchased_net, total_net, total_returns, payout.
    QString figure(const QString& key) const;
    StatementLinesModel* linesModel() const { return m_lines; }
    StatementHouseholdsModel* householdsModel() const { return m_households; }
    SettlementListModel* listModel() const { return m_list; }
    QTableView* listView() const { return m_listView; }
    QProgressBar* finalizeBusy() const { return m_finalizeBusy; }

Q_SIGNALS:
    /// A finalization started by finalize() ended (the message says how).
    void finalizeFinished();

private:
    void present(services::Statement st);
    void doFinalize();
    /// Back on the GUI thread: shows the finalized statement, or why not.
    void finalizeDone(const std::exception_ptr& error, std::optional<services::Statement> st);
    void say(const QString& tone, const QString& text);
    void addFigure(const QString& key, const QString& caption, bool strong = false);

    ScreenEnv m_env;
    QComboBox* m_producer;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_show;
    QLabel* m_header;
    QLabel* m_status;
    StatementLinesModel* m_lines;
    StatementHouseholdsModel* m_households;
    QTableView* m_linesView;
    QTableView* m_householdsView;
    QGridLayout* m_totals;
    std::map<QString, QLabel*> m_figures;
    QLabel* m_payoutBig;
    QLabel* m_qr;
    QLabel* m_qrCaption;
    QLabel* m_message;
    QPushButton* m_finalize;
    QPushButton* m_print;
    QProgressBar* m_finalizeBusy;
    SettlementListModel* m_list;
    QTableView* m_listView;
    std::optional<services::Statement> m_statement;
};

} // namespace ocopos::ui
