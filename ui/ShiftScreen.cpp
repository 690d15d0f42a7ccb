#include "ShiftScreen.h"

#include "CashCountModel.h"
#include "Format.h"
#include "ReceiptPrinter.h"
#include "ShiftReportView.h"
#include "Theme.h"
#include "services/SettingsService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace ocopos::ui {

namespace {
enum PageIndex { NoShift, Running };
}

ShiftScreen::ShiftScreen(const ScreenEnv& env, QWidget* parent)
    : QWidget(parent), m_env(env), m_status(new QLabel(this)), m_message(new QLabel(this)), m_pages(new QStackedWidget(this)),
      m_floatModel(new CashCountModel(this)), m_closeModel(new CashCountModel(this)), m_report(new ShiftReportView(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Shift — till %1").arg(services::SettingsService(env.ctx).till()), this);
    title->setObjectName(QStringLiteral("screenTitle"));
    layout->addWidget(title);
    setLook(m_status, Look::Text12);
    layout->addWidget(m_status);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    // No shift: count the float.
    auto* openPage = new QWidget(m_pages);
    auto* openLayout = new QVBoxLayout(openPage);
    auto* openCaption = new QLabel(tr("Count the opening float in the drawer, note by note:"), openPage);
    setLook(openCaption, Look::Text13);
    openLayout->addWidget(openCaption);
    m_floatTable = countTable(m_floatModel);
    openLayout->addWidget(m_floatTable);
    m_floatTotal = new QLabel(openPage);
    setLook(m_floatTotal, Look::BigFigure);
    openLayout->addWidget(m_floatTotal, 0, Qt::AlignRight);
    m_openButton = new QPushButton(tr("Open the shift"), openPage);
    m_openButton->setProperty("role", QStringLiteral("primary"));
    m_openButton->setMinimumHeight(56);
    openLayout->addWidget(m_openButton, 0, Qt::AlignRight);
    openLayout->addStretch();
    m_pages->addWidget(openPage);

    // A shift runs (or was just closed): its report, and the count to close it.
    auto* runPage = new QWidget(m_pages);
    auto* runLayout = new QHBoxLayout(runPage);
    auto* left = new QVBoxLayout;
    left->addWidget(m_report);
    auto* reportButtons = new QHBoxLayout;
    auto* refresh = new QPushButton(tr("Refresh"), runPage);
    m_printButton = new QPushButton(tr("Print report"), runPage);
    m_printButton->setObjectName(QStringLiteral("printReport"));
    m_printButton->setVisible(m_env.printer->available());
    m_nextShift = new QPushButton(tr("Open the next shift"), runPage);
    m_nextShift->setProperty("role", QStringLiteral("primary"));
    reportButtons->addWidget(refresh);
    reportButtons->addWidget(m_printButton);
    reportButtons->addStretch();
    reportButtons->addWidget(m_nextShift);
    left->addLayout(reportButtons);
    runLayout->addLayout(left, 1);
    auto* right = new QVBoxLayout;
    auto* closeCaption = new QLabel(tr("To close: count the cash in the drawer, note by note"), runPage);
    setLook(closeCaption, Look::Heading);
    closeCaption->setWordWrap(true);
    right->addWidget(closeCaption);
    m_closeTable = countTable(m_closeModel);
    right->addWidget(m_closeTable);
    m_expected = new QLabel(runPage);
    setLook(m_expected, Look::MutedCaptionLarge);
    right->addWidget(m_expected, 0, Qt::AlignRight);
    m_countedTotal = new QLabel(runPage);
    setLook(m_countedTotal, Look::BigFigure);
    right->addWidget(m_countedTotal, 0, Qt::AlignRight);
    m_closeButton = new QPushButton(tr("Close the shift"), runPage);
    m_closeButton->setProperty("role", QStringLiteral("danger"));
    m_closeButton->setMinimumHeight(56);
    right->addWidget(m_closeButton, 0, Qt::AlignRight);
    auto* rightWidget = new QWidget(runPage);
    rightWidget->setLayout(right);
    rightWidget->setFixedWidth(460);
    runLayout->addWidget(rightWidget);
    m_pages->addWidget(runPage);
    layout->addWidget(m_pages, 1);

    connect(m_floatModel, &CashCountModel::totalChanged, this,
            [this] { m_floatTotal->setText(tr("Float: %1").arg(money(m_floatModel->total()))); });
    connect(m_closeModel, &CashCountModel::totalChanged, this,
            [this] { m_countedTotal->setText(tr("Counted: %1").arg(money(m_closeModel->total()))); });
    connect(m_openButton, &QPushButton::clicked, this, &ShiftScreen::openShift);
    connect(m_closeButton, &QPushButton::clicked, this, &ShiftScreen::closeShift);
    connect(refresh, &QPushButton::clicked, this, &ShiftScreen::reload);
    connect(m_nextShift, &QPushButton::clicked, this, [this] {
        m_z.reset();
        reload();
    });
    connect(m_printButton, &QPushButton::clicked, this, [this] {
        if (m_shown)
            m_env.printer->printShiftReport(this, *m_shown);
    });
    m_floatTotal->setText(tr("Float: %1").arg(money(m_floatModel->total())));
    m_countedTotal->setText(tr("Counted: %1").arg(money(m_closeModel->total())));
    reload();
}

QTableView* ShiftScreen::countTable(CashCountModel* model)
{
    auto* t = new QTableView(this);
    t->setModel(model);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(34);
    t->setEditTriggers(QAbstractItemView::AllEditTriggers);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    setLook(t, Look::CountTable);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    t->setMinimumHeight(34 * 9 + 40);
    t->setCurrentIndex(model->index(0, CashCountModel::Count));
    return t;
}

void ShiftScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_z)
        reload();
}

void ShiftScreen::say(const QString& tone, const QString& text)
{
    m_message->setProperty("tone", tone);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
}

void ShiftScreen::reload()
{
    if (m_z) {
        m_status->setText(tr("The shift is closed."));
        m_report->setReport(*m_z, true);
        m_shown = m_z;
        m_closeButton->parentWidget()->hide();
        m_nextShift->show();
        m_pages->setCurrentIndex(Running);
        return;
    }
    try {
        services::ShiftService shifts(m_env.ctx);
        const auto open = shifts.currentIfOpen();
        if (!open) {
            m_status->setText(tr("No shift is open at this till."));
            m_pages->setCurrentIndex(NoShift);
            m_shown.reset();
            return;
        }
        m_shown = shifts.xReport(m_env.session);
        m_status->setText(tr("Shift %1 is open since %2 (%3).")
                              .arg(open->id)
                              .arg(open->openedAt.toTimeZone(core::Clock::storeZone()).toString(QStringLiteral("dd/MM HH:mm")), open->openedBy));
        m_report->setReport(*m_shown, false);
        m_expected->setText(tr("Expected in the drawer: %1").arg(money(m_shown->expectedCash)));
        m_closeButton->parentWidget()->show();
        m_nextShift->hide();
        m_pages->setCurrentIndex(Running);
    } catch (const std::exception& e) {
        say(QStringLiteral("error"), errorText(e));
    }
}

void ShiftScreen::openShift()
{
    try {
        services::ShiftService(m_env.ctx).open(m_env.session, m_floatModel->total());
        m_floatModel->clear();
        say(QStringLiteral("ok"), tr("Shift opened. Happy selling!"));
        reload();
        Q_EMIT shiftOpened();
    } catch (const std::exception& e) {
        say(QStringLiteral("error"), errorText(e));
    }
}

void ShiftScreen::closeShift()
{
    // A count still being typed counts: moving the current cell commits its editor.
    m_closeTable->setCurrentIndex(m_closeModel->index(m_closeTable->currentIndex().row(), CashCountModel::Denomination));
    auto* box = new QMessageBox(QMessageBox::Question, tr("Close the shift"),
                                tr("Close the shift with %1 counted in the drawer? Selling stops until a new shift is opened.")
                                    .arg(money(m_closeModel->total())),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("closeConfirm"));
    auto* yes = box->addButton(tr("Close the shift"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmClose"));
    box->addButton(tr("Keep it open"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes] {
        if (box->clickedButton() == yes)
            doClose();
    });
    box->open();
}

void ShiftScreen::doClose()
{
    try {
        m_z = services::ShiftService(m_env.ctx).close(m_env.session, m_closeModel->total());
        m_closeModel->clear();
        const auto& v = m_z->variance;
        say(v && !v->isZero() ? QStringLiteral("warning") : QStringLiteral("ok"),
            v && !v->isZero() ? tr("Shift closed. The drawer is %1 off what was expected.").arg(money(*v))
                              : tr("Shift closed. The drawer matches what was expected."));
        reload();
    } catch (const std::exception& e) {
        say(QStringLiteral("error"), errorText(e));
    }
}

} // namespace ocopos::ui
