#pragma once

#include "core/Catalog.h"
#include "core/Errors.h"
#include "services/AlertService.h"
#include "services/StockService.h"

#include <QAbstractTableModel>
#include <QStandardItemModel>
#include <map>
#include <optional>
#include <vector>

namespace ocopos::ui {

/// The manager's products table: the catalogue row with its stock on hand. The
/// numbers are the services' (StockService on hand, AlertService flags); this
/// model only formats them.
class StockTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Sku, Name, Unit, Category, Owner, Price, OnHand, Stars, CertExpiry, Barcodes, ColumnCount };
    struct Row {
        core::Product product;
        std::optional<core::Quantity> onHand; ///< empty when stock was not asked for
        bool low = false;
        bool expiring = false; ///< holds a lot expiring soon (or expired)
        bool certificate = false; ///< certificate expired or expiring soon
    };

    explicit StockTableModel(QObject* parent = nullptr);
    void setRows(std::vector<Row> rows);
    const Row* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> m_rows;
};

/// Producers as a tree: each cooperative or enterprise with its member
/// households under it. The producer code is in Qt::UserRole of column 0.
class ProducerTreeModel : public QStandardItemModel {
    Q_OBJECT
public:
    enum Column { Name, Code, Kind, Province, Phone, ColumnCount };
    explicit ProducerTreeModel(QObject* parent = nullptr);
    void setProducers(const std::vector<core::Producer>& producers);
    const core::Producer* producer(const QModelIndex& index) const;
    static QString kindName(core::ProducerKind kind);

private:
    std::vector<core::Producer> m_producers;
};

/// AlertService's results in three groups (low stock, lots expiring or expired,
/// OCOP certificates). Each alert row carries its product SKU in Qt::UserRole.
class AlertsModel : public QStandardItemModel {
    Q_OBJECT
public:
    enum Column { Product, Detail, Quantity, Date, DaysLeft, ColumnCount };
    static constexpr int SkuRole = Qt::UserRole;
    explicit AlertsModel(QObject* parent = nullptr);
    /// `units` (SKU → unit, e.g. "kg", "hộp 100g") labels the quantities of lots.
    void setAlerts(const services::Alerts& alerts, const std::map<QString, QString>& units = {});
    /// The group rows, in order: low stock, expiring lots, certificates.
    QModelIndex group(int which) const { return index(which, 0); }
};

/// Problems a service found in a file or a form, by line and field.
class ProblemListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Line, Field, Why, ColumnCount };
    explicit ProblemListModel(QObject* parent = nullptr);
    void setProblems(std::vector<Problem> problems);
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Problem> m_problems;
};

/// "28/11/2026", the way a Vietnamese shop writes a date; empty for none.
QString shortDate(const std::optional<QDate>& date);
/// Reads "28/11/2026", "28/11/26" or "2026-11-28"; empty text is no date.
/// Throws ValidationError naming `field`.
std::optional<QDate> parseShortDate(const QString& text, const char* field);

} // namespace ocopos::ui
