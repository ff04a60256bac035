-- What an unauthenticated submitter (web form) or a partner typed about the requester, kept on the ticket as they sent it,
-- beside the customer record the ticket is attached to. When the document matched a customer that did not come through
-- that channel, the requester has not proved who they are: identity_pending holds until an agent records a passed
-- identity verification on the ticket. Until then answers go only to the address on file, the tracking page and the
-- partner show no staff replies, and nobody outside the staff sees the customer record's data.
ALTER TABLE tickets.tickets
    ADD COLUMN requester_name  text NULL CHECK (length(requester_name) <= 200),
    ADD COLUMN requester_email text NULL CHECK (length(requester_email) <= 320),
    ADD COLUMN requester_phone text NULL CHECK (length(requester_phone) <= 20),
    ADD COLUMN identity_pending boolean NOT NULL DEFAULT false;
