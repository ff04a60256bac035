using HelpDesk.Customers.Contracts;
using HelpDesk.Tickets.Contracts;
using HelpDesk.Tickets.Tickets;

namespace HelpDesk.Tickets.Facts;

/// <summary>Reads a ticket's facts (no access check: for system work) and announces answers and closures with them.</summary>
internal sealed class TicketFactsReader(IDb db, IMediator mediator)
{
    private const string Sql = $"SELECT {TicketRow.Columns} FROM tickets.tickets t WHERE t.id = @Id";

    public async Task<TicketFacts?> ReadAsync(Guid ticketId, CancellationToken ct)
    {
        var row = await db.QuerySingleOrDefaultAsync<TicketRow>(Sql, new { Id = ticketId }, ct);
        if (row is null)
        {
            return null;
        }

        var customer = await mediator.Send(new GetCustomerSummary(row.CustomerId), ct);
        return Of(row, customer?.Segment);
    }

    /// <summary>The facts of a row in hand, with its customer's segment.</summary>
    public static TicketFacts Of(TicketRow row, string? customerSegment) => new(
        row.Id, row.Number, row.TypeValue, row.ChannelValue, row.PriorityValue, row.StatusValue, row.TopicId, row.AreaId, row.AssigneeId,
        row.CustomerId, customerSegment, row.PartnerId, row.CreatedAt, row.FirstResponseAt, row.AnsweredAt, row.ClosedAt,
        row.ResolvedAtFirstContact);

    /// <summary>
    /// Raises TicketAnswered and/or TicketClosed for a ticket that has just reached these states (a ticket answered at
    /// first contact is created answered and closed at once: both, in that order). Other states announce nothing.
    /// </summary>
    public async Task AnnounceAsync(Guid ticketId, IReadOnlyList<TicketStatus> reached, CancellationToken ct)
    {
        if (!reached.Any(s => s is TicketStatus.Answered or TicketStatus.Closed))
        {
            return;
        }

        var facts = await ReadAsync(ticketId, ct) ?? throw new InvalidOperationException($"Ticket {ticketId} vanished inside its own transaction.");
        await AnnounceAsync(facts, reached, ct);
    }

    /// <summary>As <see cref="AnnounceAsync(Guid, IReadOnlyList{TicketStatus}, CancellationToken)"/>, with the facts in hand (a new ticket's).</summary>
    public async Task AnnounceAsync(TicketFacts facts, IReadOnlyList<TicketStatus> reached, CancellationToken ct)
    {
        if (reached.Contains(TicketStatus.Answered))
        {
            await mediator.Publish(new TicketAnswered(facts), ct);
        }

        if (reached.Contains(TicketStatus.Closed))
        {
            await mediator.Publish(new TicketClosed(facts), ct);
        }
    }
}

internal sealed class GetTicketFactsHandler(TicketFactsReader reader) : IQueryHandler<GetTicketFacts, TicketFacts?>
{
    public async ValueTask<TicketFacts?> Handle(GetTicketFacts query, CancellationToken ct) => await reader.ReadAsync(query.TicketId, ct);
}
