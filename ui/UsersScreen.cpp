#include "UsersScreen.h"

#include "Format.h"
#include "UserTableModel.h"
#include "services/CatalogLookup.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace ocopos::ui {

namespace {
QLineEdit* pinEdit(QWidget* parent)
{
    auto* e = new QLineEdit(parent);
    e->setEchoMode(QLineEdit::Password);
    e->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,8}")), e));
    e->setPlaceholderText(QCoreApplication::translate("ocopos::ui::UsersScreen", "4–8 digits"));
    e->setMaximumWidth(160);
    return e;
}
} // namespace

UsersScreen::UsersScreen(const ScreenEnv& env, QWidget* parent)
    : QWidget(parent), m_env(env), m_model(new UserTableModel(this)), m_table(new QTableView(this)), m_username(new QLineEdit(this)),
      m_displayName(new QLineEdit(this)), m_role(new QComboBox(this)), m_producer(new QComboBox(this)), m_pin(pinEdit(this)),
      m_add(new QPushButton(tr("Add user"), this)), m_newPin(pinEdit(this)), m_resetPin(new QPushButton(tr("Set new PIN"), this)),
      m_deactivate(new QPushButton(tr("Deactivate…"), this)), m_message(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Users"), this);
    title->setObjectName(QStringLiteral("screenTitle"));
    layout->addWidget(title);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(UserTableModel::DisplayName, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto* selected = new QHBoxLayout;
    selected->addWidget(new QLabel(tr("Selected user:"), this));
    selected->addWidget(m_newPin);
    m_newPin->setObjectName(QStringLiteral("newPin"));
    m_resetPin->setObjectName(QStringLiteral("resetPin"));
    selected->addWidget(m_resetPin);
    selected->addSpacing(24);
    m_deactivate->setObjectName(QStringLiteral("deactivate"));
    m_deactivate->setProperty("role", QStringLiteral("danger"));
    selected->addWidget(m_deactivate);
    selected->addStretch();
    layout->addLayout(selected);

    auto* box = new QGroupBox(tr("New user"), this);
    auto* form = new QFormLayout(box);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setPlaceholderText(tr("e.g. thungan2 (letters and digits, no accents)"));
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_displayName->setPlaceholderText(tr("e.g. Nguyễn Thị Hoa"));
    for (auto r : {core::Role::Cashier, core::Role::Manager, core::Role::Cooperative, core::Role::Admin})
        m_role->addItem(roleName(r), QString::fromUtf8(core::toCode(r).data(), static_cast<qsizetype>(core::toCode(r).size())));
    m_role->setObjectName(QStringLiteral("role"));
    m_producer->setObjectName(QStringLiteral("producer"));
    try {
        for (const auto& p : services::CatalogLookup(env.ctx).listProducers(env.session))
            if (p.parentCode.isEmpty())
                m_producer->addItem(QStringLiteral("%1 (%2)").arg(shortProducerName(p.name), p.code), p.code);
    } catch (const std::exception& e) {
        m_message->setText(errorText(e));
    }
    m_pin->setObjectName(QStringLiteral("pin"));
    form->addRow(tr("User name"), m_username);
    form->addRow(tr("Display name"), m_displayName);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Cooperative (for a cooperative user)"), m_producer);
    form->addRow(tr("PIN"), m_pin);
    m_add->setObjectName(QStringLiteral("addUser"));
    m_add->setProperty("role", QStringLiteral("primary"));
    form->addRow(QString(), m_add);
    layout->addWidget(box);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    const auto updateProducer = [this] { m_producer->setEnabled(m_role->currentData().toString() == QLatin1String("cooperative")); };
    connect(m_role, &QComboBox::currentIndexChanged, this, updateProducer);
    updateProducer();
    connect(m_add, &QPushButton::clicked, this, &UsersScreen::addUser);
    connect(m_resetPin, &QPushButton::clicked, this, &UsersScreen::resetPin);
    connect(m_newPin, &QLineEdit::returnPressed, this, &UsersScreen::resetPin);
    connect(m_deactivate, &QPushButton::clicked, this, &UsersScreen::deactivate);
    reload();
}

void UsersScreen::say(const QString& tone, const QString& text)
{
    m_message->setProperty("tone", tone);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
}

void UsersScreen::reload()
{
    const QString keep = selectedUser();
    try {
        m_model->setUsers(services::AuthService(m_env.ctx).listUsers(m_env.session));
    } catch (const std::exception& e) {
        say(QStringLiteral("error"), errorText(e));
    }
    if (!keep.isEmpty())
        selectUser(keep);
}

bool UsersScreen::selectUser(const QString& username)
{
    const int row = m_model->rowOf(username);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

QString UsersScreen::selectedUser() const
{
    const auto rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    const auto* u = rows.isEmpty() ? nullptr : m_model->at(rows.front().row());
    return u ? u->username : QString();
}

void UsersScreen::addUser()
{
    services::NewUser u;
    u.username = m_username->text().trimmed();
    u.displayName = m_displayName->text().trimmed();
    u.role = core::roleFromCode(m_role->currentData().toString().toStdString()).value_or(core::Role::Cashier);
    if (u.role == core::Role::Cooperative)
        u.producerCode = m_producer->currentData().toString();
    u.pin = m_pin->text();
    try {
        services::AuthService(m_env.ctx).addUser(m_env.session, u);
        m_username->clear();
        m_displayName->clear();
        m_pin->clear();
        reload();
        selectUser(u.username);
        say(QStringLiteral("ok"), tr("Added %1 (%2).").arg(u.username, roleName(u.role)));
    } catch (const std::exception& e) {
        say(QStringLiteral("error"), errorText(e));
    }
}

void UsersScreen::resetPin()
{
    const QString user = selectedUser();
    if (user.isEmpty()) {
        say(QStringLiteral("warning"), tr("Select a user first."));
        return;
    }
    try {
        services::AuthService(m_env.ctx).setPin(m_env.session, user, m_newPin->text());
        m_newPin->clear();
        reload();
        say(QStringLiteral("ok"), tr("New PIN set for %1.").arg(user));
    } catch (const std::exception& e) {
        say(QStringLiteral("error"), errorText(e));
    }
}

void UsersScreen::deactivate()
{
    const QString user = selectedUser();
    if (user.isEmpty()) {
        say(QStringLiteral("warning"), tr("Select a user first."));
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Deactivate user"),
                                tr("Deactivate %1? The user can no longer log in; past sales keep their name.").arg(user),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deactivateConfirm"));
    auto* yes = box->addButton(tr("Deactivate"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmDeactivate"));
    box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, user] {
        if (box->clickedButton() != yes)
            return;
        try {
            services::AuthService(m_env.ctx).deactivate(m_env.session, user);
            reload();
            say(QStringLiteral("ok"), tr("%1 is deactivated.").arg(user));
        } catch (const std::exception& e) {
            say(QStringLiteral("error"), errorText(e));
        }
    });
    box->open();
}

} // namespace ocopos::ui
