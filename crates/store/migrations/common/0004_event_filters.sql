-- Searches and lists filtered by type and country over a date range.
CREATE INDEX events_type_country_date ON events (type, country, date);
