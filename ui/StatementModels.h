#pragma once

#include "services/SettlementService.h"

#include <QAbstractTableModel>

namespace ocopos::ui {

/// A statement's lines: one per product and supply mode. Figures are formatted,
/// never computed.
class StatementLinesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Product, Supply, Qty, Gross, Returns, Net, Commission, Payout, ColumnCount };

    explicit StatementLinesModel(QObject* parent = nullptr);
    void setLines(std::vector<services::StatementLine> lines);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<services::StatementLine> m_lines;
};

/// What each member household (or the owner itself) made of the statement.
class StatementHouseholdsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Household, Net, Returns, Commission, Payout, ColumnCount };

    explicit StatementHouseholdsModel(QObject* parent = nullptr);
    void setHouseholds(std::vector<services::StatementHousehold> households);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<services::StatementHousehold> m_households;
};

/// The finalized statements, newest period first.
class SettlementListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Period, Producer, Net, Payout, Finalized, ColumnCount };

    explicit SettlementListModel(QObject* parent = nullptr);
    void setSettlements(std::vector<services::SettlementSummary> list);
    const services::SettlementSummary* at(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<services::SettlementSummary> m_list;
};

} // namespace ocopos::ui
