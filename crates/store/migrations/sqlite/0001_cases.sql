-- Documents, the entities and events read from them, and where every value came from.

CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,            -- "sha256:..." of the text: the same text is one document
    source TEXT,
    title TEXT,
    published TEXT,                       -- ISO date
    language TEXT,
    text TEXT NOT NULL,
    engine TEXT NOT NULL,                 -- the extractor that made the stored reading
    ingested_at TEXT NOT NULL
);

-- Persons, organisations and places, each one row however many reports name them.
CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,                   -- person | organization | place
    key TEXT NOT NULL,                    -- persons: folded surname; others: unique identity key
    name TEXT NOT NULL,
    category TEXT,
    country TEXT,
    geonames_id INTEGER,
    lat REAL,
    lon REAL,
    descriptors TEXT NOT NULL DEFAULT '[]' -- JSON: folded descriptor words, for linking
);
CREATE INDEX entities_kind_key ON entities (kind, key);
CREATE UNIQUE INDEX entities_identity ON entities (kind, key) WHERE kind <> 'person';

CREATE TABLE entity_names (
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    norm TEXT NOT NULL,                   -- folded name
    name TEXT NOT NULL,                   -- first spelling seen
    PRIMARY KEY (entity_id, norm)
);
CREATE INDEX entity_names_norm ON entity_names (norm);

-- Each document's own entity, and the stored entity it was linked to.
CREATE TABLE mentions (
    document_id INTEGER NOT NULL REFERENCES documents (id),
    local_id TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    name TEXT NOT NULL,
    descriptors TEXT NOT NULL,            -- JSON array, as written
    spans TEXT NOT NULL,                  -- JSON array of [start, end] char offsets
    PRIMARY KEY (document_id, local_id)
);
CREATE INDEX mentions_entity ON mentions (entity_id);

-- One row an event, however many reports describe it. The value columns hold the value
-- chosen from event_values (a person's value over the machine's); they exist for queries.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,             -- stable public id
    type TEXT NOT NULL,
    subject_id INTEGER REFERENCES entities (id),
    status TEXT,
    date TEXT,
    date_precision TEXT,
    place_id INTEGER REFERENCES entities (id),
    country TEXT,
    charge TEXT,
    penalty_kind TEXT,
    penalty_amount REAL,
    penalty_unit TEXT,
    penalty_text TEXT,
    count_low INTEGER,
    count_high INTEGER,
    created_at TEXT NOT NULL
);
CREATE INDEX events_subject ON events (subject_id, type);
CREATE INDEX events_type_date ON events (type, date);
CREATE INDEX events_country_date ON events (country, date);
CREATE INDEX events_date ON events (date);

CREATE TABLE event_subjects (
    event_id INTEGER NOT NULL REFERENCES events (id),
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    document_id INTEGER NOT NULL REFERENCES documents (id),
    PRIMARY KEY (event_id, entity_id, document_id)
);
CREATE INDEX event_subjects_entity ON event_subjects (entity_id);
CREATE INDEX event_subjects_document ON event_subjects (document_id);

CREATE TABLE event_agents (
    event_id INTEGER NOT NULL REFERENCES events (id),
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    document_id INTEGER NOT NULL REFERENCES documents (id),
    PRIMARY KEY (event_id, entity_id, document_id)
);
CREATE INDEX event_agents_document ON event_agents (document_id);

-- Each report's reading of an event: its evidence sentences.
CREATE TABLE event_sources (
    event_id INTEGER NOT NULL REFERENCES events (id),
    document_id INTEGER NOT NULL REFERENCES documents (id),
    local_id TEXT NOT NULL,
    evidence TEXT NOT NULL,               -- JSON array of [start, end]
    attributed_to TEXT NOT NULL,          -- JSON array of names
    confidence REAL NOT NULL,
    PRIMARY KEY (document_id, local_id)
);
CREATE INDEX event_sources_event ON event_sources (event_id);

-- Every value any source or person gave an event field, with its origin. Conflicting values
-- stand side by side; none is ever overwritten.
CREATE TABLE event_values (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events (id),
    field TEXT NOT NULL,                  -- status | date | place | charge | penalty | count
    value TEXT NOT NULL,                  -- canonical JSON, compared for agreement
    detail TEXT,                          -- the words behind it ("15 days in jail", "April 12")
    origin TEXT NOT NULL,                 -- machine | human
    document_id INTEGER REFERENCES documents (id),
    set_by TEXT,
    set_at TEXT NOT NULL
);
CREATE INDEX event_values_event ON event_values (event_id, field);
CREATE INDEX event_values_document ON event_values (document_id);

-- One row that every ingest updates first, so that concurrent ingesters take turns.
CREATE TABLE ingest_lock (
    id INTEGER PRIMARY KEY,
    turns INTEGER NOT NULL
);
INSERT INTO ingest_lock (id, turns) VALUES (1, 0);
