-- Full-text search over reports: a generated tsvector (language-neutral 'simple' parser,
-- since reports come in many languages) with a GIN index. Filled for existing rows at once.
ALTER TABLE documents ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED;
CREATE INDEX documents_search ON documents USING GIN (search);
