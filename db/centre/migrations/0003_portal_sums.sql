-- The portal dashboard's tables by product and by member household read day
-- sums, as the report by producer reads centre_owner_days, instead of every
-- sale line of the period (docs/PERFORMANCE.md §Portal). Each batch keeps
-- them in its transaction: a sale adds on its day, a void subtracts its sale
-- there, a return counts on its own day (products only: a return line names
-- no lot, so the household sums are of what was sold).

-- Per store, owner (store producer code), SKU and store-local day. name: the
-- least of the names the lines carried (the store may rename a product).
CREATE TABLE centre_sku_days (
    store_id          BIGINT NOT NULL REFERENCES centre_stores(id),
    owner             TEXT NOT NULL,
    sku               TEXT NOT NULL,
    day               DATE NOT NULL,
    name              TEXT,
    lines             BIGINT NOT NULL DEFAULT 0,
    qty               BIGINT NOT NULL DEFAULT 0,
    gross_vnd         BIGINT NOT NULL DEFAULT 0,
    net_vnd           BIGINT NOT NULL DEFAULT 0,
    commission_vnd    BIGINT NOT NULL DEFAULT 0,
    payout_vnd        BIGINT NOT NULL DEFAULT 0,
    return_lines      BIGINT NOT NULL DEFAULT 0,
    return_qty        BIGINT NOT NULL DEFAULT 0,
    returns_vnd       BIGINT NOT NULL DEFAULT 0,
    return_comm_vnd   BIGINT NOT NULL DEFAULT 0,
    return_payout_vnd BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (store_id, owner, day, sku)
);

-- Per store, owner, lot producer (the household whose lot was sold) and day.
CREATE TABLE centre_household_days (
    store_id   BIGINT NOT NULL REFERENCES centre_stores(id),
    owner      TEXT NOT NULL,
    producer   TEXT NOT NULL,
    day        DATE NOT NULL,
    lots       BIGINT NOT NULL DEFAULT 0,
    qty        BIGINT NOT NULL DEFAULT 0,
    amount_vnd BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (store_id, owner, day, producer)
);

-- A centre that already holds sales: the sums of what it holds.
INSERT INTO centre_sku_days (store_id, owner, sku, day, name, lines, qty, gross_vnd, net_vnd, commission_vnd,
                             payout_vnd, return_lines, return_qty, returns_vnd, return_comm_vnd, return_payout_vnd)
SELECT store_id, owner, sku, day, MIN(name), SUM(lines), SUM(qty), SUM(gross), SUM(net), SUM(comm), SUM(payout),
       SUM(rlines), SUM(rqty), SUM(ret), SUM(rcomm), SUM(rpayout)
FROM (SELECT l.store_id, l.owner, l.sku, l.sale_date AS day, l.name, 1 AS lines, l.qty, l.gross_vnd AS gross,
             l.net_vnd AS net, l.commission_vnd AS comm, l.payout_vnd AS payout, 0 AS rlines, 0 AS rqty, 0 AS ret,
             0 AS rcomm, 0 AS rpayout
      FROM centre_sale_lines l JOIN centre_sales s ON s.store_id = l.store_id AND s.sale_id = l.sale_id
           AND s.sale_date = l.sale_date
      WHERE s.voided_entry_id IS NULL
      UNION ALL
      SELECT r.store_id, r.owner, r.sku, r.return_date, NULL, 0, 0, 0, 0, 0, 0, 1, r.qty, r.refund_vnd,
             r.commission_vnd, r.payout_vnd
      FROM centre_return_lines r) x
GROUP BY store_id, owner, sku, day;

INSERT INTO centre_household_days (store_id, owner, producer, day, lots, qty, amount_vnd)
SELECT l.store_id, l.owner, lt.producer, l.sale_date, COUNT(*), SUM(lt.qty), SUM(lt.amount_vnd)
FROM centre_sale_lines l
     JOIN centre_sales s ON s.store_id = l.store_id AND s.sale_id = l.sale_id AND s.sale_date = l.sale_date
     JOIN centre_sale_line_lots lt ON lt.store_id = l.store_id AND lt.sale_id = l.sale_id AND lt.line_no = l.line_no
          AND lt.sale_date = l.sale_date
WHERE s.voided_entry_id IS NULL
GROUP BY l.store_id, l.owner, lt.producer, l.sale_date;
