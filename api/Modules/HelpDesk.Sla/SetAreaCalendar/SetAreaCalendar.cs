using HelpDesk.Directory.Contracts;

namespace HelpDesk.Sla.SetAreaCalendar;

/// <summary>Sets (or with a null calendar, clears) an area's calendar. Legs already open keep their due times.</summary>
internal static class SetAreaCalendar
{
    internal sealed record Request(Guid? CalendarId);

    internal sealed record Command(Guid AreaId, Guid? CalendarId) : ICommand;

    internal sealed class Handler(IDb db, IMediator mediator) : ICommandHandler<Command>
    {
        private const string UpsertSql = """
            INSERT INTO sla.area_calendars (area_id, calendar_id) VALUES (@AreaId, @CalendarId)
            ON CONFLICT (area_id) DO UPDATE SET calendar_id = excluded.calendar_id
            """;

        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            _ = await mediator.Send(new GetArea(command.AreaId), ct) ?? throw new NotFoundException("The area");
            if (command.CalendarId is null)
            {
                await db.ExecuteAsync("DELETE FROM sla.area_calendars WHERE area_id = @AreaId", command, ct);
                return Unit.Value;
            }

            if (!await db.QuerySingleAsync<bool>("SELECT EXISTS (SELECT 1 FROM sla.calendars WHERE id = @CalendarId)", command, ct))
            {
                throw new RuleViolationException("calendarId", "There is no calendar with this id.");
            }

            await db.ExecuteAsync(UpsertSql, command, ct);
            return Unit.Value;
        }
    }
}
