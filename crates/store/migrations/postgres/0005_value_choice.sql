-- Choosing an event's shown values reads one row per reading of the event, and a much-reported
-- event has hundreds. Each reading now carries its report's publication date, so that the
-- choice does not visit the documents. (The SQLite schema also gets a covering index here;
-- PostgreSQL keeps event_values_event.)
ALTER TABLE event_values ADD COLUMN published TEXT;
UPDATE event_values v SET published = d.published FROM documents d WHERE d.id = v.document_id;
