-- Found by the benchmark at 1,000,000 tickets (tests/HelpDesk.Benchmarks/FINDINGS.md):
-- the 'mine' queue read every ticket an agent ever had to find the open ones; keep an index of open ones only.
CREATE INDEX tickets_assignee_open_idx ON tickets.tickets (assignee_id, created_at DESC, id DESC) WHERE status NOT IN ('answered', 'closed');
-- An area's tickets in one state (its escalated cases), newest first, as one index range instead of a BitmapAnd and a sort.
CREATE INDEX tickets_area_status_idx ON tickets.tickets (area_id, status, created_at DESC, id DESC);
