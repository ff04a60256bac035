-- Recomputes every ticket's stored SLA view with the warning instant (see 0205): the same rule as ClockKeeper.TicketViewsSql.
UPDATE tickets.tickets t SET sla_due_at = v.due_at, sla_warn_at = v.warn_at, sla_state = v.state
FROM (
    SELECT ticket_id,
           min(due_at) FILTER (WHERE stopped_at IS NULL AND state IN ('running', 'breached')) AS due_at,
           min(warn_at) FILTER (WHERE stopped_at IS NULL AND state IN ('running', 'breached')) AS warn_at,
           CASE WHEN bool_or(stopped_at IS NULL AND state IN ('running', 'breached')) THEN 'running'
                WHEN bool_or(stopped_at IS NULL AND state = 'paused') THEN 'paused'
                WHEN bool_or(state = 'breached') THEN 'breached'
                ELSE 'met' END AS state
    FROM sla.clocks WHERE leg_id IS NULL
    GROUP BY ticket_id
) v
WHERE t.id = v.ticket_id AND (t.sla_due_at, t.sla_warn_at, t.sla_state) IS DISTINCT FROM (v.due_at, v.warn_at, v.state);

-- "at_risk" is never stored any more.
ALTER TABLE tickets.tickets DROP CONSTRAINT tickets_sla_state_check;
ALTER TABLE tickets.tickets ADD CONSTRAINT tickets_sla_state_check CHECK (sla_state IN ('running', 'paused', 'breached', 'met'));
