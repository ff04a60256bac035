-- Business calendars: a weekly schedule in a time zone, and holidays.
CREATE SCHEMA IF NOT EXISTS sla;

CREATE TABLE sla.calendars (
    id         uuid PRIMARY KEY,
    name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    time_zone  text NOT NULL,
    -- [{"day":"monday","start":"07:00","end":"19:00"}, ...]: local wall-clock periods, validated by the API.
    week       jsonb NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX calendars_name_key ON sla.calendars (lower(name));

CREATE TABLE sla.calendar_holidays (
    calendar_id uuid NOT NULL REFERENCES sla.calendars (id) ON DELETE CASCADE,
    day         date NOT NULL,
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    PRIMARY KEY (calendar_id, day)
);
