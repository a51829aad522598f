-- Full-text search over reports (FTS5), kept by the store beside documents, and filled now
-- for the documents a version-1 database already holds.
CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title, text,
    content = 'documents', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
