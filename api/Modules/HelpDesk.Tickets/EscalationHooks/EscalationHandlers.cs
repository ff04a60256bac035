using HelpDesk.Tickets.Contracts;
using HelpDesk.Tickets.Tickets;
using HelpDesk.Tickets.Timeline;

namespace HelpDesk.Tickets.EscalationHooks;

internal sealed class GetTicketSummaryHandler(IDb db, ICurrentUser user) : IQueryHandler<GetTicketSummary, TicketSummary?>
{
    public async ValueTask<TicketSummary?> Handle(GetTicketSummary query, CancellationToken ct)
    {
        try
        {
            var t = await TicketAccess.LoadAsync(db, user, query.Number, forUpdate: false, ct);
            return new TicketSummary(t.Id, t.Number, EnumNames<TicketType>.Parse(t.Type), t.StatusValue, t.Subject, t.TopicId, t.CustomerId, t.CustomerName, t.CustomerEmail);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}

internal sealed class RecordEscalationHandler(IDb db, TimelineWriter timeline, TicketChanges changes) : ICommandHandler<RecordEscalation>
{
    private const string LockSql = $"SELECT {TicketRow.Columns} FROM tickets.tickets t WHERE t.id = @TicketId FOR UPDATE";

    private const string AreaSql = "INSERT INTO tickets.ticket_areas (ticket_id, area_id) VALUES (@TicketId, @AreaId) ON CONFLICT DO NOTHING";

    public async ValueTask<Unit> Handle(RecordEscalation command, CancellationToken ct)
    {
        var ticket = await db.QuerySingleAsync<TicketRow>(LockSql, command, ct);
        if (ticket.StatusValue != TicketStatus.Escalated)
        {
            await changes.ChangeStatusAsync(ticket, TicketStatus.Escalated, command.Reason, ct);
        }

        await db.ExecuteAsync(AreaSql, command, ct);
        await timeline.AppendAsync(ticket.Id, TimelineEvents.Escalated,
            new { legId = command.LegId, areaId = command.AreaId, area = command.AreaName, round = command.Round, reason = command.Reason }, ct);
        await changes.TouchAsync(ticket.Id, ct);
        return Unit.Value;
    }
}

internal sealed class RecordEscalationsClosedHandler(IDb db, TicketChanges changes) : ICommandHandler<RecordEscalationsClosed>
{
    private const string LockSql = $"SELECT {TicketRow.Columns} FROM tickets.tickets t WHERE t.id = @TicketId FOR UPDATE";

    public async ValueTask<Unit> Handle(RecordEscalationsClosed command, CancellationToken ct)
    {
        var ticket = await db.QuerySingleAsync<TicketRow>(LockSql, command, ct);
        if (ticket.StatusValue == TicketStatus.Escalated)
        {
            await changes.ChangeStatusAsync(ticket, TicketStatus.Open, "no escalation open", ct);
            await changes.TouchAsync(ticket.Id, ct);
        }

        return Unit.Value;
    }
}

/// <summary>Puts the areas' work on the ticket's timeline, under the event types the timeline has always used.</summary>
internal sealed class EscalationTimelineHandlers(TimelineWriter timeline)
    : ICommandHandler<RecordAreaAnswered>, ICommandHandler<RecordEscalationReviewed>, ICommandHandler<RecordEscalationCancelled>
{
    public async ValueTask<Unit> Handle(RecordAreaAnswered command, CancellationToken ct)
    {
        await timeline.AppendAsync(command.TicketId, TimelineEvents.AreaAnswered,
            new { legId = command.LegId, areaId = command.AreaId, round = command.Round, text = command.Text }, ct);
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(RecordEscalationReviewed command, CancellationToken ct)
    {
        await timeline.AppendAsync(command.TicketId, command.Accepted ? TimelineEvents.EscalationAccepted : TimelineEvents.EscalationRejected,
            new { legId = command.LegId, areaId = command.AreaId, round = command.Round, reason = command.Reason }, ct);
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(RecordEscalationCancelled command, CancellationToken ct)
    {
        await timeline.AppendAsync(command.TicketId, TimelineEvents.EscalationCancelled, new { legId = command.LegId, areaId = command.AreaId }, ct);
        return Unit.Value;
    }
}
