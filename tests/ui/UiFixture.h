#pragma once

#include "SaleFixtures.h"

#include "services/Session.h"
#include "ui/ReceiptPrinter.h"
#include "ui/ScreenRegistry.h"

#include <QApplication>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

#include <functional>

namespace ocopos::test {

/// A printer that remembers what it was asked to print.
class RecordingPrinter final : public ui::ReceiptPrinter {
public:
    bool available() const override { return true; }
    void printSale(QWidget*, const services::SaleResult& s) override { sales << s.receiptNo; }
    void printReturn(QWidget*, const services::ReturnResult& r) override { returns << r.number; }
    void printShiftReport(QWidget*, const services::ShiftReport& r) override { shifts << r.shift.id; }
    bool documentsAvailable() const override { return true; }
    void printSettlement(QWidget*, const services::Statement& s) override { settlements << s.producer.code; }
    void printSalesReport(QWidget*, const services::SalesReport& r) override { reports << r.rows.size(); }
    void printGoodsReceipt(QWidget*, const services::GoodsReceipt& g) override { goodsReceipts << g.number; }
    void printShelfLabels(QWidget*, const QStringList& codes) override { labels << codes; }
    QStringList settlements;
    QList<qsizetype> reports;
    QStringList goodsReceipts;
    QStringList labels;
    QStringList sales;
    QStringList returns;
    QList<qint64> shifts;
};

/// The small catalogue with stock on the shelf, a cashier (thu, PIN 1111), a
/// manager (ql, PIN 2222), the store's bank account, and no shift open.
class UiTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    ui::ScreenEnv env(const services::Session& s) { return ui::ScreenEnv{store.ctx(), s, &printer, nullptr}; }
    void openShift(std::int64_t floatVnd = 500000);
    /// Shows a widget as an active top-level window, so it has keyboard focus.
    static void showActive(QWidget* w);
    /// The one visible child of `parent` of type T named `name` (any name when empty).
    template <typename T>
    static T* find(QObject* parent, const QString& name = QString())
    {
        for (T* c : parent->findChildren<T*>(name))
            if (auto* w = qobject_cast<QWidget*>(c); !w || w->isVisible())
                return c;
        return nullptr;
    }
    /// Types text and Enter into a widget, as a scanner does.
    static void scan(QWidget* w, const QString& code);
    static void click(QWidget* button);

    TempStore store;
    RecordingPrinter printer;
    services::Session cashier;
    services::Session manager;
};

} // namespace ocopos::test
