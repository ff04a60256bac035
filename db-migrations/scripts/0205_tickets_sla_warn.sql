-- The ticket's SLA copy keeps the nearest warning instant beside the due one, and no longer stores "at risk" or
-- "breached while counting": both follow from the instants at read time (TicketSla.StateAt), so the breach check does
-- not rewrite tickets when a whole day's legal terms cross at one local midnight (0502 recomputes existing tickets).
ALTER TABLE tickets.tickets ADD COLUMN sla_warn_at timestamptz NULL;

-- The at-risk queue and the slaState filter. By due time: open tickets whose clocks count, or breached (the queue walks
-- it in due order and checks each one's warning instant). By warning instant: the counting ones past it, when few are
-- (the planner picks one or the other from the statistics, the instant being a parameter it sees).
DROP INDEX tickets.tickets_sla_attention_idx;
CREATE INDEX tickets_sla_counting_idx ON tickets.tickets (sla_due_at, id)
    WHERE sla_state IN ('running', 'breached') AND status NOT IN ('answered', 'closed');
CREATE INDEX tickets_sla_warn_idx ON tickets.tickets (sla_warn_at)
    WHERE sla_state = 'running' AND status NOT IN ('answered', 'closed');
