-- The catalogue's token: a random value replaced by every change to what the
-- till's search index is built from (products' SKU, name and owner, barcodes,
-- producers' code and name). The till saves its built index next to the store
-- with the token it was built at and, at the next start, loads it instead of
-- building when the token is unchanged (docs/PERFORMANCE.md §Search before the
-- index). An empty token is never trusted: the index is built.
CREATE TABLE catalog_state (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    token TEXT NOT NULL
);
INSERT INTO catalog_state (id, token) VALUES (1, lower(hex(randomblob(16))));

CREATE TRIGGER catalog_token_product_insert AFTER INSERT ON products
BEGIN UPDATE catalog_state SET token = lower(hex(randomblob(16))); END;
CREATE TRIGGER catalog_token_product_update AFTER UPDATE OF sku, name, name_key, owner_id ON products
BEGIN UPDATE catalog_state SET token = lower(hex(randomblob(16))); END;
CREATE TRIGGER catalog_token_product_delete AFTER DELETE ON products
BEGIN UPDATE catalog_state SET token = lower(hex(randomblob(16))); END;
CREATE TRIGGER catalog_token_barcode_insert AFTER INSERT ON barcodes
BEGIN UPDATE catalog_state SET token = lower(hex(randomblob(16))); END;
CREATE TRIGGER catalog_token_barcode_update AFTER UPDATE ON barcodes
BEGIN UPDATE catalog_state SET token = lower(hex(randomblob(16))); END;
CREATE TRIGGER catalog_token_barcode_delete AFTER DELETE ON barcodes
BEGIN UPDATE catalog_state SET token = lower(hex(randomblob(16))); END;
CREATE TRIGGER catalog_token_producer_insert AFTER INSERT ON producers
BEGIN UPDATE catalog_state SET token = lower(hex(randomblob(16))); END;
CREATE TRIGGER catalog_token_producer_update AFTER UPDATE OF code, name_key ON producers
BEGIN UPDATE catalog_state SET token = lower(hex(randomblob(16))); END;
CREATE TRIGGER catalog_token_producer_delete AFTER DELETE ON producers
BEGIN UPDATE catalog_state SET token = lower(hex(randomblob(16))); END;
