-- OCOPOS schema: sums that keep the sales report by owner fast.
--
-- A covering index still left the report by owner at ~0.35 s of CPU for a year
-- of a million lines, and an index on sales(status) tempted SQLite to drive
-- joins from the hundreds of thousands of completed sales. So:
--
-- sale_owner_days: every sale line ever written, summed per owner and day
-- (voided sales included, like the lines; reports subtract those). The report
-- by owner reads a few thousand of these rows instead of a million lines. Kept
-- by the sale engine in the transaction that writes the line
-- (SaleRepository::insertLine); ReportRepository can rebuild and verify it.
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

-- One owner's lines of a period (every report of a cooperative user): the sums
-- above replace the covering index 0004 made for the report by owner.
DROP INDEX sale_lines_owner_day;
CREATE INDEX sale_lines_owner_day ON sale_lines(owner_id, sale_date);

-- The voided sales of a period (subtracted from the line sums). Partial: voids
-- are rare, and an index on status would tempt the planner to drive a join from
-- the completed sales.
DROP INDEX sales_status_day;
CREATE INDEX sales_voided_day ON sales(sale_date) WHERE status = 'voided';
