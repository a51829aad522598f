-- More surname keys for a person, taken when a person joined another by hand (`chronicle
-- merge`) whose surname folds otherwise ("Sokolov", "Sakalou"): a later report giving either
-- spelling is compared with them.
CREATE TABLE person_keys (
    key TEXT NOT NULL,
    entity_id BIGINT NOT NULL REFERENCES entities (id),
    PRIMARY KEY (key, entity_id)
);
CREATE INDEX person_keys_entity ON person_keys (entity_id);
