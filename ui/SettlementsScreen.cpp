#include "SettlementsScreen.h"

#include "Background.h"
#include "DateRangePicker.h"
#include "Format.h"
#include "QrImage.h"
#include "ReceiptPrinter.h"
#include "StatementModels.h"
#include "Theme.h"
#include "core/Errors.h"
#include "services/CatalogLookup.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ocopos::ui {

namespace {
QString dmy(const QDate& d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }

QTableView* table(QAbstractItemModel* model, QWidget* parent)
{
    auto* t = new QTableView(parent);
    t->setModel(model);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(26);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return t;
}

/// Tall enough for every row (the preview scrolls as a whole, like the paper).
void fitRows(QTableView* t)
{
    const int rows = t->model()->rowCount();
    t->setFixedHeight(t->horizontalHeader()->sizeHint().height() + t->verticalHeader()->defaultSectionSize() * std::max(rows, 1) + 4);
}

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    setLook(l, Look::SectionTitle);
    return l;
}
} // namespace

SettlementsScreen::SettlementsScreen(const ScreenEnv& env, QWidget* parent)
    : QWidget(parent), m_env(env), m_producer(new QComboBox(this)),
      m_show(new QPushButton(tr("Show statement"), this)), m_header(new QLabel(this)), m_status(new QLabel(this)),
      m_lines(new StatementLinesModel(this)), m_households(new StatementHouseholdsModel(this)), m_totals(new QGridLayout),
      m_payoutBig(new QLabel(this)), m_qr(new QLabel(this)), m_qrCaption(new QLabel(this)), m_message(new QLabel(this)),
      m_finalize(new QPushButton(tr("Finalize…"), this)), m_print(new QPushButton(tr("Print / PDF…"), this)),
      m_list(new SettlementListModel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Settlements with producers"), this);
    title->setObjectName(QStringLiteral("screenTitle"));
    layout->addWidget(title);

    auto* pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Producer"), this));
    m_producer->setObjectName(QStringLiteral("producer"));
    m_producer->setMinimumWidth(300);
    try {
        for (const auto& p : services::CatalogLookup(env.ctx).listProducers(env.session)) {
            // Statements are for owners; a cooperative user is offered itself only.
            const bool owner = p.parentCode.isEmpty();
            if (env.session.isCooperative() ? env.session.producerId == p.id : owner)
                m_producer->addItem(QStringLiteral("%1 (%2)").arg(shortProducerName(p.name), p.code), p.code);
        }
    } catch (const std::exception& e) {
        m_message->setText(errorText(e));
    }
    m_producer->setEnabled(!env.session.isCooperative());
    pick->addWidget(m_producer);
    const QDate today = env.ctx.clock.today();
    const QDate monthStart(today.year(), today.month(), 1);
    auto* period = new DateRangePicker(today, DateRangePicker::LastMonth | DateRangePicker::Month, this);
    m_from = period->fromEdit();
    m_to = period->toEdit();
    pick->addWidget(period);
    m_show->setObjectName(QStringLiteral("showStatement"));
    m_show->setProperty("role", QStringLiteral("primary"));
    pick->addWidget(m_show);
    pick->addStretch();
    layout->addLayout(pick);
    m_message->setWordWrap(true);
    m_message->hide();
    m_message->setObjectName(QStringLiteral("settlementMessage"));
    layout->addWidget(m_message);

    // The preview: the statement laid out the way the paper reads.
    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    auto* paper = new QWidget(scroll);
    paper->setObjectName(QStringLiteral("statementPreview"));
    auto* pv = new QVBoxLayout(paper);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pv->addWidget(m_header);
    m_status->setObjectName(QStringLiteral("statementStatus"));
    m_status->setWordWrap(true);
    pv->addWidget(m_status);
    pv->addWidget(sectionTitle(tr("By product"), paper));
    m_linesView = table(m_lines, paper);
    m_linesView->setObjectName(QStringLiteral("statementLines"));
    // Products of one cooperative share the start of their names: keep both ends.
    m_linesView->setTextElideMode(Qt::ElideMiddle);
    m_linesView->hideColumn(StatementLinesModel::Gross);
    pv->addWidget(m_linesView);
    pv->addWidget(sectionTitle(tr("By member household"), paper));
    m_householdsView = table(m_households, paper);
    m_householdsView->setObjectName(QStringLiteral("statementHouseholds"));
    pv->addWidget(m_householdsView);
    auto* bottom = new QHBoxLayout;
    auto* totalsBox = new QVBoxLayout;
    totalsBox->addWidget(sectionTitle(tr("Totals"), paper));
    m_totals->setHorizontalSpacing(24);
    totalsBox->addLayout(m_totals);
    totalsBox->addStretch();
    addFigure(QStringLiteral("consignment_net"), tr("Consignment sales, net of returns"));
    addFigure(QStringLiteral("consignment_commission"), tr("Store commission"));
    addFigure(QStringLiteral("consignment_payout"), tr("Consignment payout"));
    addFigure(QStringLiteral("purchased_net"), tr("Purchased goods sold (paid at receipt, no payout)"));
    addFigure(QStringLiteral("total_returns"), tr("Returns in the period"));
    addFigure(QStringLiteral("total_net"), tr("All sales, net"));
    addFigure(QStringLiteral("payout"), tr("Payout to the producer"), true);
    bottom->addLayout(totalsBox, 1);
    pv->addLayout(bottom);
    pv->addStretch();
    scroll->setWidget(paper);
    split->addWidget(scroll);

    // Beside the paper, always in view: what to pay and how, then the finalized statements.
    auto* side = new QWidget(split);
    side->setMinimumWidth(300);
    side->setMaximumWidth(330);
    auto* sv = new QVBoxLayout(side);
    sv->setContentsMargins(8, 0, 0, 0);
    auto* payoutCaption = new QLabel(tr("Payout to the producer"), side);
    setLook(payoutCaption, Look::Hint);
    payoutCaption->setAlignment(Qt::AlignCenter);
    sv->addWidget(payoutCaption);
    m_payoutBig->setObjectName(QStringLiteral("payoutBig"));
    m_payoutBig->setAlignment(Qt::AlignCenter);
    setLook(m_payoutBig, Look::PayoutBig);
    sv->addWidget(m_payoutBig);
    m_qr->setObjectName(QStringLiteral("payoutQr"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_qrCaption->setObjectName(QStringLiteral("payoutQrCaption"));
    m_qrCaption->setWordWrap(true);
    m_qrCaption->setAlignment(Qt::AlignCenter);
    sv->addWidget(m_qr);
    sv->addWidget(m_qrCaption);
    sv->addWidget(sectionTitle(tr("Finalized statements of this producer"), side));
    m_listView = table(m_list, side);
    m_listView->setObjectName(QStringLiteral("settlementList"));
    m_listView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_listView->hideColumn(SettlementListModel::Net);
    m_listView->hideColumn(SettlementListModel::Finalized);
    m_listView->hideColumn(SettlementListModel::Producer);  // the list follows the producer picked
    m_listView->horizontalHeader()->setSectionResizeMode(SettlementListModel::Period, QHeaderView::Stretch);
    m_listView->setToolTip(tr("Double-click to open a statement as it was finalized"));
    m_listView->setMinimumHeight(90);
    sv->addWidget(m_listView, 1);
    auto* open = new QPushButton(tr("Open"), side);
    open->setObjectName(QStringLiteral("openSettlement"));
    sv->addWidget(open);
    split->addWidget(side);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    m_print->setObjectName(QStringLiteral("printSettlement"));
    m_print->setVisible(env.printer && env.printer->documentsAvailable());
    m_finalize->setObjectName(QStringLiteral("finalize"));
    m_finalize->setProperty("role", QStringLiteral("danger"));
    m_finalize->setVisible(core::roleAtLeast(env.session.role, core::Role::Manager));
    m_finalizeBusy = new QProgressBar(this);
    m_finalizeBusy->setObjectName(QStringLiteral("finalizeBusy"));
    m_finalizeBusy->setRange(0, 0);
    m_finalizeBusy->setTextVisible(false);
    m_finalizeBusy->setMaximumWidth(120);
    m_finalizeBusy->setToolTip(tr("Finalizing…"));
    m_finalizeBusy->hide();
    buttons->addWidget(m_finalizeBusy);
    buttons->addWidget(m_print);
    buttons->addWidget(m_finalize);
    layout->addLayout(buttons);
    m_finalize->setEnabled(false);
    m_print->setEnabled(false);

    connect(period, &DateRangePicker::picked, this, &SettlementsScreen::showStatement);
    connect(m_show, &QPushButton::clicked, this, &SettlementsScreen::showStatement);
    connect(m_producer, &QComboBox::currentIndexChanged, this, &SettlementsScreen::reloadList);
    connect(m_finalize, &QPushButton::clicked, this, &SettlementsScreen::finalize);
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (m_statement)
            m_env.printer->printSettlement(this, *m_statement);
    });
    const auto openSelected = [this] {
        if (const auto* s = m_list->at(m_listView->currentIndex().row()))
            openSettlement(s->id);
    };
    connect(open, &QPushButton::clicked, this, openSelected);
    connect(m_listView, &QTableView::doubleClicked, this, openSelected);

    m_from->setDate(monthStart.addMonths(-1));
    m_to->setDate(monthStart.addDays(-1));
    reloadList();
    if (m_producer->count() > 0)
        showStatement();
}

void SettlementsScreen::addFigure(const QString& key, const QString& caption, bool strong)
{
    const int row = m_totals->rowCount();
    auto* c = new QLabel(caption, this);
    auto* v = new QLabel(this);
    v->setObjectName(QStringLiteral("figure_") + key);
    v->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    v->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (strong) {
        setLook(c, Look::Heading);
        setLook(v, Look::PayoutValue);
    }
    m_totals->addWidget(c, row, 0);
    m_totals->addWidget(v, row, 1);
    m_figures[key] = v;
}

QString SettlementsScreen::figure(const QString& key) const
{
    const auto it = m_figures.find(key);
    return it == m_figures.end() ? QString() : it->second->text();
}

void SettlementsScreen::say(const QString& tone, const QString& text)
{
    m_message->setProperty("tone", tone);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
}

void SettlementsScreen::reloadList()
{
    try {
        m_list->setSettlements(services::SettlementService(m_env.ctx).list(m_env.session, m_producer->currentData().toString()));
    } catch (const std::exception& e) {
        say(QStringLiteral("error"), errorText(e));
    }
}

void SettlementsScreen::showStatement()
{
    say(QString(), QString());
    try {
        present(services::SettlementService(m_env.ctx)
                    .statement(m_env.session, m_producer->currentData().toString(), m_from->date(), m_to->date()));
    } catch (const std::exception& e) {
        say(QStringLiteral("error"), errorText(e));
    }
}

void SettlementsScreen::openSettlement(qint64 id)
{
    say(QString(), QString());
    try {
        auto st = services::SettlementService(m_env.ctx).get(m_env.session, id);
        const int i = m_producer->findData(st.producer.code);
        if (i >= 0)
            m_producer->setCurrentIndex(i);
        m_from->setDate(st.from);
        m_to->setDate(st.to);
        present(std::move(st));
    } catch (const std::exception& e) {
        say(QStringLiteral("error"), errorText(e));
    }
}

void SettlementsScreen::present(services::Statement st)
{
    const auto& p = st.producer;
    QStringList details;
    if (!p.address.isEmpty())
        details << p.address.toHtmlEscaped();
    if (!p.taxCode.isEmpty())
        details << tr("tax code %1").arg(p.taxCode);
    details << (p.bankAccount.isEmpty() ? tr("no bank account on file") : tr("account %1 (bank %2)").arg(p.bankAccount, p.bankBin));
    m_header->setText(tr("<span style='font-size:15pt; font-weight:bold'>%1</span> (%2)<br>%3<br>Period <b>%4 – %5</b>")
                          .arg(p.name.toHtmlEscaped(), p.code, details.join(QStringLiteral(" · ")), dmy(st.from), dmy(st.to)));
    if (st.finalized) {
        const QDateTime at = QDateTime::fromString(st.finalizedAt, Qt::ISODate);
        m_status->setText(tr("Finalized on %1 by %2: this statement is frozen and prints exactly as it was.")
                              .arg(at.isValid() ? at.toTimeZone(core::Clock::storeZone()).toString(QStringLiteral("dd/MM/yyyy HH:mm")) : st.finalizedAt,
                                   st.finalizedBy));
        m_status->setProperty("tone", QStringLiteral("ok"));
    } else {
        m_status->setText(tr("Draft: computed now from the sales. Finalize it once the period is over to freeze it."));
        m_status->setProperty("tone", QStringLiteral("warning"));
    }
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);

    m_lines->setLines(st.lines);
    m_households->setHouseholds(st.households);
    fitRows(m_linesView);
    fitRows(m_householdsView);
    m_figures[QStringLiteral("consignment_net")]->setText(money(st.consignment.net));
    m_figures[QStringLiteral("consignment_commission")]->setText(money(st.consignment.commission));
    m_figures[QStringLiteral("consignment_payout")]->setText(money(st.consignment.payout));
    m_figures[QStringLiteral("purchased_net")]->setText(money(st.purchased.net));
    m_figures[QStringLiteral("total_returns")]->setText(money(st.total.returns));
    m_figures[QStringLiteral("total_net")]->setText(money(st.total.net));
    m_figures[QStringLiteral("payout")]->setText(money(st.total.payout));
    m_payoutBig->setText(money(st.total.payout));

    if (!st.vietqr.isEmpty()) {
        m_qr->setPixmap(QPixmap::fromImage(qrImage(st.vietqr, 4)));
        m_qr->show();
        m_qrCaption->setText(tr("Scan with a banking app to transfer it to account %1 (bank %2).").arg(p.bankAccount, p.bankBin));
        m_qrCaption->setProperty("tone", QString());
    } else {
        m_qr->clear();
        m_qr->hide();
        QString why;
        if (st.total.payout.isZero())
            why = tr("Nothing to pay for this period, so there is no VietQR.");
        else if (st.total.payout.isNegative())
            why = tr("Returns exceed sales (payout %1): nothing to transfer, so there is no VietQR.").arg(money(st.total.payout));
        else if (p.bankBin.isEmpty() || p.bankAccount.isEmpty())
            why = tr("%1 has no bank account on file, so there is no VietQR: pay the payout another way, or add the account to "
                     "the producer.")
                      .arg(p.name);
        else
            why = tr("No VietQR: %1").arg(st.vietqrNote);
        m_qrCaption->setText(why);
        m_qrCaption->setProperty("tone", QStringLiteral("warning"));
    }
    m_qrCaption->style()->unpolish(m_qrCaption);
    m_qrCaption->style()->polish(m_qrCaption);
    m_finalize->setEnabled(!st.finalized);
    m_print->setEnabled(true);
    m_statement = std::move(st);
}

void SettlementsScreen::finalize()
{
    if (!m_statement || m_statement->finalized)
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Finalize the statement"),
                                tr("Finalize the statement of %1 for %2 – %3, payout %4? It is frozen afterwards and no other "
                                   "statement of this producer may overlap its period.")
                                    .arg(m_statement->producer.name, dmy(m_from->date()), dmy(m_to->date()), money(m_statement->total.payout)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("finalizeConfirm"));
    auto* yes = box->addButton(tr("Finalize"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmFinalize"));
    box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes] {
        if (box->clickedButton() == yes)
            doFinalize();
    });
    box->open();
}

void SettlementsScreen::doFinalize()
{
    for (QPushButton* b : {m_finalize, m_show, m_print})
        b->setEnabled(false);
    m_finalizeBusy->show();
    auto result = std::make_shared<std::optional<services::Statement>>();
    const services::Session session = m_env.session;
    const QString producer = m_producer->currentData().toString();
    const QDate from = m_from->date(), to = m_to->date();
    runInBackground(
        this, services::WorkerSource::of(m_env.ctx),
        [result, session, producer, from, to](services::Context& ctx) {
            *result = services::SettlementService(ctx).finalize(session, producer, from, to);
        },
        [this, result](const std::exception_ptr& error) {
            m_finalizeBusy->hide();
            m_show->setEnabled(true);
            finalizeDone(error, std::move(*result));
            Q_EMIT finalizeFinished();
        });
}

void SettlementsScreen::finalizeDone(const std::exception_ptr& error, std::optional<services::Statement> st)
{
    if (m_statement) {
        m_finalize->setEnabled(!m_statement->finalized);
        m_print->setEnabled(true);
    }
    try {
        if (error)
            std::rethrow_exception(error);
        present(std::move(*st));
        reloadList();
        say(QStringLiteral("ok"), tr("Finalized: the statement is frozen."));
    } catch (const Conflict& e) {
        // The service refused; say why in the shop's words, from what is on screen.
        const QDate from = m_from->date(), to = m_to->date();
        QString why;
        for (int i = 0; i < m_list->rowCount() && why.isEmpty(); ++i) {
            const auto* s = m_list->at(i);
            if (s->from <= to && from <= s->to)
                why = tr("%1 – %2 overlaps the statement already finalized for %3 – %4: the finalized periods of a producer may "
                         "not overlap. Start the new period on %5.")
                          .arg(dmy(from), dmy(to), dmy(s->from), dmy(s->to), dmy(s->to.addDays(1)));
        }
        if (why.isEmpty() && to >= m_env.ctx.clock.today())
            why = tr("The period is not over yet: it can be finalized from %1, when no sale or return can fall into it any more.")
                      .arg(dmy(to.addDays(1)));
        say(QStringLiteral("error"), tr("Not finalized. %1").arg(why.isEmpty() ? errorText(e) : why));
    } catch (const std::exception& e) {
        say(QStringLiteral("error"), errorText(e));
    }
}

} // namespace ocopos::ui
