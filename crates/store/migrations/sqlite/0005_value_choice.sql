-- Choosing an event's shown values reads one row per reading of the event, and a much-reported
-- event has hundreds. Each reading now carries its report's publication date, and one index
-- holds everything the choice reads, so that it never visits the table or the documents.
ALTER TABLE event_values ADD COLUMN published TEXT;
UPDATE event_values SET published = (SELECT d.published FROM documents d WHERE d.id = event_values.document_id)
    WHERE document_id IS NOT NULL;
DROP INDEX event_values_event;
CREATE INDEX event_values_choice ON event_values (event_id, field, value, origin, document_id, published, detail);
