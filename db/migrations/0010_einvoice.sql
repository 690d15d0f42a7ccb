-- E-invoices generated from the cash register (docs/EINVOICE.md). One row per
-- invoice: a sale's original, a return's adjustment, a void's cancelling
-- adjustment. Written in the same transaction as the sale, return or void,
-- under the store's write lock, so numbers are gapless per series and year
-- (the next number is MAX + 1 of that series and year). The XML is the legal
-- document: the triggers below refuse to rewrite it, its number or what it
-- belongs to, and to delete the row; the sale's journal entry carries the
-- number and the XML's SHA-256, so `check` finds any change made around them.
-- Settings are keys of the settings table (einvoice_*).
CREATE TABLE einvoices (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('original','adjustment','cancel')),
    form             TEXT NOT NULL CHECK (form IN ('1','2')),
    series           TEXT NOT NULL,
    year             INTEGER NOT NULL,
    number           INTEGER NOT NULL CHECK (number > 0),
    issued_on        TEXT NOT NULL,
    sale_id          INTEGER NOT NULL REFERENCES sales(id),
    return_id        INTEGER REFERENCES returns(id),
    refers_to        INTEGER REFERENCES einvoices(id),
    total_vnd        INTEGER NOT NULL,
    xml              TEXT NOT NULL,
    xml_sha256       TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'pending'
                     CHECK (status IN ('pending','sent','accepted','rejected')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT,
    last_error       TEXT,
    provider_ref     TEXT,
    authority_code   TEXT,
    reject_reason    TEXT,
    status_at        TEXT,
    UNIQUE (series, year, number)
);
CREATE INDEX einvoices_status ON einvoices(status, id);
CREATE INDEX einvoices_sale ON einvoices(sale_id);
CREATE INDEX einvoices_issued ON einvoices(issued_on);

CREATE TRIGGER einvoices_no_rewrite BEFORE UPDATE OF kind, form, series, year, number, issued_on, sale_id, return_id,
    refers_to, total_vnd, xml, xml_sha256 ON einvoices
BEGIN
    SELECT RAISE(ABORT, 'an e-invoice is never rewritten: its XML and number are the legal document');
END;

CREATE TRIGGER einvoices_no_delete BEFORE DELETE ON einvoices
BEGIN
    SELECT RAISE(ABORT, 'an e-invoice is never deleted');
END;
