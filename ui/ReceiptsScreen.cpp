#include "ReceiptsScreen.h"

#include "Format.h"
#include "ReceiptLinesModel.h"
#include "PrintFailureDialog.h"
#include "ReceiptPrinter.h"
#include "Theme.h"
#include "services/SaleReader.h"
#include "services/SaleService.h"
#include "services/SettingsService.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QListWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace ocopos::ui {

ReceiptsScreen::ReceiptsScreen(const ScreenEnv& env, QWidget* parent)
    : QWidget(parent), m_env(env), m_receipt(new QLineEdit(this)), m_summary(new QLabel(this)), m_lines(new QTableView(this)),
      m_model(new ReceiptLinesModel(this)), m_damaged(new QCheckBox(tr("Damaged: write the goods off instead of putting them back on the shelf"), this)),
      m_reason(new QLineEdit(this)), m_returnButton(new QPushButton(tr("Return the quantities typed"), this)),
      m_voidButton(new QPushButton(tr("Void the whole sale"), this)), m_reprintButton(new QPushButton(tr("Print again"), this)),
      m_message(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Returns and voids"), this);
    title->setObjectName(QStringLiteral("screenTitle"));
    layout->addWidget(title);
    auto* findRow = new QHBoxLayout;
    m_receipt->setPlaceholderText(tr("Receipt number, e.g. Q01-000012, or just 12"));
    setLook(m_receipt, Look::EntryField);
    auto* findButton = new QPushButton(tr("Find"), this);
    findRow->addWidget(m_receipt, 1);
    findRow->addWidget(findButton);
    layout->addLayout(findRow);
    m_summary->setWordWrap(true);
    setLook(m_summary, Look::Text12);
    layout->addWidget(m_summary);
    m_lines->setModel(m_model);
    m_lines->verticalHeader()->hide();
    m_lines->verticalHeader()->setDefaultSectionSize(36);
    m_lines->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_lines->horizontalHeader()->setSectionResizeMode(ReceiptLinesModel::Product, QHeaderView::Stretch);
    for (int c : {ReceiptLinesModel::Line, ReceiptLinesModel::Sold, ReceiptLinesModel::Amount, ReceiptLinesModel::Return})
        m_lines->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    layout->addWidget(m_lines, 1);
    auto* hint = new QLabel(tr("Type the quantity to take back in the Return column of each line."), this);
    setLook(hint, Look::Hint);
    layout->addWidget(hint);
    layout->addWidget(m_damaged);
    m_reason->setPlaceholderText(tr("Reason (optional)"));
    layout->addWidget(m_reason);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    m_voidButton->setProperty("role", QStringLiteral("danger"));
    m_returnButton->setProperty("role", QStringLiteral("primary"));
    m_reprintButton->setVisible(m_env.printer->available());
    buttons->addWidget(m_reprintButton);
    buttons->addWidget(m_voidButton);
    buttons->addStretch();
    buttons->addWidget(m_returnButton);
    layout->addLayout(buttons);
    m_returnButton->setEnabled(false);
    m_voidButton->setEnabled(false);
    m_reprintButton->setEnabled(false);

    // The till's receipt printer: what has not printed yet, and the cash drawer.
    m_unprintedBox = new QWidget(this);
    auto* queue = new QVBoxLayout(m_unprintedBox);
    queue->setContentsMargins(0, 0, 0, 0);
    auto* queueTitle = new QLabel(tr("Not printed yet"), m_unprintedBox);
    setLook(queueTitle, Look::Text12);
    queue->addWidget(queueTitle);
    m_unprinted = new QListWidget(m_unprintedBox);
    m_unprinted->setObjectName(QStringLiteral("unprinted"));
    m_unprinted->setMaximumHeight(110);
    queue->addWidget(m_unprinted);
    auto* queueButtons = new QHBoxLayout;
    m_printQueued = new QPushButton(tr("Print selected"), m_unprintedBox);
    m_printQueued->setObjectName(QStringLiteral("printQueued"));
    m_openDrawer = new QPushButton(tr("Open drawer…"), m_unprintedBox);
    m_openDrawer->setObjectName(QStringLiteral("openDrawer"));
    queueButtons->addWidget(m_printQueued);
    queueButtons->addStretch();
    queueButtons->addWidget(m_openDrawer);
    queue->addLayout(queueButtons);
    layout->addWidget(m_unprintedBox);
    connect(m_printQueued, &QPushButton::clicked, this, &ReceiptsScreen::printSelected);
    connect(m_openDrawer, &QPushButton::clicked, this, &ReceiptsScreen::openDrawer);
    refreshUnprinted();

    connect(findButton, &QPushButton::clicked, this, &ReceiptsScreen::find);
    connect(m_receipt, &QLineEdit::returnPressed, this, &ReceiptsScreen::find);
    connect(m_returnButton, &QPushButton::clicked, this, &ReceiptsScreen::returnMarked);
    connect(m_voidButton, &QPushButton::clicked, this, &ReceiptsScreen::voidSale);
    connect(m_reprintButton, &QPushButton::clicked, this, [this] {
        if (m_model->sale())
            m_env.printer->printSale(this, *m_model->sale());
    });
}

void ReceiptsScreen::say(const QString& tone, const QString& text)
{
    m_message->setProperty("tone", tone);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
}

void ReceiptsScreen::find()
{
    QString number = m_receipt->text().trimmed().toUpper();
    static const QRegularExpression digits(QStringLiteral("^\\d{1,6}$"));
    if (digits.match(number).hasMatch())  // "12" is receipt 12 of this till
        number = QStringLiteral("%1-%2").arg(services::SettingsService(m_env.ctx).till()).arg(number.toInt(), 6, 10, QLatin1Char('0'));
    say(QString(), QString());
    load(number);
}

void ReceiptsScreen::load(const QString& receiptNo)
{
    try {
        auto sale = services::SaleReader(m_env.ctx).byReceipt(receiptNo);
        QStringList pays;
        for (const auto& p : sale.payments)
            pays << QStringLiteral("%1 %2").arg(paymentMethodName(p.method), money(p.amount));
        const bool completed = sale.status == QLatin1String("completed");
        m_summary->setText(tr("<b>%1</b> · %2 · cashier %3 · total <b>%4</b> · %5 · %6")
                               .arg(sale.receiptNo,
                                    sale.time.toTimeZone(core::Clock::storeZone()).toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                    sale.cashierName.toHtmlEscaped(), money(sale.total), pays.join(QStringLiteral(", ")),
                                    completed ? tr("completed") : tr("<span style='color:#b3261e'>VOIDED</span>")));
        m_model->setSale(std::move(sale));
        m_returnButton->setEnabled(completed);
        m_voidButton->setEnabled(completed);
        m_reprintButton->setEnabled(true);
    } catch (const std::exception& e) {
        m_model->setSale(std::nullopt);
        m_summary->clear();
        m_returnButton->setEnabled(false);
        m_voidButton->setEnabled(false);
        m_reprintButton->setEnabled(false);
        say(QStringLiteral("error"), errorText(e));
    }
}

void ReceiptsScreen::confirm(const QString& title, const QString& text, const QString& yesText, std::function<void()> then)
{
    auto* box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmBox"));
    auto* yes = box->addButton(yesText, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmYes"));
    box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, yes, then] {
        if (box->clickedButton() == yes)
            then();
    });
    box->open();
}

void ReceiptsScreen::returnMarked()
{
    if (!m_model->sale())
        return;
    // A quantity still being typed counts: moving the current cell commits its editor.
    m_lines->setCurrentIndex(m_model->index(m_lines->currentIndex().row(), ReceiptLinesModel::Product));
    const auto marked = m_model->returns();
    if (marked.empty()) {
        say(QStringLiteral("warning"), tr("Type a quantity in the Return column first."));
        return;
    }
    const QString receipt = m_model->sale()->receiptNo;
    confirm(tr("Return goods"),
            m_damaged->isChecked() ? tr("Return %n line(s) of %1 as damaged and refund the customer in cash?", nullptr,
                                        static_cast<int>(marked.size())).arg(receipt)
                                   : tr("Return %n line(s) of %1 to the shelf and refund the customer in cash?", nullptr,
                                        static_cast<int>(marked.size())).arg(receipt),
            tr("Return and refund"), [this, receipt, marked] {
                std::vector<services::ReturnLineRequest> lines;
                for (const auto& [sku, qty] : marked)
                    lines.push_back({sku, qty});
                try {
                    m_lastReturn = services::ReturnService(m_env.ctx).returnItems(m_env.session, receipt, lines, m_damaged->isChecked(),
                                                                                  m_reason->text().trimmed());
                    say(QStringLiteral("ok"), tr("Return %1 done: refund %2 in cash to the customer.")
                                                  .arg(m_lastReturn->number, money(m_lastReturn->refund)));
                    if (m_env.printer->available())
                        m_env.printer->printReturn(this, *m_lastReturn);
                    refreshUnprinted();
                    m_damaged->setChecked(false);
                    m_reason->clear();
                    load(receipt);
                } catch (const std::exception& e) {
                    say(QStringLiteral("error"), errorText(e));
                }
            });
}

void ReceiptsScreen::voidSale()
{
    if (!m_model->sale())
        return;
    const QString receipt = m_model->sale()->receiptNo;
    confirm(tr("Void the sale"),
            tr("Void %1 (%2)? The stock goes back and the receipt stays in the journal as voided.")
                .arg(receipt, money(m_model->sale()->total)),
            tr("Void the sale"), [this, receipt] {
                try {
                    const auto v = services::SaleService(m_env.ctx).voidSale(m_env.session, receipt);
                    say(QStringLiteral("ok"), tr("%1 is voided: give back %2 to the customer.").arg(v.receiptNo, money(v.total)));
                    load(receipt);
                } catch (const std::exception& e) {
                    say(QStringLiteral("error"), errorText(e));
                }
            });
}

void ReceiptsScreen::refreshUnprinted()
{
    m_unprinted->clear();
    for (const auto& j : m_env.printer->unprintedJobs()) {
        QString text = PrintFailureDialog::documentName(j.kind, j.ref);
        if (!j.lastErrorCode.isEmpty())
            text += QStringLiteral(" — ") + tr("%n attempt(s), last: %1", nullptr, j.attempts).arg(j.lastError);
        auto* item = new QListWidgetItem(text, m_unprinted);
        item->setData(Qt::UserRole, j.id);
    }
    if (m_unprinted->count() > 0)
        m_unprinted->setCurrentRow(0);
    m_printQueued->setEnabled(m_unprinted->count() > 0);
    m_unprintedBox->setVisible(m_env.printer->tillPrinter() || m_unprinted->count() > 0);
}

void ReceiptsScreen::printSelected()
{
    const auto* item = m_unprinted->currentItem();
    if (!item)
        return;
    if (m_env.printer->printJob(this, item->data(Qt::UserRole).toLongLong()))
        say(QStringLiteral("ok"), tr("Printed."));
    refreshUnprinted();
}

void ReceiptsScreen::openDrawer()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Open the cash drawer"),
                                                 tr("Why open the drawer without a sale? (kept in the audit log)"),
                                                 QLineEdit::Normal, QString(), &ok)
                               .simplified();
    if (!ok)
        return;
    if (reason.isEmpty()) {
        say(QStringLiteral("warning"), tr("The drawer opens only with a reason."));
        return;
    }
    const QString error = m_env.printer->openDrawer(m_env.session, reason);
    if (error.isEmpty())
        say(QStringLiteral("ok"), tr("Drawer opened."));
    else
        say(QStringLiteral("error"), error);
}

} // namespace ocopos::ui
