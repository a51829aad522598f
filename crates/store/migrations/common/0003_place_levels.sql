-- What kind of place a place entity is (country | region | city, from the gazetteer) and the
-- first-level region it lies in: event places are compared by level ("Kazakhstan" fits
-- "Almaty", two cities do not fit each other) and exports fill ACLED's admin1. Places stored
-- before this step stay unknown (compared by country only).
ALTER TABLE entities ADD COLUMN place_kind TEXT;
ALTER TABLE entities ADD COLUMN admin1 TEXT;
