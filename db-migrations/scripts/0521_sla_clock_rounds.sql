-- A reopened ticket runs a new resolution clock: round 2, 3, ... (round 1 is the ticket's first life). Stopped clocks
-- of earlier rounds keep what they measured, and reports tell the rounds apart by this number.
ALTER TABLE sla.clocks ADD COLUMN round integer NOT NULL DEFAULT 1 CHECK (round >= 1);
DROP INDEX sla.clocks_ticket_kind_key;
CREATE UNIQUE INDEX clocks_ticket_kind_round_key ON sla.clocks (ticket_id, kind, round) WHERE leg_id IS NULL;

-- A clock whose target its calendar cannot reach (too little working time within the horizon) still counts time but
-- has no due or warning instant: the ticket is created all the same.
ALTER TABLE sla.clocks ALTER COLUMN due_at DROP NOT NULL, ALTER COLUMN warn_at DROP NOT NULL;
