using HelpDesk.Tickets.Contracts;
using HelpDesk.Tickets.Facts;
using HelpDesk.Tickets.Timeline;

namespace HelpDesk.Tickets.Tickets;

/// <summary>Moves shared by the ticket commands: state changes (checked, recorded, announced) and the version bump.</summary>
internal sealed class TicketChanges(IDb db, TimelineWriter timeline, IPublisher publisher, TicketFactsReader facts, TimeProvider clock)
{
    private const string StatusSql = """
        UPDATE tickets.tickets
        SET status = @Status,
            answered_at = CASE WHEN @Status = 'answered' THEN @Now ELSE answered_at END,
            closed_at = CASE WHEN @Status = 'closed' THEN @Now WHEN @Status = 'reopened' THEN NULL ELSE closed_at END
        WHERE id = @Id
        """;

    private const string TouchSql = "UPDATE tickets.tickets SET version = version + 1, updated_at = @Now WHERE id = @Id RETURNING version";

    private const string ReadSql = $"SELECT {TicketRow.Columns} FROM tickets.tickets t WHERE t.id = @Id";

    public async Task ChangeStatusAsync(TicketRow ticket, TicketStatus to, string? reason, CancellationToken ct)
    {
        Lifecycle.EnsureAllowed(ticket, to);
        var now = clock.GetUtcNow();
        await db.ExecuteAsync(StatusSql, new { ticket.Id, Status = to.ToDb(), Now = now }, ct);
        await timeline.AppendAsync(ticket.Id, TimelineEvents.StatusChanged, new { from = ticket.Status, to = to.ToDb(), reason }, ct);
        await publisher.Publish(new TicketStatusChanged(ticket.Id, ticket.StatusValue, to, ticket.AssigneeId, now), ct);
        await facts.AnnounceAsync(ticket.Id, [to], ct);
    }

    /// <summary>Announces the first public reply (call only when the ticket had none before).</summary>
    public async Task FirstRespondedAsync(TicketRow ticket, Guid? respondedBy, DateTimeOffset at, CancellationToken ct)
    {
        if (ticket.FirstResponseAt is null)
        {
            await publisher.Publish(new TicketFirstResponded(ticket.Id, respondedBy, at), ct);
        }
    }

    /// <summary>Every change ends here: a new version (the next ETag) and a new updated_at. Returns the ticket as it now is.</summary>
    public async Task<TicketRow> TouchAsync(Guid ticketId, CancellationToken ct)
    {
        await db.ExecuteAsync(TouchSql, new { Id = ticketId, Now = clock.GetUtcNow() }, ct);
        return await db.QuerySingleAsync<TicketRow>(ReadSql, new { Id = ticketId }, ct);
    }
}
