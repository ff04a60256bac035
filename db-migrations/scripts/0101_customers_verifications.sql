-- Identity verifications: the requester answered questions against data on file. Passed or failed, both are kept.
CREATE TABLE customers.verifications (
    id                uuid PRIMARY KEY,
    -- Insertion order (UUIDv7 ids made in the same millisecond are not ordered): "the latest verification".
    seq               bigint GENERATED ALWAYS AS IDENTITY,
    customer_id       uuid NOT NULL REFERENCES customers.customers (id),
    checks            text[] NOT NULL CHECK (
        cardinality(checks) > 0
        AND checks <@ ARRAY['document_number', 'birth_date', 'registered_phone', 'registered_email', 'address', 'last_payment']),
    outcome           text NOT NULL CHECK (outcome IN ('passed', 'failed')),
    channel           text NOT NULL CHECK (channel IN ('phone', 'email', 'mailbox', 'walk_in', 'web', 'partner')),
    -- A ticket of the Tickets module (no foreign key across schemas).
    ticket_id         uuid NULL,
    notes             text NULL CHECK (length(notes) <= 2000),
    verified_by       uuid NOT NULL,
    verified_by_email text NULL,
    verified_at       timestamptz NOT NULL
);
CREATE INDEX verifications_customer_idx ON customers.verifications (customer_id, seq DESC);
CREATE INDEX verifications_ticket_idx ON customers.verifications (ticket_id) WHERE ticket_id IS NOT NULL;
