#include "SettingsScreen.h"

#include "PrinterSection.h"

#include "Background.h"
#include "Format.h"
#include "QrImage.h"
#include "Theme.h"
#include "core/VietQr.h"
#include "services/BackupService.h"
#include "services/SettingsService.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace ocopos::ui {

SettingsScreen::SettingsScreen(const ScreenEnv& env, QWidget* parent)
    : QWidget(parent), m_env(env), m_save(new QPushButton(tr("Save settings"), this)),
      m_testQr(new QPushButton(tr("Test QR (10.000 ₫)"), this)), m_backup(new QPushButton(tr("Back up now…"), this)),
      m_qr(new QLabel(this)), m_qrCaption(new QLabel(this)), m_message(new QLabel(this))
{
    auto* outer = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Settings"), this);
    title->setObjectName(QStringLiteral("screenTitle"));
    outer->addWidget(title);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    auto* columns = new QHBoxLayout(page);
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);

    const auto line = [this](QFormLayout* form, const QString& key, const QString& caption, const QString& hint = QString()) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QStringLiteral("setting_") + key);
        e->setPlaceholderText(hint);
        form->addRow(caption, e);
        m_editors[key] = e;
    };
    const auto combo = [this](QFormLayout* form, const QString& key, const QString& caption,
                              std::initializer_list<std::pair<QString, QString>> items) {
        auto* c = new QComboBox(this);
        c->setObjectName(QStringLiteral("setting_") + key);
        for (const auto& [v, text] : items)
            c->addItem(text, v);
        form->addRow(caption, c);
        m_editors[key] = c;
    };

    auto* store = new QGroupBox(tr("Store"), page);
    auto* storeForm = new QFormLayout(store);
    line(storeForm, QStringLiteral("store_name"), tr("Store name"));
    line(storeForm, QStringLiteral("store_address"), tr("Address"));
    line(storeForm, QStringLiteral("store_tax_code"), tr("Tax code"), tr("10 digits, or 10-3"));
    line(storeForm, QStringLiteral("till"), tr("Till code"), tr("e.g. Q01: starts every receipt number"));
    left->addWidget(store);

    auto* bank = new QGroupBox(tr("Bank account for VietQR payments"), page);
    auto* bankLayout = new QHBoxLayout(bank);
    auto* bankForm = new QFormLayout;
    line(bankForm, QStringLiteral("bank_bin"), tr("Bank BIN"), tr("6 digits, e.g. 970436 (Vietcombank)"));
    line(bankForm, QStringLiteral("bank_account"), tr("Account number"));
    line(bankForm, QStringLiteral("bank_account_name"), tr("Account name"));
    m_testQr->setObjectName(QStringLiteral("testQr"));
    bankForm->addRow(QString(), m_testQr);
    bankLayout->addLayout(bankForm, 1);
    auto* qrBox = new QVBoxLayout;
    m_qr->setObjectName(QStringLiteral("testQrImage"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->hide();
    m_qrCaption->setWordWrap(true);
    m_qrCaption->setAlignment(Qt::AlignCenter);
    m_qrCaption->setMaximumWidth(220);
    m_qrCaption->hide();
    qrBox->addWidget(m_qr);
    qrBox->addWidget(m_qrCaption);
    qrBox->addStretch();
    bankLayout->addLayout(qrBox);
    left->addWidget(bank);

    // The province centre this store sends its sales to (docs/CENTRE.md).
    auto* centre = new QGroupBox(tr("Province centre"), page);
    auto* centreForm = new QFormLayout(centre);
    line(centreForm, QStringLiteral("centre_url"), tr("Centre address"), tr("https://… (empty: do not send)"));
    line(centreForm, QStringLiteral("centre_store"), tr("Store code at the centre"));
    line(centreForm, QStringLiteral("centre_token"), tr("Store token"), tr("as the province admin gave it"));
    if (auto* token = qobject_cast<QLineEdit*>(editor(QStringLiteral("centre_token"))))
        token->setEchoMode(QLineEdit::Password);
    left->addWidget(centre);
    left->addStretch();

    auto* rules = new QGroupBox(tr("Selling rules"), page);
    auto* rulesForm = new QFormLayout(rules);
    line(rulesForm, QStringLiteral("discount_override_pct"), tr("Discounts above this need a manager (%)"));
    line(rulesForm, QStringLiteral("default_commission_pct"), tr("Default commission on consignment (%)"));
    line(rulesForm, QStringLiteral("expiry_warning_days"), tr("Warn about lots expiring within (days)"));
    right->addWidget(rules);

    auto* receipt = new QGroupBox(tr("Receipt and language"), page);
    auto* receiptForm = new QFormLayout(receipt);
    combo(receiptForm, QStringLiteral("receipt_width_mm"), tr("Receipt paper width"),
          {{QStringLiteral("80"), tr("80 mm")}, {QStringLiteral("58"), tr("58 mm")}});
    line(receiptForm, QStringLiteral("receipt_footer"), tr("Receipt footer"));
    combo(receiptForm, QStringLiteral("language"), tr("Language"),
          {{QStringLiteral("vi"), QStringLiteral("Tiếng Việt")}, {QStringLiteral("en"), QStringLiteral("English")}});
    right->addWidget(receipt);
    m_printer = new PrinterSection(m_env, page);
    right->addWidget(m_printer);

    // E-invoices from the till (docs/EINVOICE.md); the seller's legal details
    // default to the store's when left empty.
    auto* einvoice = new QGroupBox(tr("E-invoices"), page);
    auto* einvoiceForm = new QFormLayout(einvoice);
    combo(einvoiceForm, QStringLiteral("einvoice_enabled"), tr("Issue e-invoices"),
          {{QStringLiteral("0"), tr("Off")}, {QStringLiteral("1"), tr("On")}});
    combo(einvoiceForm, QStringLiteral("einvoice_form"), tr("Invoice form"),
          {{QStringLiteral("1"), tr("1 – VAT invoice")}, {QStringLiteral("2"), tr("2 – sales invoice")}});
    line(einvoiceForm, QStringLiteral("einvoice_series"), tr("Series"), tr("e.g. C26MAA"));
    combo(einvoiceForm, QStringLiteral("einvoice_tax_method"), tr("Tax method"),
          {{QStringLiteral("vat_credit"), tr("VAT credit")}, {QStringLiteral("revenue_percent"), tr("Revenue percentage")}});
    line(einvoiceForm, QStringLiteral("einvoice_seller_name"), tr("Seller's legal name"), tr("empty: the store's name"));
    line(einvoiceForm, QStringLiteral("einvoice_seller_address"), tr("Seller's address"),
         tr("empty: the store's address"));
    line(einvoiceForm, QStringLiteral("einvoice_seller_tax_code"), tr("Seller's tax code"),
         tr("empty: the store's tax code"));
    line(einvoiceForm, QStringLiteral("einvoice_url"), tr("VNPT service address"));
    line(einvoiceForm, QStringLiteral("einvoice_lookup_url"), tr("Lookup page"), tr("printed on receipts"));
    line(einvoiceForm, QStringLiteral("einvoice_provider_tax_code"), tr("Provider's tax code"));
    line(einvoiceForm, QStringLiteral("einvoice_account"), tr("VNPT account"));
    line(einvoiceForm, QStringLiteral("einvoice_account_password"), tr("VNPT account password"));
    line(einvoiceForm, QStringLiteral("einvoice_username"), tr("Web service user"));
    line(einvoiceForm, QStringLiteral("einvoice_password"), tr("Web service password"));
    line(einvoiceForm, QStringLiteral("einvoice_batch_size"), tr("Invoices per batch"), tr("500 (at most 5000)"));
    for (const char* secret : {"einvoice_account_password", "einvoice_password"})
        if (auto* pass = qobject_cast<QLineEdit*>(editor(QString::fromLatin1(secret))))
            pass->setEchoMode(QLineEdit::Password);
    right->addWidget(einvoice);

    auto* backup = new QGroupBox(tr("Backup"), page);
    auto* backupLayout = new QVBoxLayout(backup);
    auto* backupHint = new QLabel(tr("A consistent copy of the store database, safe while the tills keep selling. Keep copies "
                                     "off this computer too."),
                                  backup);
    backupHint->setWordWrap(true);
    backupLayout->addWidget(backupHint);
    m_backup->setObjectName(QStringLiteral("backupNow"));
    backupLayout->addWidget(m_backup, 0, Qt::AlignLeft);
    m_backupBusy = new QProgressBar(backup);
    m_backupBusy->setObjectName(QStringLiteral("backupBusy"));
    m_backupBusy->setRange(0, 0);  // VACUUM INTO tells no progress
    m_backupBusy->setTextVisible(false);
    m_backupBusy->setToolTip(tr("Backing up…"));
    m_backupBusy->hide();
    backupLayout->addWidget(m_backupBusy);
    right->addWidget(backup);
    right->addStretch();
    scroll->setWidget(page);
    outer->addWidget(scroll, 1);

    m_message->setWordWrap(true);
    m_message->hide();
    outer->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    auto* revert = new QPushButton(tr("Undo changes"), this);
    revert->setObjectName(QStringLiteral("revert"));
    m_save->setObjectName(QStringLiteral("saveSettings"));
    m_save->setProperty("role", QStringLiteral("primary"));
    buttons->addWidget(revert);
    buttons->addWidget(m_save);
    outer->addLayout(buttons);

    m_chooseFile = [this](const QString& suggested) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, tr("Back up the database"), QDir(dir).filePath(suggested),
                                            tr("OCOPOS database (*.db)"));
    };
    connect(m_save, &QPushButton::clicked, this, &SettingsScreen::save);
    connect(revert, &QPushButton::clicked, this, [this] {
        reload();
        say(QString(), QString());
    });
    connect(m_testQr, &QPushButton::clicked, this, &SettingsScreen::showTestQr);
    connect(m_backup, &QPushButton::clicked, this, &SettingsScreen::backupNow);
    reload();
}

QWidget* SettingsScreen::editor(const QString& key) const
{
    const auto it = m_editors.find(key);
    return it == m_editors.end() ? nullptr : it->second;
}

namespace {
/// Keys holding a percentage: shown with a decimal comma ("12,5"), stored as the service writes it ("12.5").
bool isPercentKey(const QString& key) { return key.endsWith(QLatin1String("_pct")); }
} // namespace

QString SettingsScreen::value(const QString& key) const
{
    QWidget* w = editor(key);
    if (auto* e = qobject_cast<QLineEdit*>(w)) {
        const QString text = e->text().trimmed();
        if (isPercentKey(key) && !text.isEmpty()) {
            try {
                return QString::fromStdString(core::formatPercent(parsePercent(text, key.toStdString())));
            } catch (const std::exception&) {
                return text;  // SettingsService refuses it with its own message
            }
        }
        return text;
    }
    if (auto* c = qobject_cast<QComboBox*>(w))
        return c->currentData().toString();
    return {};
}

void SettingsScreen::setValue(const QString& key, const QString& v)
{
    QWidget* w = editor(key);
    if (auto* e = qobject_cast<QLineEdit*>(w)) {
        QString shown = v;
        if (isPercentKey(key) && !v.isEmpty()) {
            try {
                shown = percentNumber(core::parsePercent(v.toStdString(), key.toStdString()));
            } catch (const std::exception&) {
                shown = v;
            }
        }
        e->setText(shown);
        e->setCursorPosition(0);  // a long value shows its start, not its tail
    }
    else if (auto* c = qobject_cast<QComboBox*>(w))
        c->setCurrentIndex(std::max(0, c->findData(v)));
}

void SettingsScreen::say(const QString& tone, const QString& text)
{
    m_message->setProperty("tone", tone);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
}

void SettingsScreen::reload()
{
    try {
        services::SettingsService settings(m_env.ctx);
        for (const auto& [key, w] : m_editors) {
            m_stored[key] = settings.get(key);
            setValue(key, m_stored[key]);
        }
    } catch (const std::exception& e) {
        say(QStringLiteral("error"), errorText(e));
    }
}

void SettingsScreen::save()
{
    services::SettingsService settings(m_env.ctx);
    QStringList saved, refused;
    bool languageChanged = false;
    for (const auto& [key, w] : m_editors) {
        const QString v = value(key);
        if (v == m_stored[key])
            continue;
        try {
            settings.set(m_env.session, key, v);
            m_stored[key] = v;
            saved << key;
            languageChanged = languageChanged || key == QLatin1String("language");
        } catch (const std::exception& e) {
            refused << errorText(e);
        }
    }
    if (languageChanged)
        installLanguage(m_stored[QStringLiteral("language")]);
    if (!refused.isEmpty())
        say(QStringLiteral("error"), tr("Not saved: %1").arg(refused.join(QStringLiteral("; "))));
    else if (saved.isEmpty())
        say(QStringLiteral("info"), tr("Nothing changed."));
    else if (languageChanged)
        say(QStringLiteral("ok"), tr("Saved. The screens switch to the new language (after the sale, goods receipt or count in progress, if any)."));
    else
        say(QStringLiteral("ok"), tr("Saved."));
}

void SettingsScreen::showTestQr()
{
    try {
        const core::Money amount(10000);
        const QString payload = QString::fromStdString(core::buildVietQr(
            {value(QStringLiteral("bank_bin")).toStdString(), value(QStringLiteral("bank_account")).toStdString(), amount, "OCOPOS TEST", "QRIBFTTA"}));
        m_qr->setPixmap(QPixmap::fromImage(qrImage(payload, 4)));
        m_qr->setProperty("payload", payload);
        m_qr->show();
        m_qrCaption->setText(tr("Scan with a banking app: it should show %1 to account %2 %3. No need to pay it.")
                                 .arg(money(amount), value(QStringLiteral("bank_account")), value(QStringLiteral("bank_account_name"))));
        m_qrCaption->show();
        say(QString(), QString());
    } catch (const std::exception& e) {
        m_qr->hide();
        m_qrCaption->hide();
        say(QStringLiteral("error"), tr("No test QR: %1").arg(errorText(e)));
    }
}

void SettingsScreen::backupNow()
{
    const QString suggested =
        QStringLiteral("ocopos-%1.db").arg(m_env.ctx.clock.localNow().toString(QStringLiteral("yyyy-MM-dd-HHmm")));
    const QString path = m_chooseFile ? m_chooseFile(suggested) : QString();
    if (path.isEmpty())
        return;
    m_backup->setEnabled(false);
    m_backupBusy->show();
    const services::Session session = m_env.session;
    runInBackground(
        this, services::WorkerSource::of(m_env.ctx),
        [session, path](services::Context& ctx) { services::BackupService(ctx).backup(session, path); },
        [this, path](const std::exception_ptr& error) {
            m_backup->setEnabled(true);
            m_backupBusy->hide();
            try {
                if (error)
                    std::rethrow_exception(error);
                const auto kb = QFileInfo(path).size() / 1024;
                say(QStringLiteral("ok"), tr("Backup saved: %1 (%2 KB).").arg(QDir::toNativeSeparators(path)).arg(kb));
            } catch (const std::exception& e) {
                say(QStringLiteral("error"), tr("Backup failed: %1").arg(errorText(e)));
            }
            Q_EMIT backupFinished();
        });
}

} // namespace ocopos::ui
