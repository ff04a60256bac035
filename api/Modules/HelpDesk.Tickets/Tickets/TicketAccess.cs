namespace HelpDesk.Tickets.Tickets;

/// <summary>
/// Who may see a ticket, checked per object: staff in <see cref="Roles.SeeAllTickets"/> see all of them; an area
/// responder sees the tickets an escalation has brought to one of their areas; a partner sees only the tickets it created.
/// Anyone else gets 404, so the existence of other tickets is not disclosed. Who may change a ticket is decided by the
/// endpoints' policies (<see cref="Policies"/>), before this.
/// </summary>
internal static class TicketAccess
{
    private const string ByNumberSql = $"SELECT {TicketRow.Columns} FROM tickets.tickets t WHERE t.number = @Number";

    private const string ByNumberForUpdateSql = $"{ByNumberSql} FOR UPDATE";

    private const string InvolvesAreasSql = "SELECT EXISTS (SELECT 1 FROM tickets.ticket_areas WHERE ticket_id = @TicketId AND area_id = ANY(@AreaIds))";

    /// <summary>For list queries: the tickets an escalation brought to one of the caller's areas.</summary>
    public const string InvolvesMyAreasFilter = "EXISTS (SELECT 1 FROM tickets.ticket_areas ta WHERE ta.ticket_id = t.id AND ta.area_id = ANY(@MyAreaIds))";

    /// <summary>Staff (any role) see internal notes and files; partners and customers never do.</summary>
    public static bool IsStaff(ICurrentUser user) => user.UserId is not null;

    public static bool SeesAllTickets(ICurrentUser user) => Roles.SeeAllTickets.Any(user.IsInRole);

    public static bool CanSee(ICurrentUser user, TicketRow ticket) =>
        SeesAllTickets(user) || (user.PartnerId is { } partner && ticket.PartnerId == partner);

    /// <summary>The ticket if the caller may see it; 404 otherwise. forUpdate locks the row for the rest of the command.</summary>
    public static async Task<TicketRow> LoadAsync(IDb db, ICurrentUser user, string number, bool forUpdate, CancellationToken ct)
    {
        var ticket = await db.QuerySingleOrDefaultAsync<TicketRow>(forUpdate ? ByNumberForUpdateSql : ByNumberSql, new { Number = number.ToUpperInvariant() }, ct);
        if (ticket is not null && CanSee(user, ticket))
        {
            return ticket;
        }

        if (ticket is not null && user.IsInRole(Roles.AreaResponder) && user.AreaIds.Count > 0
            && await db.QuerySingleAsync<bool>(InvolvesAreasSql, new { TicketId = ticket.Id, AreaIds = user.AreaIds.ToArray() }, ct))
        {
            return ticket;
        }

        throw new NotFoundException($"Ticket {number}");
    }
}
