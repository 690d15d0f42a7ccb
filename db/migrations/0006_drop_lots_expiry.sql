-- OCOPOS schema: the index 0002_inventory.sql made before it was edited in place.
--
-- The first 0002 created lots_expiry ON lots(expires_on, on_hand); a later edit
-- removed it from the file (no query used it), so stores created before the
-- edit kept it and stores created after never had it. lots.on_hand changes on
-- every sale, so the stray index costs every sale a write for nothing. Dropping
-- it brings both kinds of store to one schema.
DROP INDEX IF EXISTS lots_expiry;
