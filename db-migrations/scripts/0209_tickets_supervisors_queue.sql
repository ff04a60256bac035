-- Recovery of unhappy customers (issue 17): a bottom-box survey answer opens a complaint ticket that a supervisor
-- should take, linked to the ticket the survey asked about.
-- queue: a named queue the ticket waits in besides the common pool. 'supervisors': tickets for a supervisor to take
-- (survey recoveries); NULL: the common pool. ListTickets' queue=supervisors lists the open ones.
-- related_ticket_id: the ticket this one follows up (a recovery's surveyed ticket); NULL for a cold survey's recovery,
-- which is linked only to the customer.
ALTER TABLE tickets.tickets
    ADD COLUMN queue             text NULL CHECK (queue IN ('supervisors')),
    ADD COLUMN related_ticket_id uuid NULL REFERENCES tickets.tickets (id);
-- The supervisors' queue: its tickets not yet answered, newest first.
CREATE INDEX tickets_queue_open_idx ON tickets.tickets (queue, created_at DESC, id DESC)
    WHERE queue IS NOT NULL AND status NOT IN ('answered', 'closed');
