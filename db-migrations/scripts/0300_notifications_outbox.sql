-- Emails to send. Written in the same transaction as the change that causes them; sent after commit by a job.
CREATE SCHEMA IF NOT EXISTS notifications;

CREATE TABLE notifications.outbox_emails (
    id              uuid PRIMARY KEY,
    to_address      text NOT NULL,
    to_name         text NULL,
    subject         text NOT NULL,
    text_body       text NOT NULL,
    ticket_id       uuid NULL,
    created_at      timestamptz NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    sent_at         timestamptz NULL,
    failed_at       timestamptz NULL,  -- gave up after the last retry
    last_error      text NULL
);
-- The dispatcher's work list: unsent, due, oldest first.
CREATE INDEX outbox_emails_due_idx ON notifications.outbox_emails (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
CREATE INDEX outbox_emails_ticket_idx ON notifications.outbox_emails (ticket_id) WHERE ticket_id IS NOT NULL;
