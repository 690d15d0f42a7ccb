#include "MainWindow.h"

#include "CashierScreen.h"
#include "EntryModels.h"
#include "Format.h"
#include "GoodsReceiptScreen.h"
#include "LoginScreen.h"
#include "ShiftScreen.h"
#include "StocktakeScreen.h"
#include "EInvoiceBackgroundSender.h"
#include "SyncSender.h"
#include "Theme.h"
#include "services/SettingsService.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ocopos::ui {

MainWindow::MainWindow(services::Context ctx, ScreenRegistry registry, ReceiptPrinter& printer, CustomerDisplay* customerDisplay,
                       QWidget* parent)
    : QMainWindow(parent), m_ctx(ctx), m_registry(std::move(registry)), m_printer(printer), m_display(customerDisplay),
      m_stack(new QStackedWidget(this)),
      m_sync(new SyncSender(services::WorkerSource::of(ctx), 20000, this)),
      m_einvoices(new EInvoiceBackgroundSender(services::WorkerSource::of(ctx), 30000, this))
{
    connect(m_sync, &SyncSender::statusChanged, this, &MainWindow::showSyncStatus);
    connect(m_einvoices, &EInvoiceBackgroundSender::countsChanged, this, &MainWindow::showEInvoiceStatus);
    setCentralWidget(m_stack);
    resize(1366, 768);
    buildLogin();
    for (int i = 1; i <= 9; ++i) {
        auto* s = new QShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + i)), this);
        connect(s, &QShortcut::activated, this, [this, i] {
            const QStringList keys = navigation();
            if (i <= keys.size())
                showScreen(keys[i - 1]);
        });
    }
}

void MainWindow::buildLogin()
{
    if (m_login) {
        m_stack->removeWidget(m_login);
        m_login->deleteLater();
    }
    m_login = new LoginScreen(m_ctx, m_stack);
    m_stack->insertWidget(0, m_login);
    m_builtLanguage = currentLanguage();
    connect(m_login, &LoginScreen::loggedIn, this, &MainWindow::startSession);
    connect(m_login, &LoginScreen::languageRequested, this, &MainWindow::setLanguage);
    if (!m_session)
        m_stack->setCurrentWidget(m_login);
    setWindowTitle(tr("OCOPOS — %1").arg(services::SettingsService(m_ctx).get(QStringLiteral("store_name"))));
}

void MainWindow::setLanguage(const QString& language)
{
    installLanguage(language);
    retranslate();  // at once; the LanguageChange event that follows finds nothing to do
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    // Qt posts LanguageChange when a translator is installed or removed (several
    // in a row for one switch): act once per language actually switched to.
    if (event->type() == QEvent::LanguageChange && (currentLanguage() != m_builtLanguage || m_languagePending))
        retranslate();
}

void MainWindow::retranslate()
{
    const bool sessionStale = m_languagePending || currentLanguage() != m_builtLanguage;
    buildLogin();
    if (!m_session) {
        m_languagePending = false;
        return;
    }
    setWindowTitle(tr("OCOPOS — %1 — %2").arg(services::SettingsService(m_ctx).get(QStringLiteral("store_name")), m_session->displayName));
    if (!sessionStale)
        return;
    if (workInProgress()) {
        m_languagePending = true;
        return;
    }
    m_languagePending = false;
    buildWorkspace(currentKey());
}

bool MainWindow::workInProgress() const
{
    if (auto* cashier = qobject_cast<CashierScreen*>(screen(QStringLiteral("cashier"))); cashier && !cashier->cart().isEmpty())
        return true;
    if (auto* receipt = qobject_cast<GoodsReceiptScreen*>(screen(QStringLiteral("goods_receipt")));
        receipt && !receipt->model()->lines().empty())
        return true;
    if (auto* count = qobject_cast<StocktakeScreen*>(screen(QStringLiteral("stocktake")));
        count && count->model()->countedRows() > 0 && count->commitButton()->isEnabled())
        return true;
    return false;
}

QString MainWindow::currentKey() const
{
    const QWidget* current = currentScreen();
    for (const auto& [key, w] : m_built)
        if (w == current)
            return key;
    return {};
}

QStringList MainWindow::navigation() const
{
    QStringList keys;
    for (const auto& [key, w] : m_built)
        keys << key;
    return keys;
}

QWidget* MainWindow::currentScreen() const { return m_session && m_screens ? m_screens->currentWidget() : nullptr; }

QWidget* MainWindow::screen(const QString& key) const
{
    for (const auto& [k, w] : m_built)
        if (k == key)
            return w;
    return nullptr;
}

bool MainWindow::showScreen(const QString& key)
{
    for (std::size_t i = 0; i < m_built.size(); ++i) {
        if (m_built[i].first == key) {
            m_screens->setCurrentWidget(m_built[i].second);
            m_nav->button(static_cast<int>(i))->setChecked(true);
            return true;
        }
    }
    return false;
}

void MainWindow::startSession(const services::Session& session)
{
    m_session = session;
    m_languagePending = false;
    buildWorkspace(QString());
    Q_EMIT sessionChanged();
}

void MainWindow::buildWorkspace(const QString& key)
{
    const services::Session& session = *m_session;
    if (m_workspace) {
        m_built.clear();
        m_stack->removeWidget(m_workspace);
        m_workspace->deleteLater();  // never deleted under a LanguageChange event that is still being delivered
    }
    m_workspace = new QWidget(m_stack);
    auto* row = new QHBoxLayout(m_workspace);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    auto* nav = new QWidget(m_workspace);
    nav->setObjectName(QStringLiteral("navPanel"));
    nav->setAttribute(Qt::WA_StyledBackground);
    nav->setFixedWidth(200);
    auto* navLayout = new QVBoxLayout(nav);
    navLayout->setContentsMargins(0, 12, 0, 12);
    auto* user = new QLabel(session.displayName, nav);
    user->setObjectName(QStringLiteral("navUser"));
    user->setWordWrap(true);
    user->setContentsMargins(16, 0, 8, 0);
    auto* role = new QLabel(roleName(session.role), nav);
    role->setObjectName(QStringLiteral("navRole"));
    // Which till this is: on a store shared by several tills each names itself,
    // and a cashier should see on which one the receipts are numbered.
    auto* till = new QLabel(tr("Till %1").arg(services::SettingsService(m_ctx).till()), nav);
    till->setObjectName(QStringLiteral("navTill"));
    till->setContentsMargins(16, 0, 8, 12);
    role->setContentsMargins(16, 0, 8, 0);
    navLayout->addWidget(user);
    navLayout->addWidget(role);
    navLayout->addWidget(till);
    // How far the province centre has this store's sales (empty when none is set up).
    m_syncLabel = new QLabel(nav);
    m_syncLabel->setObjectName(QStringLiteral("navSync"));
    m_syncLabel->setWordWrap(true);
    m_syncLabel->setContentsMargins(16, 0, 8, 12);
    navLayout->addWidget(m_syncLabel);
    showSyncStatus();
    m_einvoiceLabel = new QLabel(nav);
    m_einvoiceLabel->setObjectName(QStringLiteral("navEInvoices"));
    m_einvoiceLabel->setWordWrap(true);
    m_einvoiceLabel->setContentsMargins(16, 0, 8, 12);
    navLayout->addWidget(m_einvoiceLabel);
    showEInvoiceStatus();
    m_screens = new QStackedWidget(m_workspace);
    m_nav = new QButtonGroup(m_workspace);
    m_nav->setExclusive(true);

    const ScreenEnv env{m_ctx, session, &m_printer, m_display};
    m_built.clear();
    for (const ScreenSpec* spec : m_registry.visibleFor(session)) {
        QWidget* w = spec->create(env, m_screens);
        w->setObjectName(spec->key + QStringLiteral("Screen"));
        m_screens->addWidget(w);
        auto* b = new QPushButton(spec->title ? spec->title() : spec->key, nav);
        b->setObjectName(QStringLiteral("nav_") + spec->key);
        b->setProperty("role", QStringLiteral("nav"));
        b->setCheckable(true);
        b->setFocusPolicy(Qt::NoFocus);
        const int id = static_cast<int>(m_built.size());
        m_nav->addButton(b, id);
        navLayout->addWidget(b);
        m_built.emplace_back(spec->key, w);
    }
    connect(m_nav, &QButtonGroup::idClicked, this, [this](int id) {
        if (m_languagePending && !workInProgress()) {
            m_languagePending = false;
            buildWorkspace(m_built[static_cast<std::size_t>(id)].first);  // the language switch that waited for the work to be done
            return;
        }
        m_screens->setCurrentWidget(m_built[static_cast<std::size_t>(id)].second);
    });
    navLayout->addStretch();
    auto* logout = new QPushButton(tr("Log out"), nav);
    logout->setObjectName(QStringLiteral("logout"));
    logout->setProperty("role", QStringLiteral("nav"));
    logout->setFocusPolicy(Qt::NoFocus);
    navLayout->addWidget(logout);
    connect(logout, &QPushButton::clicked, this, &MainWindow::logout);
    row->addWidget(nav);
    row->addWidget(m_screens, 1);

    if (auto* cashier = qobject_cast<CashierScreen*>(screen(QStringLiteral("cashier"))))
        connect(cashier, &CashierScreen::shiftRequested, this, [this] { showScreen(QStringLiteral("shift")); });
    if (auto* shift = qobject_cast<ShiftScreen*>(screen(QStringLiteral("shift"))))
        connect(shift, &ShiftScreen::shiftOpened, this, [this] { showScreen(QStringLiteral("cashier")); });

    m_stack->addWidget(m_workspace);
    m_stack->setCurrentWidget(m_workspace);
    if (m_built.empty()) {
        auto* empty = new QLabel(tr("There is nothing for this user here yet."), m_screens);
        empty->setAlignment(Qt::AlignCenter);
        m_screens->addWidget(empty);
    } else if (key.isEmpty() || !showScreen(key)) {
        showScreen(m_built.front().first);
    }
    setWindowTitle(tr("OCOPOS — %1 — %2").arg(services::SettingsService(m_ctx).get(QStringLiteral("store_name")), session.displayName));
}

void MainWindow::logout()
{
    if (auto* cashier = qobject_cast<CashierScreen*>(screen(QStringLiteral("cashier")))) {
        if (!cashier->cart().isEmpty()) {
            showScreen(QStringLiteral("cashier"));
            auto* box = new QMessageBox(QMessageBox::Information, tr("Log out"),
                                        tr("A sale is in progress: finish it, park it (F6) or cancel it (F8) before logging out."),
                                        QMessageBox::NoButton, this);
            box->addButton(tr("OK"), QMessageBox::AcceptRole);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
    }
    m_built.clear();
    m_session.reset();
    m_languagePending = false;
    m_stack->setCurrentWidget(m_login);
    if (m_workspace) {
        m_stack->removeWidget(m_workspace);
        m_workspace->deleteLater();
        m_workspace = nullptr;
        m_screens = nullptr;
        m_nav = nullptr;
    }
    m_login->reload();
    setWindowTitle(tr("OCOPOS — %1").arg(services::SettingsService(m_ctx).get(QStringLiteral("store_name"))));
    Q_EMIT sessionChanged();
}

void MainWindow::showSyncStatus()
{
    if (!m_syncLabel)
        return;
    const auto& status = m_sync->status();
    const QString text = status ? syncStatusText(*status, m_ctx.clock.now()) : QString();
    m_syncLabel->setText(text);
    m_syncLabel->setToolTip(status ? status->lastError : QString());
    m_syncLabel->setVisible(!text.isEmpty());
}

void MainWindow::showEInvoiceStatus()
{
    if (!m_einvoiceLabel)
        return;
    const auto& counts = m_einvoices->counts();
    m_einvoiceLabel->setText(counts ? einvoiceStatusText(*counts) : QString());
    QStringList tip;
    if (counts)
        for (const auto& item : counts->rejectedItems)
            tip << tr("Rejected %1-%2: %3").arg(item.ref.series).arg(item.ref.number).arg(item.ref.rejectReason);
    if (!m_einvoices->lastError().isEmpty())
        tip << m_einvoices->lastError();
    m_einvoiceLabel->setToolTip(tip.join(QLatin1Char('\n')));
    m_einvoiceLabel->setVisible(counts.has_value());
}

} // namespace ocopos::ui
