-- Calendars close on Colombia's national holidays computed by rule for any year (Ley 51 de 1983), not only on the dates
-- stored for the years someone typed in; sla.calendar_holidays keeps each calendar's own extra closures. Existing
-- calendars follow the national holidays too (a Colombian help desk; the dates they stored stay as closures).
ALTER TABLE sla.calendars ADD COLUMN national_holidays boolean NOT NULL DEFAULT true;

-- Time zones are stored as their canonical IANA id: fix names stored in another case ("america/bogota").
UPDATE sla.calendars c SET time_zone = z.name
FROM pg_timezone_names z
WHERE lower(z.name) = lower(c.time_zone) AND z.name <> c.time_zone AND z.name NOT LIKE 'posix/%' AND z.name NOT LIKE 'right/%';
