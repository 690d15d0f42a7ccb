#include "PrintFailureDialog.h"

#include <QPushButton>

namespace ocopos::ui {

PrintFailureDialog::PrintFailureDialog(const QString& document, const QString& why, QWidget* parent)
    : QMessageBox(parent)
{
    setObjectName(QStringLiteral("printFailure"));
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Not printed"));
    setText(tr("%1 was not printed.").arg(document));
    setInformativeText(
        why + QLatin1Char('\n') + tr("The sale is recorded. Retry now, or print it later from the receipts screen."));
    m_retry = addButton(tr("Retry"), QMessageBox::AcceptRole);
    m_later = addButton(tr("Print later"), QMessageBox::RejectRole);
    m_retry->setObjectName(QStringLiteral("retry"));
    m_later->setObjectName(QStringLiteral("printLater"));
    setDefaultButton(m_retry);
    setEscapeButton(m_later);
}

PrintFailureDialog::Choice PrintFailureDialog::choice() const
{
    return clickedButton() == m_retry ? Choice::Retry : Choice::Later;
}

QString PrintFailureDialog::documentName(const QString& kind, const QString& ref)
{
    if (kind == QLatin1String("receipt"))
        return tr("Receipt %1").arg(ref);
    if (kind == QLatin1String("return"))
        return tr("Return slip %1").arg(ref);
    if (kind == QLatin1String("void"))
        return tr("Void slip %1").arg(ref);
    if (kind == QLatin1String("z_report") || kind == QLatin1String("x_report"))
        return tr("Shift report %1").arg(ref);
    return tr("Print job %1").arg(ref);
}

PrintFailureDialog::Choice PrintFailureDialog::ask(QWidget* parent, const QString& document, const QString& why)
{
    PrintFailureDialog d(document, why, parent);
    d.exec();
    return d.choice();
}

} // namespace ocopos::ui
