-- The escalation matrix (who answers what) and the escalation legs (one area's turn on a ticket).
CREATE SCHEMA IF NOT EXISTS escalation;

CREATE TABLE escalation.matrix (
    id                   uuid PRIMARY KEY,
    topic_id             uuid NOT NULL,
    -- NULL: any ticket type. A row for the exact type wins over the any-type row.
    ticket_type          text NULL CHECK (ticket_type IN ('petition','information','complaint','claim','suggestion','compliment')),
    area_id              uuid NOT NULL,
    default_responder_id uuid NULL,
    -- Second round: another area, or (next_to_manager) the same area's manager.
    next_area_id         uuid NULL,
    next_to_manager      boolean NOT NULL DEFAULT false,
    -- The area's answer target (OLA), in business minutes.
    ola_minutes          integer NOT NULL CHECK (ola_minutes BETWEEN 1 AND 100000),
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL
);
CREATE UNIQUE INDEX matrix_topic_type_key ON escalation.matrix (topic_id, coalesce(ticket_type, '*'));

-- Who changed the matrix, when, and how (append-only).
CREATE TABLE escalation.matrix_changes (
    seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    matrix_id  uuid NOT NULL,
    changed_at timestamptz NOT NULL,
    changed_by uuid NOT NULL,
    action     text NOT NULL,
    row_after  jsonb NULL
);

CREATE TABLE escalation.legs (
    id              uuid PRIMARY KEY,
    ticket_id       uuid NOT NULL,
    ticket_number   text NOT NULL,
    round           integer NOT NULL CHECK (round >= 1),
    previous_leg_id uuid NULL REFERENCES escalation.legs (id),
    area_id         uuid NOT NULL,
    to_manager      boolean NOT NULL DEFAULT false,
    responder_id    uuid NULL,
    status          text NOT NULL CHECK (status IN ('open','answered','accepted','rejected','cancelled')),
    reason          text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    -- Copied from the matrix when the leg opens: later matrix edits never change an open leg.
    ola_minutes     integer NOT NULL,
    due_at          timestamptz NOT NULL,
    next_area_id    uuid NULL,
    next_to_manager boolean NOT NULL DEFAULT false,
    answer          text NULL CHECK (length(answer) <= 20000),
    answered_at     timestamptz NULL,
    answered_by     uuid NULL,
    review_reason   text NULL,
    reviewed_at     timestamptz NULL,
    reviewed_by     uuid NULL,
    created_by      uuid NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);
-- The area inbox: open legs of an area, oldest due first.
CREATE INDEX legs_area_inbox_idx ON escalation.legs (area_id, due_at) WHERE status = 'open';
CREATE INDEX legs_ticket_idx ON escalation.legs (ticket_id, created_at);
-- The review queue: answered legs waiting for the back office.
CREATE INDEX legs_answered_idx ON escalation.legs (answered_at) WHERE status = 'answered';
