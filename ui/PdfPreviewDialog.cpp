#include "PdfPreviewDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QMessageBox>
#include <QPageSize>
#include <QPainter>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace ocopos::ui {

namespace {
// Pages are rendered as images for the printer: 300 dpi is sharp on receipt
// and laser printers and keeps an A4 page to ~35 MB while it is drawn.
constexpr int kMaxPrintDpi = 300;
} // namespace

PdfPreviewDialog::PdfPreviewDialog(QByteArray pdf, const QString& title, const QString& fileName, QWidget* parent)
    : QDialog(parent), m_bytes(std::move(pdf)), m_fileName(fileName)
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("pdfPreview"));
    m_document = new QPdfDocument(this);
    m_buffer.setData(m_bytes);
    m_buffer.open(QIODevice::ReadOnly);
    m_document->load(&m_buffer);

    m_view = new QPdfView(this);
    m_view->setObjectName(QStringLiteral("pdfView"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);

    auto* buttons = new QDialogButtonBox(this);
    m_print = buttons->addButton(tr("Print…"), QDialogButtonBox::AcceptRole);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_save = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setText(tr("Close"));
    // Print is the default: Enter prints, as on the till.
    m_print->setDefault(true);
    connect(m_print, &QPushButton::clicked, this, &PdfPreviewDialog::print);
    connect(m_save, &QPushButton::clicked, this, &PdfPreviewDialog::saveAs);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    // A roll receipt is narrow and tall; A4 documents want room to read.
    const QSizeF page = m_document->pageCount() > 0 ? m_document->pagePointSize(0) : QSizeF(595, 842);
    resize(page.width() < 300 ? 480 : 900, 760);
}

PdfPreviewDialog::~PdfPreviewDialog()
{
    // The view and document read from m_buffer: drop them before it goes.
    delete m_view;
    delete m_document;
}

QString PdfPreviewDialog::title(Kind kind, const QString& reference)
{
    switch (kind) {
    case Kind::Receipt: return tr("Receipt %1").arg(reference);
    case Kind::ReturnSlip: return tr("Return slip %1").arg(reference);
    case Kind::ShiftReport: return tr("Shift report %1").arg(reference);
    case Kind::Settlement: return tr("Settlement statement %1").arg(reference);
    case Kind::SalesReport: return tr("Sales report %1").arg(reference);
    case Kind::GoodsReceipt: return tr("Goods receipt note %1").arg(reference);
    case Kind::ShelfLabels: return tr("Shelf labels (%1)").arg(reference);
    }
    return reference;
}

bool PdfPreviewDialog::preview(QWidget* parent, Kind kind, const QString& reference, const std::function<QByteArray()>& make)
{
    const QString heading = title(kind, reference);
    QByteArray pdf;
    try {
        pdf = make();
    } catch (const std::exception& e) {
        QMessageBox::warning(parent, heading, tr("The document could not be made: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    QString file = reference;
    file.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    PdfPreviewDialog dialog(pdf, heading, (file.isEmpty() ? QStringLiteral("ocopos") : file) + QStringLiteral(".pdf"), parent);
    if (dialog.document().status() == QPdfDocument::Status::Error) {
        QMessageBox::warning(parent, heading, tr("The document could not be shown."));
        return false;
    }
    dialog.exec();
    return true;
}

bool PdfPreviewDialog::saveTo(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(m_bytes) == m_bytes.size() && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    file.cancelWriting();
    return false;
}

bool PdfPreviewDialog::printTo(QPrinter& printer)
{
    const int pages = m_document->pageCount();
    if (pages <= 0)
        return false;
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    const int dpi = std::min(printer.resolution(), kMaxPrintDpi);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            printer.newPage();
        const QSizeF points = m_document->pagePointSize(i);
        const QSize pixels(qRound(points.width() * dpi / 72.0), qRound(points.height() * dpi / 72.0));
        const QImage image = m_document->render(i, pixels);
        const QRect target = painter.viewport();
        // Keep the page's proportions inside the printable area.
        const QSize fitted = pixels.scaled(target.size(), Qt::KeepAspectRatio);
        painter.drawImage(QRect(target.topLeft(), fitted), image);
    }
    return painter.end();
}

void PdfPreviewDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    if (m_document->pageCount() > 0)
        printer.setPageSize(QPageSize(m_document->pagePointSize(0), QPageSize::Point, QString(), QPageSize::ExactMatch));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    printer.setDocName(windowTitle());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(windowTitle()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!printTo(printer))
        QMessageBox::warning(this, windowTitle(), tr("The document could not be printed on %1.").arg(printer.printerName()));
}

void PdfPreviewDialog::saveAs()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), dir + QLatin1Char('/') + m_fileName,
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, windowTitle(), tr("Could not save %1: %2").arg(path, error));
}

} // namespace ocopos::ui
