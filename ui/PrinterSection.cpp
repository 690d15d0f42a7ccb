#include "PrinterSection.h"

#include "Format.h"
#include "ReceiptPrinter.h"
#include "services/PrinterService.h"
#include "services/SettingsService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>

namespace ocopos::ui {

PrinterSection::PrinterSection(const ScreenEnv& env, QWidget* parent)
    : QGroupBox(tr("Receipt printer"), parent)
    , m_env(env)
    , m_uri(new QLineEdit(this))
    , m_width(new QComboBox(this))
    , m_autoPrint(new QCheckBox(tr("Print the receipt after every sale"), this))
    , m_kick(new QCheckBox(tr("Open the cash drawer after a sale or return with cash"), this))
    , m_save(new QPushButton(tr("Save printer"), this))
    , m_test(new QPushButton(tr("Print test page"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("printerSection"));
    auto* form = new QFormLayout(this);
    auto* till = new QLabel(this);
    till->setObjectName(QStringLiteral("printerTill"));
    till->setText(services::SettingsService(m_env.ctx).till());
    form->addRow(tr("Till"), till);
    m_uri->setObjectName(QStringLiteral("printerUri"));
    m_uri->setPlaceholderText(tr("tcp://192.168.1.50:9100, file:/dev/usb/lp0 or cups:QUEUE (empty: none)"));
    form->addRow(tr("Printer address"), m_uri);
    m_width->setObjectName(QStringLiteral("printerWidth"));
    m_width->addItem(tr("80 mm (576 dots)"), 80);
    m_width->addItem(tr("58 mm (384 dots)"), 58);
    form->addRow(tr("Paper"), m_width);
    m_autoPrint->setObjectName(QStringLiteral("printerAutoPrint"));
    m_kick->setObjectName(QStringLiteral("printerKick"));
    form->addRow(QString(), m_autoPrint);
    form->addRow(QString(), m_kick);
    auto* buttons = new QHBoxLayout;
    m_save->setObjectName(QStringLiteral("savePrinter"));
    m_test->setObjectName(QStringLiteral("printTestPage"));
    buttons->addWidget(m_test);
    buttons->addStretch();
    buttons->addWidget(m_save);
    form->addRow(buttons);
    m_message->setObjectName(QStringLiteral("printerMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    form->addRow(m_message);

    connect(m_save, &QPushButton::clicked, this, &PrinterSection::save);
    connect(m_test, &QPushButton::clicked, this, &PrinterSection::printTestPage);
    reload();
}

void PrinterSection::say(const QString& tone, const QString& text)
{
    m_message->setProperty("tone", tone);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
}

void PrinterSection::reload()
{
    const auto p = services::PrinterService(m_env.ctx).printer();
    m_uri->setText(p ? p->uri : QString());
    m_width->setCurrentIndex(p && p->widthMm == 58 ? 1 : 0);
    m_autoPrint->setChecked(p ? p->autoPrint : true);
    m_kick->setChecked(p ? p->kickOnCash : true);
    say(QString(), QString());
}

void PrinterSection::save()
{
    services::PrinterService service(m_env.ctx);
    try {
        const QString uri = m_uri->text().trimmed();
        if (uri.isEmpty()) {
            if (service.printer())
                service.removePrinter(m_env.session, QString());
            say(QStringLiteral("ok"), tr("This till has no receipt printer now."));
            return;
        }
        services::PrinterSettings p;
        p.uri = uri;
        p.widthMm = m_width->currentData().toInt();
        p.autoPrint = m_autoPrint->isChecked();
        p.kickOnCash = m_kick->isChecked();
        service.setPrinter(m_env.session, p);
        say(QStringLiteral("ok"), tr("Printer saved."));
    } catch (const std::exception& e) {
        say(QStringLiteral("error"), tr("Printer not saved: %1").arg(errorText(e)));
    }
}

void PrinterSection::printTestPage()
{
    const QString uri = m_uri->text().trimmed();
    if (uri.isEmpty()) {
        say(QStringLiteral("error"), tr("Type the printer's address first."));
        return;
    }
    const QString error = m_env.printer->printTestPage(uri, m_width->currentData().toInt());
    if (error.isEmpty())
        say(QStringLiteral("ok"), tr("Test page sent to %1.").arg(uri));
    else
        say(QStringLiteral("error"), tr("Test page not printed: %1").arg(error));
}

} // namespace ocopos::ui
