-- OCOPOS schema: reports and settlement.
--
-- Reports group a year of sale lines (a million rows) in a fraction of a second.
-- Joining every line to its sale for the date costs more than the grouping, so
-- two facts of the sale are copied onto the line, both fixed once written
-- (and, below, the lines are summed per owner and day):
--   sale_date    the sale's store-local day (sales.sale_date never changes);
--   owner_first  1 on the first line of each owner in a sale, 0 on the others:
--                SUM(owner_first) counts an owner's receipts without
--                COUNT(DISTINCT sale_id), which needs a temporary b-tree.
-- Both are filled by the sale engine (db/SaleRepository.cpp, insertLine) and
-- here for the lines already written. Voids change only sales.status: reports
-- subtract the lines of voided sales, which are few, instead of joining every
-- line to its sale.

ALTER TABLE sale_lines ADD COLUMN sale_date TEXT;
ALTER TABLE sale_lines ADD COLUMN owner_first INTEGER NOT NULL DEFAULT 0 CHECK (owner_first IN (0,1));

UPDATE sale_lines SET sale_date = (SELECT s.sale_date FROM sales s WHERE s.id = sale_lines.sale_id);
UPDATE sale_lines SET owner_first = 1
 WHERE id = (SELECT MIN(x.id) FROM sale_lines x WHERE x.sale_id = sale_lines.sale_id AND x.owner_id = sale_lines.owner_id);

-- Every sale line ever written, summed per owner and day (voided sales
-- included, like the lines; reports subtract those). The sales report by owner,
-- the one a store runs over a year, reads a few thousand of these rows instead
-- of a million lines. Kept by the sale engine in the transaction that writes the
-- line (SaleRepository::insertLine); ReportRepository can rebuild and verify it.
CREATE TABLE sale_owner_days (
    owner_id        INTEGER NOT NULL REFERENCES producers(id),
    sale_date       TEXT NOT NULL,
    lines           INTEGER NOT NULL,
    receipts        INTEGER NOT NULL,   -- Σ owner_first
    gross_vnd       INTEGER NOT NULL,
    net_vnd         INTEGER NOT NULL,
    vat_vnd         INTEGER NOT NULL,
    commission_vnd  INTEGER NOT NULL,
    payout_vnd      INTEGER NOT NULL,
    PRIMARY KEY (owner_id, sale_date)
);
INSERT INTO sale_owner_days (owner_id, sale_date, lines, receipts, gross_vnd, net_vnd, vat_vnd, commission_vnd, payout_vnd)
SELECT owner_id, sale_date, COUNT(*), SUM(owner_first), SUM(gross_vnd), SUM(net_vnd), SUM(vat_vnd), SUM(commission_vnd),
       SUM(payout_vnd)
  FROM sale_lines GROUP BY owner_id, sale_date;

-- One owner's lines of a period (every report of a cooperative user).
DROP INDEX sale_lines_owner;
CREATE INDEX sale_lines_owner_day ON sale_lines(owner_id, sale_date);
-- By day, and the date range of every other grouping.
CREATE INDEX sale_lines_day ON sale_lines(sale_date, sale_id, gross_vnd, net_vnd, vat_vnd, commission_vnd, payout_vnd);
-- The voided sales of a period (subtracted from the line sums). Partial: voids
-- are rare, and an index on status would tempt the planner to drive a join from
-- the hundreds of thousands of completed sales.
CREATE INDEX sales_voided_day ON sales(sale_date) WHERE status = 'voided';
