// The till's receipt printer in the app (issue 16), offscreen: the "Receipt
// printer" section of the settings screen, the failure message with Retry and
// Print later, and the queue of unprinted receipts on the receipts screen,
// against a fake network printer on 127.0.0.1.
#include "EscPosDecoder.h"
#include "FakePrinter.h"
#include "UiFixture.h"
#include "services/PrinterService.h"
#include "services/SaleService.h"
#include "src/app/PdfReceiptPrinter.h"
#include "src/app/ThermalReceiptPrinter.h"
#include "ui/PrintFailureDialog.h"
#include "ui/PrinterSection.h"
#include "ui/ReceiptsScreen.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>

using namespace ocopos;
using namespace ocopos::test;

namespace {

class ThermalUi : public UiTest {
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        admin = store.admin();
    }
    ui::ScreenEnv thermalEnv(const services::Session& s) { return ui::ScreenEnv { store.ctx(), s, &thermal, nullptr }; }
    /// The jobs that printed something.
    /// prints(), once the fake printer's thread has taken in `expected` prints
    /// (the app has sent them when it returns, the fake may still be reading).
    std::vector<EscPosPrint> printsOnceIn(std::size_t expected) const
    {
        for (int i = 0; i < 100 && prints().size() < expected; ++i)
            fake.waitForJobs(fake.jobs().size() + 1, 50);
        return prints();
    }
    std::vector<EscPosPrint> prints() const
    {
        std::vector<EscPosPrint> out;
        for (const auto& bytes : fake.jobs()) {
            auto p = decodeEscPos(bytes);
            if (p.image.height() > 0 || p.kicks > 0)
                out.push_back(std::move(p));
        }
        return out;
    }
    void setPrinter(int widthMm = 80)
    {
        services::PrinterSettings p;
        p.uri = QString::fromUtf8(fake.uri());
        p.widthMm = widthMm;
        services::PrinterService(store.ctx()).setPrinter(admin, p);
    }
    services::SaleResult cashSale()
    {
        services::SaleRequest r;
        r.lines.push_back(saleLine(QStringLiteral("NM-500"), QStringLiteral("1")));
        r.payments.push_back(cash(200000));
        return services::SaleService(store.ctx()).commit(cashier, r);
    }
    /// Answers every PrintFailureDialog that appears with `answer` (bounded: the
    /// dialog appears within the call that shows it, or never).
    void answerFailures(std::function<void(ui::PrintFailureDialog*)> answer)
    {
        auto* timer = new QTimer(&thermalOwner);
        timer->setInterval(5);
        QObject::connect(timer, &QTimer::timeout, &thermalOwner, [this, answer] {
            if (auto* d = qobject_cast<ui::PrintFailureDialog*>(QApplication::activeModalWidget())) {
                ++failuresShown;
                lastFailure = d->informativeText();
                answer(d);
            }
        });
        timer->start();
    }

    FakePrinter fake;
    services::Session admin;
    app::PdfReceiptPrinter pdf { store.ctx() };
    app::ThermalReceiptPrinter thermal { store.ctx(), pdf };
    QObject thermalOwner;
    int failuresShown = 0;
    QString lastFailure;
};

} // namespace

TEST_F(ThermalUi, TheSettingsSectionSavesThePrinterAndPrintsATestPage)
{
    ui::PrinterSection section(thermalEnv(admin));
    section.show();
    EXPECT_TRUE(section.uriField()->text().isEmpty()) << "no printer yet";
    EXPECT_TRUE(section.autoPrintBox()->isChecked());
    EXPECT_TRUE(section.kickBox()->isChecked());

    section.uriField()->setText(QStringLiteral("lpt1"));
    click(section.saveButton());
    EXPECT_EQ(section.messageLabel()->property("tone").toString(), QStringLiteral("error"));
    EXPECT_FALSE(services::PrinterService(store.ctx()).printer().has_value());

    section.uriField()->setText(QString::fromUtf8(fake.uri()));
    section.widthBox()->setCurrentIndex(section.widthBox()->findData(58));
    section.kickBox()->setChecked(false);
    click(section.saveButton());
    EXPECT_EQ(section.messageLabel()->property("tone").toString(), QStringLiteral("ok"))
        << section.messageLabel()->text().toStdString();
    const auto saved = services::PrinterService(store.ctx()).printer();
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->uri, QString::fromUtf8(fake.uri()));
    EXPECT_EQ(saved->widthMm, 58);
    EXPECT_FALSE(saved->kickOnCash);

    click(section.testButton());
    EXPECT_EQ(section.messageLabel()->property("tone").toString(), QStringLiteral("ok"))
        << section.messageLabel()->text().toStdString();
    ASSERT_TRUE(fake.waitForJobs(1));
    const auto p = prints();
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].image.width(), 384);
    EXPECT_EQ(p[0].cuts, 1);
    EXPECT_EQ(p[0].kicks, 0) << "a test page never opens the drawer";

    fake.refuse();
    click(section.testButton());
    EXPECT_EQ(section.messageLabel()->property("tone").toString(), QStringLiteral("error"));
    EXPECT_FALSE(section.messageLabel()->text().isEmpty());
}

TEST_F(ThermalUi, AnOfflinePrinterShowsRetryAndRetryPrintsOnce)
{
    openShift();
    setPrinter();
    fake.setMode(FakePrinter::Mode::Offline);
    const auto sale = cashSale();
    answerFailures([this](ui::PrintFailureDialog* d) {
        fake.setMode(FakePrinter::Mode::Ready); // the cashier turned it back on
        d->retryButton()->click();
    });
    thermal.saleCommitted(nullptr, sale);
    EXPECT_EQ(failuresShown, 1);
    EXPECT_FALSE(lastFailure.isEmpty());
    const auto p = printsOnceIn(1);
    ASSERT_EQ(p.size(), 1u) << "printed once, after the retry";
    EXPECT_EQ(p[0].kicks, 1) << "a cash sale opens the drawer with its receipt";
    EXPECT_EQ(decodeBarcodes(p[0].image, "Code128"), std::vector<std::string> { sale.receiptNo.toStdString() });
    EXPECT_TRUE(services::PrinterService(store.ctx()).unprinted().empty());
}

TEST_F(ThermalUi, PrintLaterKeepsTheReceiptInTheQueueOnTheReceiptsScreen)
{
    openShift();
    setPrinter();
    fake.setMode(FakePrinter::Mode::PaperOut);
    const auto sale = cashSale();
    answerFailures([](ui::PrintFailureDialog* d) { d->laterButton()->click(); });
    thermal.saleCommitted(nullptr, sale);
    EXPECT_EQ(failuresShown, 1);
    EXPECT_TRUE(prints().empty());
    ASSERT_EQ(services::PrinterService(store.ctx()).unprinted().size(), 1u) << "the sale stays, its receipt waits";

    ui::ReceiptsScreen screen(thermalEnv(manager));
    screen.show();
    ASSERT_TRUE(screen.unprintedList()->isVisible());
    ASSERT_EQ(screen.unprintedList()->count(), 1);
    EXPECT_TRUE(screen.unprintedList()->item(0)->text().contains(sale.receiptNo));
    fake.setMode(FakePrinter::Mode::Ready);
    click(screen.printQueuedButton());
    EXPECT_EQ(failuresShown, 1) << "no new failure";
    ASSERT_EQ(printsOnceIn(1).size(), 1u);
    EXPECT_EQ(screen.unprintedList()->count(), 0);
    EXPECT_TRUE(services::PrinterService(store.ctx()).unprinted().empty());
}

TEST_F(ThermalUi, OpenDrawerNeedsAReasonAndIsAudited)
{
    setPrinter();
    EXPECT_FALSE(thermal.openDrawer(cashier, QStringLiteral(" ")).isEmpty()) << "no reason, no drawer";
    EXPECT_TRUE(prints().empty());
    EXPECT_TRUE(thermal.openDrawer(cashier, QStringLiteral("Đổi tiền lẻ")).isEmpty());
    ASSERT_TRUE(fake.waitForJobs(1));
    const auto p = prints();
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].kicks, 1);
    EXPECT_EQ(p[0].image.height(), 0);
    db::Query q(store.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'drawer_open'"));
    EXPECT_EQ(q.scalar()->toInt(), 1);
}
