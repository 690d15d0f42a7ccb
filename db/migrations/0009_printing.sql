-- Receipt printers (issue 16, docs/PRINTERS.md): one per till, and the print
-- queue. A sale is committed first and printed after; a job that could not be
-- printed stays here with its error until it is retried or printed later.
CREATE TABLE printers (
    till          TEXT PRIMARY KEY,
    uri           TEXT NOT NULL,  -- tcp://HOST:PORT, file:/dev/usb/lp0 or cups:QUEUE
    width_mm      INTEGER NOT NULL DEFAULT 80 CHECK (width_mm IN (58, 80)),
    auto_print    INTEGER NOT NULL DEFAULT 1 CHECK (auto_print IN (0, 1)),
    kick_on_cash  INTEGER NOT NULL DEFAULT 1 CHECK (kick_on_cash IN (0, 1)),
    updated_at    TEXT NOT NULL
);

-- One document to print on one till's printer. `ref` names the document:
-- a receipt number (receipt, void), a return number (return) or a shift id
-- (z_report, x_report). `kick` opens the drawer with it (a cash sale or refund).
-- printed_at is set once, when the printer took the job: a retry of a printed
-- job is refused, so nothing prints twice by mistake (a reprint is asked for).
CREATE TABLE print_jobs (
    id               INTEGER PRIMARY KEY,
    till             TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('receipt','return','void','z_report','x_report')),
    ref              TEXT NOT NULL,
    kick             INTEGER NOT NULL DEFAULT 0 CHECK (kick IN (0, 1)),
    reprint          INTEGER NOT NULL DEFAULT 0 CHECK (reprint IN (0, 1)),
    created_at       TEXT NOT NULL,
    created_by       TEXT,
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_attempt_at  TEXT,
    last_error       TEXT,
    last_error_code  TEXT,
    printed_at       TEXT
);
CREATE INDEX print_jobs_unprinted ON print_jobs(till, printed_at);
