-- A copy of the ticket's SLA (module Sla owns the clocks) so lists can filter and sort by due time and SLA state.
ALTER TABLE tickets.tickets ADD COLUMN sla_due_at timestamptz NULL;
ALTER TABLE tickets.tickets ADD COLUMN sla_state text NULL CHECK (sla_state IN ('running', 'at_risk', 'paused', 'breached', 'met'));
CREATE INDEX tickets_sla_due_idx ON tickets.tickets (sla_due_at, id) WHERE sla_due_at IS NOT NULL;
CREATE INDEX tickets_sla_attention_idx ON tickets.tickets (sla_due_at, id) WHERE sla_state IN ('at_risk', 'breached');
