-- Survey campaigns ask for the customers who had a ticket finished (answered or closed) in the last N days, optionally
-- through some channels or about some topics (FindCustomersWithTickets). This index holds only finished tickets, by the
-- instant they finished, with what the filter reads, so that question is one index-only range scan over the last N days
-- instead of a scan of every ticket.
CREATE INDEX tickets_finished_idx ON tickets.tickets ((coalesce(closed_at, answered_at)))
    INCLUDE (customer_id, channel, topic_id)
    WHERE status IN ('answered', 'closed');
