-- A person's decision about whom a name in a report designates (`chronicle merge`,
-- `chronicle move`). Ingest follows it when it reads the report again, whatever the linker
-- would have chosen.
CREATE TABLE link_decisions (
    document_id BIGINT NOT NULL REFERENCES documents (id),
    norm TEXT NOT NULL,                   -- the folded name as the report gives it
    entity_id BIGINT NOT NULL REFERENCES entities (id),
    set_by TEXT NOT NULL,
    set_at TEXT NOT NULL,
    PRIMARY KEY (document_id, norm)
);
CREATE INDEX link_decisions_entity ON link_decisions (entity_id);
