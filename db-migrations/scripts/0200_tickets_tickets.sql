-- PQRS tickets, their messages (public replies, internal notes, customer messages) and the append-only timeline.
CREATE SCHEMA IF NOT EXISTS tickets;
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;

-- Spanish full text that ignores accents: "informacion" finds "información".
CREATE TEXT SEARCH CONFIGURATION tickets.es (COPY = pg_catalog.spanish);
ALTER TEXT SEARCH CONFIGURATION tickets.es ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, spanish_stem;

-- Ticket numbers PQRS-<year>-<6 digits>: one sequence per year, made on first use. Sequences never hand out a number
-- twice; a rolled-back creation may leave a gap (rare in practice), which is the price of not serialising intake.
CREATE FUNCTION tickets.next_number(p_year integer) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    sequence_name text := format('tickets.number_%s', p_year);
BEGIN
    RETURN nextval(sequence_name);
EXCEPTION WHEN undefined_table THEN
    EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %s', sequence_name);
    RETURN nextval(sequence_name);
END;
$$;

CREATE TABLE tickets.tickets (
    id                        uuid PRIMARY KEY,
    number                    text NOT NULL,
    type                      text NOT NULL CHECK (type IN ('petition','information','complaint','claim','suggestion','compliment')),
    channel                   text NOT NULL CHECK (channel IN ('phone','email','mailbox','walk_in','web','partner')),
    status                    text NOT NULL CHECK (status IN ('new','open','pending_customer','escalated','answered','closed','reopened')),
    priority                  text NOT NULL CHECK (priority IN ('low','normal','high','urgent')),
    subject                   text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
    description               text NOT NULL CHECK (length(description) <= 20000),
    -- Copies of the customer's document, name and email (module Customers owns them) for lists, search and emails.
    customer_id               uuid NOT NULL,
    customer_document         text NOT NULL,
    customer_name             text NOT NULL,
    customer_email            text NULL,
    topic_id                  uuid NULL,
    area_id                   uuid NULL,
    assignee_id               uuid NULL,
    partner_id                uuid NULL,
    created_by                uuid NULL,
    resolution_type           text NULL CHECK (resolution_type IN ('answered','favourable','unfavourable','information_given','not_applicable','duplicate')),
    resolved_at_first_contact boolean NOT NULL DEFAULT false,
    -- Secret of the customer's tracking link. Kept readable so every email can carry the link; whoever can read this
    -- table can read the tickets anyway.
    tracking_token            text NOT NULL,
    created_at                timestamptz NOT NULL,
    updated_at                timestamptz NOT NULL,
    first_response_at         timestamptz NULL,
    answered_at               timestamptz NULL,
    closed_at                 timestamptz NULL,
    version                   integer NOT NULL DEFAULT 1,
    search                    tsvector NOT NULL
);
CREATE UNIQUE INDEX tickets_number_key ON tickets.tickets (number);
-- Lists: newest first (created_at, id) and by oldest update (updated_at, id), each narrowed by the usual filters.
CREATE INDEX tickets_created_idx ON tickets.tickets (created_at DESC, id DESC);
CREATE INDEX tickets_status_updated_idx ON tickets.tickets (status, updated_at, id);
CREATE INDEX tickets_assignee_idx ON tickets.tickets (assignee_id, status, updated_at) WHERE assignee_id IS NOT NULL;
CREATE INDEX tickets_unassigned_idx ON tickets.tickets (updated_at, id) WHERE assignee_id IS NULL AND status NOT IN ('closed', 'answered');
CREATE INDEX tickets_customer_idx ON tickets.tickets (customer_id, created_at DESC);
CREATE INDEX tickets_document_idx ON tickets.tickets (customer_document);
CREATE INDEX tickets_topic_idx ON tickets.tickets (topic_id, created_at DESC);
CREATE INDEX tickets_area_idx ON tickets.tickets (area_id, created_at DESC);
CREATE INDEX tickets_partner_idx ON tickets.tickets (partner_id, created_at DESC) WHERE partner_id IS NOT NULL;
CREATE INDEX tickets_search_idx ON tickets.tickets USING gin (search);

CREATE TABLE tickets.messages (
    id             uuid PRIMARY KEY,
    ticket_id      uuid NOT NULL REFERENCES tickets.tickets (id),
    kind           text NOT NULL CHECK (kind IN ('reply', 'note', 'customer')),
    body           text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
    author_user_id uuid NULL,
    author_name    text NOT NULL,
    created_at     timestamptz NOT NULL
);
CREATE INDEX messages_ticket_idx ON tickets.messages (ticket_id, created_at);

CREATE TABLE tickets.events (
    seq            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id      uuid NOT NULL REFERENCES tickets.tickets (id),
    occurred_at    timestamptz NOT NULL,
    type           text NOT NULL,
    actor_user_id  uuid NULL,
    actor_name     text NULL,
    data           jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX events_ticket_idx ON tickets.events (ticket_id, seq);

CREATE FUNCTION tickets.events_are_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'tickets.events is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON tickets.events
    FOR EACH ROW EXECUTE FUNCTION tickets.events_are_append_only();

-- Idempotency-Key of ticket creation: a retry with the same key and body returns the first ticket.
CREATE TABLE tickets.idempotency_keys (
    owner        text NOT NULL,   -- user:<id> or partner:<id>: keys are per caller
    key          text NOT NULL,
    request_hash bytea NOT NULL,
    ticket_id    uuid NOT NULL,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (owner, key)
);
