-- Areas an escalation has involved in a ticket. Their responders may see the ticket (and only such tickets).
-- Written by the Escalation module through the Tickets contracts, so Tickets can check access with its own data.
CREATE TABLE tickets.ticket_areas (
    ticket_id uuid NOT NULL REFERENCES tickets.tickets (id),
    area_id   uuid NOT NULL,
    PRIMARY KEY (ticket_id, area_id)
);
CREATE INDEX ticket_areas_area_idx ON tickets.ticket_areas (area_id, ticket_id);
