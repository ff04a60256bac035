-- SLA policies (versioned), the calendar areas answer on, and the clocks of tickets and escalation legs.

-- The calendar used when nothing names one (areas without their own calendar).
ALTER TABLE sla.calendars ADD COLUMN is_default boolean NOT NULL DEFAULT false;
CREATE UNIQUE INDEX calendars_one_default ON sla.calendars (is_default) WHERE is_default;

-- The calendar an area's answer target (OLA) is counted on.
CREATE TABLE sla.area_calendars (
    area_id     uuid PRIMARY KEY,
    calendar_id uuid NOT NULL REFERENCES sla.calendars (id)
);

-- One row per version of a policy; editing a policy adds a version, so tickets keep the version they matched.
CREATE TABLE sla.policies (
    id                     uuid PRIMARY KEY,
    policy_id              uuid NOT NULL,
    version                integer NOT NULL CHECK (version >= 1),
    current                boolean NOT NULL,
    name                   text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    -- Conditions: NULL matches anything; a non-empty list matches any of its values.
    ticket_types           text[] NULL,
    topic_ids              uuid[] NULL,
    priorities             text[] NULL,
    channels               text[] NULL,
    segments               text[] NULL,
    precedence             integer NOT NULL DEFAULT 0,
    -- Targets: business_minutes or calendar_minutes (amount in minutes) or business_days (amount in days, legal terms).
    first_response_kind    text NULL CHECK (first_response_kind IN ('business_minutes', 'calendar_minutes', 'business_days')),
    first_response_amount  integer NULL CHECK (first_response_amount > 0),
    first_response_calendar_id uuid NULL REFERENCES sla.calendars (id),
    resolution_kind        text NULL CHECK (resolution_kind IN ('business_minutes', 'calendar_minutes', 'business_days')),
    resolution_amount      integer NULL CHECK (resolution_amount > 0),
    resolution_calendar_id uuid NULL REFERENCES sla.calendars (id),
    warning_percent        integer NOT NULL DEFAULT 75 CHECK (warning_percent BETWEEN 1 AND 99),
    created_at             timestamptz NOT NULL,
    created_by             uuid NULL,
    CHECK (first_response_kind IS NOT NULL OR resolution_kind IS NOT NULL)
);
CREATE UNIQUE INDEX policies_version_key ON sla.policies (policy_id, version);
CREATE UNIQUE INDEX policies_current_key ON sla.policies (policy_id) WHERE current;

-- A clock: a ticket's first response or resolution, or an escalation leg's answer (ola). The target is copied when the
-- clock starts, so later policy or matrix edits never move it. Business time is counted in seconds on the calendar.
CREATE TABLE sla.clocks (
    id                uuid PRIMARY KEY,
    ticket_id         uuid NOT NULL,
    ticket_number     text NOT NULL,
    leg_id            uuid NULL,
    kind              text NOT NULL CHECK (kind IN ('first_response', 'resolution', 'ola')),
    policy_version_id uuid NULL REFERENCES sla.policies (id),
    target_kind       text NOT NULL CHECK (target_kind IN ('business_minutes', 'calendar_minutes', 'business_days')),
    target_amount     integer NOT NULL,
    calendar_id       uuid NULL REFERENCES sla.calendars (id),
    target_seconds    bigint NOT NULL CHECK (target_seconds > 0),
    warning_percent   integer NOT NULL,
    -- Dimensions for compliance reports, copied at start (area and agent also when the clock stops).
    topic_id          uuid NULL,
    area_id           uuid NULL,
    channel           text NULL,
    agent_id          uuid NULL,
    state             text NOT NULL CHECK (state IN ('running', 'paused', 'met', 'breached', 'cancelled')),
    started_at        timestamptz NOT NULL,
    due_at            timestamptz NOT NULL,
    warn_at           timestamptz NOT NULL,
    -- Business seconds counted before the current running stretch; running_since is NULL while paused or stopped.
    elapsed_seconds   bigint NOT NULL DEFAULT 0,
    running_since     timestamptz NULL,
    paused_at         timestamptz NULL,
    warned_at         timestamptz NULL,
    breached_at       timestamptz NULL,
    stopped_at        timestamptz NULL
);
CREATE INDEX clocks_ticket_idx ON sla.clocks (ticket_id);
CREATE UNIQUE INDEX clocks_leg_key ON sla.clocks (leg_id) WHERE leg_id IS NOT NULL;
CREATE UNIQUE INDEX clocks_ticket_kind_key ON sla.clocks (ticket_id, kind) WHERE leg_id IS NULL;
-- The breach check: running clocks by the instant they cross the warning threshold and the target.
CREATE INDEX clocks_warn_idx ON sla.clocks (warn_at) WHERE state = 'running' AND warned_at IS NULL;
CREATE INDEX clocks_due_idx ON sla.clocks (due_at) WHERE state = 'running';
-- The at-risk list: clocks not stopped that are at risk or breached, nearest due first.
CREATE INDEX clocks_attention_idx ON sla.clocks (due_at, id) WHERE stopped_at IS NULL AND warned_at IS NOT NULL;
-- Compliance: stopped clocks by period.
CREATE INDEX clocks_stopped_idx ON sla.clocks (stopped_at) WHERE stopped_at IS NOT NULL;
