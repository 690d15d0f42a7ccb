-- The outbox: what the store sends to the province centre (docs/CENTRE.md), in
-- order. A row is written in the same transaction as the journal entry or the
-- finalized settlement it names, so nothing is sold or settled and never sent.
-- Rows are kept; sync_state.sent_through is how far the centre has acknowledged.
CREATE TABLE outbox (
    seq     INTEGER PRIMARY KEY,
    type    TEXT NOT NULL CHECK (type IN ('journal','settlement')),
    ref_id  INTEGER NOT NULL,
    UNIQUE (type, ref_id)
);
-- A store that sold before the outbox existed sends its whole history first.
INSERT INTO outbox (type, ref_id) SELECT 'journal', id FROM journal ORDER BY id;
INSERT INTO outbox (type, ref_id) SELECT 'settlement', id FROM settlements ORDER BY id;

-- At most one row (none until the first attempt, so a new store stays empty for
-- `db copy`): the sender's progress and its last failure (times ISO 8601).
CREATE TABLE sync_state (
    singleton        INTEGER NOT NULL UNIQUE CHECK (singleton = 1),
    sent_through     INTEGER NOT NULL DEFAULT 0,
    last_sent_ref    TEXT,
    last_success_at  TEXT,
    last_attempt_at  TEXT,
    failures         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT,
    last_error       TEXT,
    refused          INTEGER NOT NULL DEFAULT 0 CHECK (refused IN (0,1))
);
