#include "LoginScreen.h"

#include "Background.h"
#include "ChangePinDialog.h"
#include "Format.h"
#include "PinPad.h"
#include "Theme.h"
#include "UserListModel.h"
#include "services/AuthService.h"
#include "services/SettingsService.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace ocopos::ui {

LoginScreen::LoginScreen(services::Context ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_model(new UserListModel(this)), m_users(new QListView(this)), m_who(new QLabel(this)),
      m_pin(new QLineEdit(this)), m_message(new QLabel(this)), m_login(new QPushButton(tr("Log in"), this)),
      m_busy(new QProgressBar(this))
{
    setObjectName(QStringLiteral("loginScreen"));
    setAttribute(Qt::WA_StyledBackground);
    setLook(this, Look::LoginScreen);
    auto* outer = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* store = new QLabel(services::SettingsService(ctx).get(QStringLiteral("store_name")), this);
    setLook(store, Look::StoreName);
    top->addWidget(store);
    top->addStretch();
    auto* vi = new QPushButton(QStringLiteral("Tiếng Việt"), this);
    auto* en = new QPushButton(QStringLiteral("English"), this);
    vi->setObjectName(QStringLiteral("langVi"));
    en->setObjectName(QStringLiteral("langEn"));
    for (auto* b : {vi, en}) {
        b->setFocusPolicy(Qt::NoFocus);
        b->setCheckable(true);
        setLook(b, Look::LinkButton);
        top->addWidget(b);
    }
    (currentLanguage() == QLatin1String("en") ? en : vi)->setChecked(true);
    connect(vi, &QPushButton::clicked, this, [this] { Q_EMIT languageRequested(QStringLiteral("vi")); });
    connect(en, &QPushButton::clicked, this, [this] { Q_EMIT languageRequested(QStringLiteral("en")); });
    outer->addLayout(top);
    outer->addStretch();

    auto* card = new QWidget(this);
    card->setObjectName(QStringLiteral("loginCard"));
    card->setAttribute(Qt::WA_StyledBackground);
    card->setMaximumWidth(920);
    auto* row = new QHBoxLayout(card);
    row->setContentsMargins(24, 24, 24, 24);
    row->setSpacing(32);
    auto* left = new QVBoxLayout;
    auto* pick = new QLabel(tr("Who is at the till?"), card);
    setLook(pick, Look::HeadingLarge);
    left->addWidget(pick);
    m_users->setModel(m_model);
    m_users->setFocusPolicy(Qt::NoFocus);
    m_users->setSpacing(2);
    setLook(m_users, Look::UserList);
    left->addWidget(m_users, 1);
    row->addLayout(left, 1);

    auto* right = new QVBoxLayout;
    setLook(m_who, Look::HeadingLarge);
    right->addWidget(m_who);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(8);
    m_pin->setPlaceholderText(tr("PIN"));
    m_pin->setAlignment(Qt::AlignCenter);
    setLook(m_pin, Look::LoginPin);
    m_pin->installEventFilter(this);
    right->addWidget(m_pin);
    right->addWidget(new PinPad(m_pin, card));
    m_message->setWordWrap(true);
    m_message->setProperty("tone", QStringLiteral("error"));
    m_message->hide();
    right->addWidget(m_message);
    m_login->setProperty("role", QStringLiteral("primary"));
    m_login->setMinimumHeight(60);
    m_login->setFocusPolicy(Qt::NoFocus);
    setLook(m_login, Look::Text16);
    right->addWidget(m_login);
    m_busy->setObjectName(QStringLiteral("loginBusy"));
    m_busy->setRange(0, 0);  // how long argon2id takes is not known
    m_busy->setTextVisible(false);
    m_busy->setToolTip(tr("Checking the PIN…"));
    m_busy->hide();
    right->addWidget(m_busy);
    row->addLayout(right, 1);
    auto* centre = new QHBoxLayout;
    centre->addStretch();
    centre->addWidget(card, 3);
    centre->addStretch();
    outer->addLayout(centre);
    outer->addStretch();

    connect(m_login, &QPushButton::clicked, this, &LoginScreen::tryLogin);
    connect(m_users, &QListView::clicked, this, [this](const QModelIndex& i) {
        if (const auto* u = m_model->userAt(i.row()))
            selectUser(u->username);
    });
    connect(m_pin, &QLineEdit::returnPressed, this, &LoginScreen::tryLogin);
    reload();
}

void LoginScreen::reload()
{
    const QString keep = currentUsername();
    try {
        m_model->setUsers(services::loginUsers(m_ctx));
    } catch (const std::exception& e) {
        showMessage(errorText(e));
    }
    selectUser(keep);
    if (currentUsername().isEmpty() && m_model->rowCount() > 0)
        selectUser(m_model->userAt(0)->username);
}

void LoginScreen::selectUser(const QString& username)
{
    const int row = m_model->rowOf(username);
    if (row < 0)
        return;
    m_users->setCurrentIndex(m_model->index(row));
    const auto* u = m_model->userAt(row);
    m_who->setText(tr("PIN for %1").arg(u->displayName));
    m_pin->clear();
    m_pin->setFocus();
}

QString LoginScreen::currentUsername() const
{
    const auto* u = m_model->userAt(m_users->currentIndex().row());
    return u ? u->username : QString();
}

void LoginScreen::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void LoginScreen::tryLogin()
{
    const QString user = currentUsername();
    if (user.isEmpty()) {
        showMessage(tr("Pick your name first."));
        return;
    }
    if (m_pin->text().isEmpty()) {
        showMessage(tr("Type your PIN."));
        return;
    }
    if (isBusy())
        return;
    const QString pin = m_pin->text();
    m_pin->clear();
    setBusy(true);
    auto session = std::make_shared<services::Session>();
    runInBackground(
        this, services::WorkerSource::of(m_ctx),
        [user, pin, session](services::Context& ctx) { *session = services::AuthService(ctx).login(user, pin); },
        [this, session](const std::exception_ptr& error) {
            setBusy(false);
            if (error)
                loginFailed(error);
            else if (session->mustChangePin)
                changePinThenEnter(*session);
            else {
                showMessage(QString());
                Q_EMIT loggedIn(*session);
            }
        });
}

void LoginScreen::setBusy(bool busy)
{
    m_busyCount += busy ? 1 : -1;
    const bool on = m_busyCount > 0;
    m_busy->setVisible(on);
    for (QWidget* w : {static_cast<QWidget*>(m_login), static_cast<QWidget*>(m_pin), static_cast<QWidget*>(m_users)})
        w->setEnabled(!on);
    if (!on)
        m_pin->setFocus();
}

void LoginScreen::loginFailed(const std::exception_ptr& error)
{
    try {
        std::rethrow_exception(error);
    } catch (const std::exception& e) {
        showMessage(errorText(e));
    }
    reload();
    m_pin->setFocus();
}

void LoginScreen::changePinThenEnter(services::Session session)
{
    auto* dialog = new ChangePinDialog(session.displayName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::rejected, this,
            [this] { showMessage(tr("Choose a new PIN to continue: the initial one is not safe.")); });
    connect(dialog, &QDialog::accepted, this, [this, dialog, session]() mutable {
        const QString pin = dialog->newPin();
        setBusy(true);
        runInBackground(
            this, services::WorkerSource::of(m_ctx),
            [session, pin](services::Context& ctx) { services::AuthService(ctx).setPin(session, session.username, pin); },
            [this, session](const std::exception_ptr& error) mutable {
                setBusy(false);
                if (error)
                    return loginFailed(error);
                session.mustChangePin = false;
                showMessage(QString());
                Q_EMIT loggedIn(session);
            });
    });
    dialog->open();
}

bool LoginScreen::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_pin && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down) {
            const int row = std::clamp(m_users->currentIndex().row() + (key == Qt::Key_Up ? -1 : 1), 0, m_model->rowCount() - 1);
            if (const auto* u = m_model->userAt(row))
                selectUser(u->username);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LoginScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_pin->setFocus();
}

} // namespace ocopos::ui
