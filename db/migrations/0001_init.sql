-- OCOPOS schema, version 1: the whole model of product.md §1.
-- Money columns are whole đồng (INTEGER, *_vnd); quantities are thousandths of
-- the product's unit (INTEGER, qty*); percentages are basis points (*_bp);
-- times are ISO 8601 text with offset; *_date / *_on are store-local YYYY-MM-DD.
-- Portable SQL as far as SQLite allows: INTEGER PRIMARY KEY (a rowid alias here)
-- is the one dialect point a PostgreSQL port must map (to an identity column).

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE producers (
    id             INTEGER PRIMARY KEY,
    code           TEXT NOT NULL UNIQUE,
    kind           TEXT NOT NULL CHECK (kind IN ('cooperative','coop_group','enterprise','household','individual')),
    name           TEXT NOT NULL CHECK (name <> ''),
    name_key       TEXT NOT NULL,
    parent_id      INTEGER REFERENCES producers(id),
    tax_code       TEXT,
    address        TEXT,
    district       TEXT,
    province       TEXT,
    phone          TEXT,
    bank_bin       TEXT,
    bank_account   TEXT,
    commission_bp  INTEGER CHECK (commission_bp IS NULL OR (commission_bp BETWEEN 0 AND 10000)),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX producers_parent ON producers(parent_id);

CREATE TABLE users (
    id               INTEGER PRIMARY KEY,
    username         TEXT NOT NULL UNIQUE,
    display_name     TEXT NOT NULL,
    role             TEXT NOT NULL CHECK (role IN ('admin','manager','cashier','cooperative')),
    producer_id      INTEGER REFERENCES producers(id),
    pin_hash         TEXT NOT NULL,
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
    failed_attempts  INTEGER NOT NULL DEFAULT 0,
    locked_until     TEXT,
    created_at       TEXT NOT NULL,
    CHECK ((role = 'cooperative' AND producer_id IS NOT NULL) OR (role <> 'cooperative' AND producer_id IS NULL))
);

CREATE TABLE products (
    id                INTEGER PRIMARY KEY,
    sku               TEXT NOT NULL UNIQUE,
    name              TEXT NOT NULL CHECK (name <> ''),
    name_key          TEXT NOT NULL,
    unit              TEXT NOT NULL,
    sold_by           TEXT NOT NULL CHECK (sold_by IN ('unit','weight')),
    price_vnd         INTEGER NOT NULL CHECK (price_vnd >= 0),
    vat               TEXT NOT NULL CHECK (vat IN ('0','5','8','10','KCT')),
    category          TEXT,
    owner_id          INTEGER NOT NULL REFERENCES producers(id),
    ocop_stars        INTEGER CHECK (ocop_stars IS NULL OR ocop_stars IN (3,4,5)),
    ocop_cert_no      TEXT,
    ocop_cert_expiry  TEXT,
    supply            TEXT NOT NULL CHECK (supply IN ('consignment','purchased')),
    commission_bp     INTEGER CHECK (commission_bp IS NULL OR (commission_bp BETWEEN 0 AND 10000)),
    reorder_point     INTEGER CHECK (reorder_point IS NULL OR reorder_point >= 0),
    plu               TEXT UNIQUE,
    active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX products_owner ON products(owner_id);
CREATE INDEX products_name_key ON products(name_key);

CREATE TABLE barcodes (
    code        TEXT PRIMARY KEY,
    product_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE
);
CREATE INDEX barcodes_product ON barcodes(product_id);

-- Every change of price or VAT, whoever made it (import, edit, schedule).
CREATE TABLE price_history (
    id             INTEGER PRIMARY KEY,
    product_id     INTEGER NOT NULL REFERENCES products(id),
    changed_at     TEXT NOT NULL,
    user_id        INTEGER REFERENCES users(id),
    source         TEXT NOT NULL CHECK (source IN ('import','edit','schedule')),
    old_price_vnd  INTEGER,
    new_price_vnd  INTEGER NOT NULL CHECK (new_price_vnd >= 0),
    old_vat        TEXT,
    new_vat        TEXT NOT NULL
);
CREATE INDEX price_history_product ON price_history(product_id, changed_at);

-- Price and VAT changes that take effect by themselves on a day.
CREATE TABLE price_schedule (
    id            INTEGER PRIMARY KEY,
    product_id    INTEGER NOT NULL REFERENCES products(id),
    effective_on  TEXT NOT NULL,
    price_vnd     INTEGER CHECK (price_vnd IS NULL OR price_vnd >= 0),
    vat           TEXT CHECK (vat IS NULL OR vat IN ('0','5','8','10','KCT')),
    created_at    TEXT NOT NULL,
    created_by    INTEGER REFERENCES users(id),
    applied_at    TEXT,
    CHECK (price_vnd IS NOT NULL OR vat IS NOT NULL)
);
CREATE INDEX price_schedule_due ON price_schedule(applied_at, effective_on);

CREATE TABLE goods_receipts (
    id           INTEGER PRIMARY KEY,
    number       TEXT NOT NULL UNIQUE,
    producer_id  INTEGER NOT NULL REFERENCES producers(id),
    received_at  TEXT NOT NULL,
    user_id      INTEGER NOT NULL REFERENCES users(id),
    note         TEXT
);

CREATE TABLE lots (
    id              INTEGER PRIMARY KEY,
    product_id      INTEGER NOT NULL REFERENCES products(id),
    receipt_id      INTEGER NOT NULL REFERENCES goods_receipts(id),
    producer_id     INTEGER NOT NULL REFERENCES producers(id),
    lot_code        TEXT NOT NULL,
    produced_on     TEXT,
    expires_on      TEXT,
    unit_cost_vnd   INTEGER CHECK (unit_cost_vnd IS NULL OR unit_cost_vnd >= 0),
    received_qty    INTEGER NOT NULL CHECK (received_qty > 0),
    -- Cache of SUM(stock_movements.qty) for the lot; `check` proves they agree.
    on_hand         INTEGER NOT NULL,
    received_at     TEXT NOT NULL,
    UNIQUE (product_id, lot_code),
    CHECK (produced_on IS NULL OR expires_on IS NULL OR expires_on >= produced_on)
);
CREATE INDEX lots_product ON lots(product_id, expires_on);
CREATE INDEX lots_producer ON lots(producer_id);

CREATE TABLE stock_counts (
    id          INTEGER PRIMARY KEY,
    counted_at  TEXT NOT NULL,
    user_id     INTEGER NOT NULL REFERENCES users(id),
    note        TEXT
);

-- The append-only stock ledger. lot_id is NULL only for a manager-overridden
-- short sale ("unlotted") and its reversals.
CREATE TABLE stock_movements (
    id          INTEGER PRIMARY KEY,
    product_id  INTEGER NOT NULL REFERENCES products(id),
    lot_id      INTEGER REFERENCES lots(id),
    kind        TEXT NOT NULL CHECK (kind IN ('receipt','sale','return','adjustment','count','write_off','void')),
    qty         INTEGER NOT NULL CHECK (qty <> 0),
    at          TEXT NOT NULL,
    user_id     INTEGER NOT NULL REFERENCES users(id),
    reason      TEXT,
    ref_type    TEXT,
    ref_id      INTEGER
);
CREATE INDEX stock_movements_lot ON stock_movements(lot_id);
CREATE INDEX stock_movements_product ON stock_movements(product_id, at);

CREATE TABLE shifts (
    id            INTEGER PRIMARY KEY,
    till          TEXT NOT NULL,
    opened_by     INTEGER NOT NULL REFERENCES users(id),
    opened_at     TEXT NOT NULL,
    float_vnd     INTEGER NOT NULL CHECK (float_vnd >= 0),
    closed_by     INTEGER REFERENCES users(id),
    closed_at     TEXT,
    counted_vnd   INTEGER CHECK (counted_vnd IS NULL OR counted_vnd >= 0),
    expected_vnd  INTEGER,
    status        TEXT NOT NULL CHECK (status IN ('open','closed'))
);
CREATE INDEX shifts_till ON shifts(till, status);

-- Gapless receipt numbers per till: one row per till, bumped inside the sale's
-- transaction.
CREATE TABLE till_counters (
    till      TEXT PRIMARY KEY,
    last_seq  INTEGER NOT NULL
);

CREATE TABLE sales (
    id                   INTEGER PRIMARY KEY,
    till                 TEXT NOT NULL,
    seq                  INTEGER NOT NULL,
    receipt_no           TEXT NOT NULL UNIQUE,
    shift_id             INTEGER NOT NULL REFERENCES shifts(id),
    cashier_id           INTEGER NOT NULL REFERENCES users(id),
    at                   TEXT NOT NULL,
    sale_date            TEXT NOT NULL,
    gross_vnd            INTEGER NOT NULL CHECK (gross_vnd >= 0),
    discount_vnd         INTEGER NOT NULL CHECK (discount_vnd >= 0),
    total_vnd            INTEGER NOT NULL CHECK (total_vnd >= 0),
    vat_vnd              INTEGER NOT NULL CHECK (vat_vnd >= 0),
    paid_vnd             INTEGER NOT NULL CHECK (paid_vnd >= 0),
    change_vnd           INTEGER NOT NULL CHECK (change_vnd >= 0),
    sale_discount_kind   TEXT CHECK (sale_discount_kind IS NULL OR sale_discount_kind IN ('percent','amount')),
    sale_discount_value  INTEGER,
    override_by          INTEGER REFERENCES users(id),
    status               TEXT NOT NULL CHECK (status IN ('completed','voided')),
    voided_at            TEXT,
    voided_by            INTEGER REFERENCES users(id),
    UNIQUE (till, seq)
);
CREATE INDEX sales_date ON sales(sale_date);
CREATE INDEX sales_shift ON sales(shift_id);

-- The attribution snapshot: everything a report or settlement needs, as it was
-- at the time of sale.
CREATE TABLE sale_lines (
    id                 INTEGER PRIMARY KEY,
    sale_id            INTEGER NOT NULL REFERENCES sales(id),
    line_no            INTEGER NOT NULL,
    product_id         INTEGER NOT NULL REFERENCES products(id),
    sku                TEXT NOT NULL,
    name               TEXT NOT NULL,
    unit               TEXT NOT NULL,
    sold_by            TEXT NOT NULL CHECK (sold_by IN ('unit','weight')),
    category           TEXT,
    qty                INTEGER NOT NULL CHECK (qty > 0),
    unit_price_vnd     INTEGER NOT NULL CHECK (unit_price_vnd >= 0),
    gross_vnd          INTEGER NOT NULL CHECK (gross_vnd >= 0),
    line_discount_vnd  INTEGER NOT NULL CHECK (line_discount_vnd >= 0),
    line_discount_kind TEXT CHECK (line_discount_kind IS NULL OR line_discount_kind IN ('percent','amount')),
    line_discount_value INTEGER,
    sale_discount_vnd  INTEGER NOT NULL CHECK (sale_discount_vnd >= 0),
    net_vnd            INTEGER NOT NULL CHECK (net_vnd >= 0),
    vat_rate           TEXT NOT NULL CHECK (vat_rate IN ('0','5','8','10','KCT')),
    vat_vnd            INTEGER NOT NULL CHECK (vat_vnd >= 0),
    owner_id           INTEGER NOT NULL REFERENCES producers(id),
    supply             TEXT NOT NULL CHECK (supply IN ('consignment','purchased')),
    commission_bp      INTEGER NOT NULL CHECK (commission_bp BETWEEN 0 AND 10000),
    commission_vnd     INTEGER NOT NULL CHECK (commission_vnd >= 0),
    payout_vnd         INTEGER NOT NULL CHECK (payout_vnd >= 0),
    unlotted           INTEGER NOT NULL DEFAULT 0 CHECK (unlotted IN (0,1)),
    UNIQUE (sale_id, line_no),
    CHECK (net_vnd = gross_vnd - line_discount_vnd - sale_discount_vnd)
);
CREATE INDEX sale_lines_sale ON sale_lines(sale_id);
CREATE INDEX sale_lines_product ON sale_lines(product_id);
CREATE INDEX sale_lines_owner ON sale_lines(owner_id);

-- Each line's allocation to lots, in the order taken (seq). lot_id NULL is the
-- "unlotted" allocation of an overridden short sale, credited to the owner.
CREATE TABLE sale_line_lots (
    id            INTEGER PRIMARY KEY,
    sale_line_id  INTEGER NOT NULL REFERENCES sale_lines(id),
    seq           INTEGER NOT NULL,
    lot_id        INTEGER REFERENCES lots(id),
    producer_id   INTEGER NOT NULL REFERENCES producers(id),
    qty           INTEGER NOT NULL CHECK (qty > 0),
    amount_vnd    INTEGER NOT NULL CHECK (amount_vnd >= 0),
    UNIQUE (sale_line_id, seq)
);
CREATE INDEX sale_line_lots_lot ON sale_line_lots(lot_id);
CREATE INDEX sale_line_lots_producer ON sale_line_lots(producer_id);

CREATE TABLE payments (
    id          INTEGER PRIMARY KEY,
    sale_id     INTEGER NOT NULL REFERENCES sales(id),
    seq         INTEGER NOT NULL,
    method      TEXT NOT NULL CHECK (method IN ('cash','card','bank_qr')),
    amount_vnd  INTEGER NOT NULL CHECK (amount_vnd > 0),
    reference   TEXT,
    vietqr      TEXT,
    UNIQUE (sale_id, seq)
);

CREATE TABLE returns (
    id           INTEGER PRIMARY KEY,
    number       TEXT NOT NULL UNIQUE,
    sale_id      INTEGER NOT NULL REFERENCES sales(id),
    shift_id     INTEGER REFERENCES shifts(id),
    at           TEXT NOT NULL,
    return_date  TEXT NOT NULL,
    user_id      INTEGER NOT NULL REFERENCES users(id),
    damaged      INTEGER NOT NULL DEFAULT 0 CHECK (damaged IN (0,1)),
    refund_vnd   INTEGER NOT NULL CHECK (refund_vnd >= 0),
    reason       TEXT
);
CREATE INDEX returns_date ON returns(return_date);
CREATE INDEX returns_sale ON returns(sale_id);

CREATE TABLE return_lines (
    id              INTEGER PRIMARY KEY,
    return_id       INTEGER NOT NULL REFERENCES returns(id),
    sale_line_id    INTEGER NOT NULL REFERENCES sale_lines(id),
    qty             INTEGER NOT NULL CHECK (qty > 0),
    refund_vnd      INTEGER NOT NULL CHECK (refund_vnd >= 0),
    vat_vnd         INTEGER NOT NULL CHECK (vat_vnd >= 0),
    commission_vnd  INTEGER NOT NULL CHECK (commission_vnd >= 0),
    payout_vnd      INTEGER NOT NULL CHECK (payout_vnd >= 0)
);
CREATE INDEX return_lines_return ON return_lines(return_id);
CREATE INDEX return_lines_sale_line ON return_lines(sale_line_id);

CREATE TABLE return_line_lots (
    id              INTEGER PRIMARY KEY,
    return_line_id  INTEGER NOT NULL REFERENCES return_lines(id),
    lot_id          INTEGER REFERENCES lots(id),
    producer_id     INTEGER NOT NULL REFERENCES producers(id),
    qty             INTEGER NOT NULL CHECK (qty > 0),
    amount_vnd      INTEGER NOT NULL CHECK (amount_vnd >= 0)
);
CREATE INDEX return_line_lots_line ON return_line_lots(return_line_id);

-- A parked cart survives a restart; content is the cart as JSON.
CREATE TABLE parked_carts (
    id         INTEGER PRIMARY KEY,
    till       TEXT NOT NULL,
    user_id    INTEGER NOT NULL REFERENCES users(id),
    parked_at  TEXT NOT NULL,
    label      TEXT,
    content    TEXT NOT NULL
);

-- A finalized statement is frozen: content holds it as it was finalized.
CREATE TABLE settlements (
    id              INTEGER PRIMARY KEY,
    producer_id     INTEGER NOT NULL REFERENCES producers(id),
    from_date       TEXT NOT NULL,
    to_date         TEXT NOT NULL,
    finalized_at    TEXT NOT NULL,
    finalized_by    INTEGER NOT NULL REFERENCES users(id),
    net_vnd         INTEGER NOT NULL,
    returns_vnd     INTEGER NOT NULL,
    commission_vnd  INTEGER NOT NULL,
    payout_vnd      INTEGER NOT NULL,
    content         TEXT NOT NULL,
    CHECK (to_date >= from_date)
);
CREATE INDEX settlements_producer ON settlements(producer_id, from_date);

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    user_id   INTEGER REFERENCES users(id),
    username  TEXT,
    action    TEXT NOT NULL,
    detail    TEXT
);
CREATE INDEX audit_log_at ON audit_log(at);

-- The hash chain: hash = SHA-256(prev_hash || content); content is canonical JSON.
CREATE TABLE journal (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('sale','void','return')),
    ref_id     INTEGER NOT NULL,
    content    TEXT NOT NULL,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL UNIQUE
);
