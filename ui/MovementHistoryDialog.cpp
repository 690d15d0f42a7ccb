#include "MovementHistoryDialog.h"

#include "Format.h"
#include "MovementHistoryModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ocopos::ui {

MovementHistoryDialog::MovementHistoryDialog(const ScreenEnv& env, const QString& sku, QWidget* parent)
    : QDialog(parent), m_model(new MovementHistoryModel(this)), m_table(new QTableView(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("movementHistory"));
    setWindowTitle(tr("Stock movements of %1").arg(sku));
    resize(900, 520);
    auto* layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("movementSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table->setObjectName(QStringLiteral("movementTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MovementHistoryModel::Reference, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    try {
        auto history = services::ReportService(env.ctx).movements(env.session, sku);
        const QString name = history.name;
        const QString now = history.entries.empty() ? quantity(core::Quantity(), history.unit)
                                                    : quantity(history.entries.back().balance, history.unit);
        const int count = static_cast<int>(history.entries.size());
        setWindowTitle(tr("Stock movements of %1").arg(name));
        m_summary->setText(tr("<b>%1</b> (%2) · %n movement(s) · on hand now <b>%3</b>", nullptr, count).arg(name.toHtmlEscaped(), sku.toHtmlEscaped(), now));
        m_model->setHistory(std::move(history));
        m_table->scrollToBottom();  // the latest movements first in view
    } catch (const std::exception& e) {
        m_summary->setProperty("tone", QStringLiteral("error"));
        m_summary->setText(errorText(e));
    }
}

} // namespace ocopos::ui
