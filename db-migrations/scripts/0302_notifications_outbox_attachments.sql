-- Emails may carry a sender-written HTML part, files attached, and images shown inline in the HTML (by Content-ID),
-- e.g. a scheduled report's chart and its CSV. The parts are written with the email, in the same transaction.
ALTER TABLE notifications.outbox_emails ADD COLUMN html_body text NULL;

CREATE TABLE notifications.outbox_email_attachments (
    email_id     uuid NOT NULL REFERENCES notifications.outbox_emails (id) ON DELETE CASCADE,
    position     integer NOT NULL,
    file_name    text NOT NULL,
    content_type text NOT NULL,
    content_id   text NULL,  -- set: an inline image the HTML part shows with src="cid:<content_id>"
    content      bytea NOT NULL,
    PRIMARY KEY (email_id, position)
);
