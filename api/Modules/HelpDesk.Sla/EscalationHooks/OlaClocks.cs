using HelpDesk.Sla.Calendars;
using HelpDesk.Sla.Clocks;
using HelpDesk.Sla.Contracts;

namespace HelpDesk.Sla.EscalationHooks;

/// <summary>An escalation leg's answer target (OLA), counted on the area's calendar (its own, else the default calendar).</summary>
internal sealed class StartOlaClockHandler(ClockKeeper keeper, CalendarStore calendars) : ICommandHandler<StartOlaClock, DateTimeOffset>
{
    public const int DefaultWarningPercent = 75;

    public async ValueTask<DateTimeOffset> Handle(StartOlaClock command, CancellationToken ct)
    {
        // With no calendar defined at all, the target can only be plain time.
        var calendarId = await calendars.ForAreaAsync(command.AreaId, ct);
        var target = calendarId is null
            ? new ClockTarget(TargetKind.CalendarMinutes, command.OlaMinutes, null)
            : new ClockTarget(TargetKind.BusinessMinutes, command.OlaMinutes, calendarId);
        var start = new ClockStart(
            command.TicketId, command.TicketNumber, command.LegId, ClockKind.Ola, null, target, DefaultWarningPercent, null, command.AreaId, null, null,
            command.StartedAt);
        var clock = await keeper.PlanAsync(start, ct);
        if (clock.DueAt is null)
        {
            // The area's calendar cannot reach the target (PlanAsync logged it): a leg must have a due date, so the
            // answer target counts plain time instead, and the clock records that it does.
            clock = await keeper.PlanAsync(start with { Target = new ClockTarget(TargetKind.CalendarMinutes, command.OlaMinutes, null) }, ct);
        }

        await keeper.InsertAsync([clock], ct);
        return clock.DueAt!.Value;
    }
}

internal sealed class StopOlaClockHandler(ClockKeeper keeper, TimeProvider clock) : ICommandHandler<StopOlaClock>
{
    public async ValueTask<Unit> Handle(StopOlaClock command, CancellationToken ct)
    {
        if (await keeper.LockLegClockAsync(command.LegId, ct) is { } ola)
        {
            await keeper.StopAsync(ola, clock.GetUtcNow(), command.AnsweredBy, command.Cancelled, ct);
        }

        return Unit.Value;
    }
}

internal sealed class GetTicketDueDatesHandler(HelpDesk.Shared.Data.IDb db) : IQueryHandler<GetTicketDueDates, TicketDueDates>
{
    private const string Sql = """
        SELECT max(due_at) FILTER (WHERE kind = 'first_response') AS first_response_due_at,
               max(due_at) FILTER (WHERE kind = 'resolution') AS resolution_due_at
        FROM sla.clocks WHERE ticket_id = @TicketId AND leg_id IS NULL AND stopped_at IS NULL AND state <> 'paused'
        """;

    public async ValueTask<TicketDueDates> Handle(GetTicketDueDates query, CancellationToken ct) =>
        await HelpDesk.Shared.Data.DbExtensions.QuerySingleAsync<TicketDueDates>(db, Sql, query, ct);
}
