// The print preview over a real receipt made by ocopos_docs from a committed sale.
#include "ui/PdfPreviewDialog.h"

#include "SaleFixtures.h"
#include "docs/Documents.h"
#include "src/app/PdfReceiptPrinter.h"
#include "services/SaleService.h"
#include "services/ShiftService.h"

#include <QApplication>
#include <QImage>
#include <QMessageBox>
#include <QPdfView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace ocopos;
using namespace ocopos::test;

namespace {

QByteArray receiptPdf(TempStore& store, services::SaleResult* saleOut = nullptr)
{
    store.loadSmallCatalog();
    const auto cashier = store.addUser(QStringLiteral("thu"), core::Role::Cashier, QString(), QStringLiteral("1111"));
    addLot(store, QStringLiteral("NM-500"), QStringLiteral("CR2606B"), QStringLiteral("HO-A1"), QStringLiteral("5"), QDate(2027, 5, 1));
    services::ShiftService(store.ctx()).open(cashier, core::Money(0));
    services::SaleRequest r;
    r.lines.push_back(saleLine(QStringLiteral("NM-500"), QStringLiteral("2")));
    r.payments.push_back(cash(240000));
    const auto sale = services::SaleService(store.ctx()).commit(cashier, r);
    if (saleOut)
        *saleOut = sale;
    return docs::Documents(store.ctx()).receipt(sale);
}

} // namespace

TEST(PdfPreviewDialog, LoadsARealReceipt)
{
    TempStore store;
    services::SaleResult sale;
    const QByteArray pdf = receiptPdf(store, &sale);
    ui::PdfPreviewDialog dialog(pdf, ui::PdfPreviewDialog::title(ui::PdfPreviewDialog::Kind::Receipt, sale.receiptNo),
                                sale.receiptNo + QStringLiteral(".pdf"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.document().status() == QPdfDocument::Status::Ready
                                 || dialog.document().status() == QPdfDocument::Status::Error,
                             5000);
    EXPECT_EQ(dialog.document().status(), QPdfDocument::Status::Ready);
    EXPECT_EQ(dialog.document().error(), QPdfDocument::Error::None);
    EXPECT_EQ(dialog.document().pageCount(), 1);
    // 80 mm wide: the roll width from the settings' default
    EXPECT_NEAR(dialog.document().pagePointSize(0).width(), 226.77, 0.1);
    EXPECT_EQ(dialog.view()->zoomMode(), QPdfView::ZoomMode::FitToWidth);
    EXPECT_EQ(dialog.view()->document(), &dialog.document());
    EXPECT_TRUE(dialog.windowTitle().contains(sale.receiptNo));
    EXPECT_TRUE(dialog.printButton()->isEnabled());
    EXPECT_TRUE(dialog.saveButton()->isEnabled());

    // The page renders with ink on it (the text of the receipt).
    QPdfDocument& doc = const_cast<QPdfDocument&>(dialog.document());
    const QImage page = doc.render(0, QSize(300, 800)).convertToFormat(QImage::Format_Grayscale8);
    ASSERT_FALSE(page.isNull());
    int dark = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x)
            dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
    EXPECT_GT(dark, 500);

    // Save as PDF writes exactly the bytes shown.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.pdf"));
    QString error;
    ASSERT_TRUE(dialog.saveTo(path, &error)) << error.toStdString();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), pdf);
    EXPECT_FALSE(dialog.saveTo(dir.filePath(QStringLiteral("no/such/dir/x.pdf")), &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(PdfPreviewDialog, NotAPdfIsAnError)
{
    ui::PdfPreviewDialog dialog(QByteArray("not a pdf"), QStringLiteral("x"), QStringLiteral("x.pdf"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.document().status() != QPdfDocument::Status::Loading, 5000);
    EXPECT_EQ(dialog.document().status(), QPdfDocument::Status::Error);
    EXPECT_EQ(dialog.document().pageCount(), 0);
}

// The app's printer (src/app) opens the preview of each document, modally.
namespace {

/// Runs `call` (which opens a modal window) and returns what `inspect` saw of
/// the modal window once it was up; the window is then closed.
template <class Call>
QWidget* whileModal(Call call, const std::function<void(QWidget*)>& inspect)
{
    QWidget* seen = nullptr;
    QTimer::singleShot(0, [&] {
        for (int i = 0; i < 500 && !QApplication::activeModalWidget(); ++i)
            QTest::qWait(10);
        seen = QApplication::activeModalWidget();
        if (!seen)
            return;
        inspect(seen);
        seen->close();
    });
    call();
    return seen;
}

} // namespace

TEST(PdfReceiptPrinter, PreviewsTheSaleAndSaysWhyWhenItCannot)
{
    TempStore store;
    services::SaleResult sale;
    receiptPdf(store, &sale);
    app::PdfReceiptPrinter printer(store.ctx());
    EXPECT_TRUE(printer.available());
    EXPECT_TRUE(printer.documentsAvailable());

    int pages = -1;
    QString title;
    whileModal([&] { printer.printSale(nullptr, sale); },
               [&](QWidget* w) {
                   auto* dialog = qobject_cast<ui::PdfPreviewDialog*>(w);
                   ASSERT_NE(dialog, nullptr) << "the preview opens";
                   pages = dialog->document().pageCount();
                   title = dialog->windowTitle();
               });
    EXPECT_EQ(pages, 1);
    EXPECT_TRUE(title.contains(sale.receiptNo)) << title.toStdString();

    whileModal([&] { printer.printShelfLabels(nullptr, {QStringLiteral("NM-500"), QStringLiteral("CM-KG")}); },
               [&](QWidget* w) {
                   auto* dialog = qobject_cast<ui::PdfPreviewDialog*>(w);
                   ASSERT_NE(dialog, nullptr);
                   EXPECT_EQ(dialog->document().pageCount(), 1);
                   EXPECT_NEAR(dialog->document().pagePointSize(0).width(), 595.28, 0.5) << "A4";
               });

    QString message;
    whileModal([&] { printer.printShelfLabels(nullptr, {QStringLiteral("KHONG-CO")}); },
               [&](QWidget* w) {
                   auto* box = qobject_cast<QMessageBox*>(w);
                   ASSERT_NE(box, nullptr) << "an unknown code is explained, not previewed";
                   message = box->text();
               });
    EXPECT_TRUE(message.contains(QStringLiteral("KHONG-CO"))) << message.toStdString();
}
