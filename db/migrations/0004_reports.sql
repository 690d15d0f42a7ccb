-- OCOPOS schema: reports and settlement.
--
-- Reports group a year of sale lines (a million rows) in a fraction of a second.
-- Joining every line to its sale for the date costs more than the grouping, so
-- two facts of the sale are copied onto the line, both fixed once written:
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

-- By owner (and every report of a cooperative user, which is one owner's lines):
-- covering, so the grouping never reads the table.
DROP INDEX sale_lines_owner;
CREATE INDEX sale_lines_owner_day ON sale_lines(owner_id, sale_date, gross_vnd, net_vnd, vat_vnd, commission_vnd,
                                                payout_vnd, owner_first, sale_id);
-- By day, and the date range of every other grouping.
CREATE INDEX sale_lines_day ON sale_lines(sale_date, sale_id, gross_vnd, net_vnd, vat_vnd, commission_vnd, payout_vnd);
-- The voided sales of a period (subtracted from the line sums).
CREATE INDEX sales_status_day ON sales(status, sale_date);
