#pragma once

#include "core/Catalog.h"
#include "core/Errors.h"
#include "services/StockService.h"
#include "services/StocktakeService.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <optional>
#include <vector>

namespace ocopos::ui {

/// The lines of a goods receipt being entered. Editable: quantity, lot code,
/// production and expiry dates, unit cost. It writes them as receive.csv for
/// GoodsReceiptService (which checks everything) and puts the service's
/// problems back on the lines they belong to.
class ReceiptEntryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Sku, Qty, LotCode, Producer, ProducedOn, ExpiresOn, UnitCost, Problem, ColumnCount };
    struct Line {
        core::Product product;
        core::Quantity qty = core::Quantity::units(1);
        QString lotCode;
        /// Who made the lot (a member household's code); empty: the service's default.
        QString producerCode;
        std::optional<QDate> producedOn;
        std::optional<QDate> expiresOn;
        std::optional<core::Money> unitCost;
        QString problem;
    };

    explicit ReceiptEntryModel(QObject* parent = nullptr);
    /// A product scanned or picked: one more of it on its last line (or a new line
    /// for it). Returns the row.
    int addProduct(const core::Product& product);
    void removeLine(int row);
    void clearLines();
    const std::vector<Line>& lines() const { return m_lines; }

    /// receive.csv for GoodsReceiptService::receive; line N of the file is row N − 2.
    QByteArray toCsv() const;
    /// Puts each problem on its row (file line − 2); problems of no line go on every row.
    void setProblems(const std::vector<ocopos::Problem>& problems);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// A value typed into a cell could not be read (the cell keeps its value).
    void inputRefused(const QString& message);

private:
    std::vector<Line> m_lines;
};

/// A stock count being entered: one row per lot on the book (expected = on hand),
/// or, counting by product, one row per product with lots (expected = the sum of
/// its lots); the counted quantity typed or scanned, and the variance as the
/// stocktake service defines it (CountedLot::variance). After commit the rows are
/// the service's variance report (by product: its lots summed).
class CountEntryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Sku, LotCode, ExpiresOn, Expected, Counted, Variance, ColumnCount };
    enum class CountBy { Lot, Product };
    struct Row {
        services::CountedLot lot;  ///< by product: lotId 0, no lot code, the lots' totals
        core::SoldBy soldBy = core::SoldBy::Unit;
        bool counted = false;
        int lots = 1;  ///< how many lots the row stands for
    };

    explicit CountEntryModel(QObject* parent = nullptr);
    /// The book from StockService: every lot of every product, a row per lot or per product.
    void setStock(const std::vector<services::ProductStock>& stock, CountBy by = CountBy::Lot);
    CountBy countBy() const { return m_by; }
    /// The booked count: the service's variance report replaces the rows counted.
    void setResult(const services::StockCount& count);
    /// First row of a product (by SKU), −1 when it has no lot.
    int firstRowOf(const QString& sku) const;
    /// One more counted on a row (a scan). Returns false for a bad row.
    bool countOne(int row);
    const std::vector<Row>& rows() const { return m_rows; }
    int countedRows() const;

    /// count.csv for StocktakeService::count: only the counted rows, a product row
    /// without a lot code (the service spreads it over the lots); line N is the
    /// (N − 1)th counted row.
    QByteArray toCsv() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void inputRefused(const QString& message);

private:
    std::vector<Row> m_rows;
    CountBy m_by = CountBy::Lot;
};

} // namespace ocopos::ui
