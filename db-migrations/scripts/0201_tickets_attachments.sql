-- Files attached to tickets. Metadata here; the bytes in their own table, so ticket reads never touch them.
CREATE TABLE tickets.attachments (
    id               uuid PRIMARY KEY,
    ticket_id        uuid NOT NULL REFERENCES tickets.tickets (id),
    file_name        text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    content_type     text NOT NULL,
    size_bytes       integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
    sha256           bytea NOT NULL,
    -- Internal files (staff only) are never shown to the customer or a partner.
    internal         boolean NOT NULL DEFAULT false,
    uploaded_by_user_id uuid NULL,
    uploaded_by_name text NOT NULL,
    created_at       timestamptz NOT NULL
);
CREATE INDEX attachments_ticket_idx ON tickets.attachments (ticket_id, created_at);

CREATE TABLE tickets.attachment_contents (
    attachment_id uuid PRIMARY KEY REFERENCES tickets.attachments (id),
    content       bytea NOT NULL
);
