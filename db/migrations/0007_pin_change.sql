-- A user whose PIN is publicly known (the admin/000000 that `init` creates) must
-- choose a new one before doing anything else. Existing users are not flagged:
-- a store upgraded in place has already been in use with the PINs it has.
ALTER TABLE users ADD COLUMN must_change_pin INTEGER NOT NULL DEFAULT 0 CHECK (must_change_pin IN (0,1));
