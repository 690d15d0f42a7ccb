#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QDialog>
#include <QPdfDocument>

#include <functional>

class QPdfView;
class QPrinter;
class QPushButton;

namespace ocopos::ui {

/// Shows a finished PDF (a receipt, a report, labels) as it will print, fit to
/// the window's width, with Print (any system printer), Save as PDF and Close.
/// The document is read from memory: nothing is written unless the user saves.
class PdfPreviewDialog : public QDialog {
    Q_OBJECT
public:
    /// What is being previewed, for the window title.
    enum class Kind { Receipt, ReturnSlip, ShiftReport, Settlement, SalesReport, GoodsReceipt, ShelfLabels };
    /// "Receipt Q01-000017", "Settlement statement HTX-A", … (translated).
    static QString title(Kind kind, const QString& reference);

    /// Makes the PDF with `make` and shows it modally; when making it throws,
    /// says why in a message box instead. Returns false when nothing was shown.
    static bool preview(QWidget* parent, Kind kind, const QString& reference, const std::function<QByteArray()>& make);

    /// `fileName` is the name Save as PDF suggests ("Q01-000017.pdf").
    PdfPreviewDialog(QByteArray pdf, const QString& title, const QString& fileName, QWidget* parent = nullptr);
    ~PdfPreviewDialog() override;

    const QPdfDocument& document() const { return *m_document; }
    QPdfView* view() const { return m_view; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* saveButton() const { return m_save; }

    /// Writes the PDF to `path` atomically; false with `error` set when it can't.
    bool saveTo(const QString& path, QString* error) const;
    /// Renders every page into `printer` (its page size set to the document's
    /// first page, so a receipt prints on the roll). False when nothing printed.
    bool printTo(QPrinter& printer);

private:
    void print();
    void saveAs();

    QByteArray m_bytes;
    QBuffer m_buffer;
    QPdfDocument* m_document = nullptr;
    QPdfView* m_view = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_save = nullptr;
    QString m_fileName;
};

} // namespace ocopos::ui
