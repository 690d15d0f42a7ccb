-- OCOPOS schema, version 2: inventory.
-- A stocktake keeps what it found, lot by lot, so its variance report can be
-- shown again later (stock_movements holds only the difference it booked).
-- Quantities are thousandths of the product's unit, as everywhere.

CREATE TABLE stock_count_lines (
    id            INTEGER PRIMARY KEY,
    count_id      INTEGER NOT NULL REFERENCES stock_counts(id),
    line_no       INTEGER NOT NULL,   -- the count.csv line it came from
    product_id    INTEGER NOT NULL REFERENCES products(id),
    lot_id        INTEGER NOT NULL REFERENCES lots(id),
    by_product    INTEGER NOT NULL CHECK (by_product IN (0,1)),  -- 1: the product's total was counted and spread
    expected_qty  INTEGER NOT NULL,
    counted_qty   INTEGER NOT NULL CHECK (counted_qty >= 0),
    UNIQUE (count_id, lot_id)
);
CREATE INDEX stock_count_lines_count ON stock_count_lines(count_id);
CREATE INDEX stock_count_lines_lot ON stock_count_lines(lot_id);

CREATE INDEX goods_receipts_producer ON goods_receipts(producer_id);
CREATE INDEX lots_receipt ON lots(receipt_id);
-- A void or return finds the movements of the sale it reverses.
CREATE INDEX stock_movements_ref ON stock_movements(ref_type, ref_id);
