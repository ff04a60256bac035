namespace HelpDesk.Sla.ListAreaCalendars;

/// <summary>The calendar an area's answer target (OLA) counts on; areas not listed use the default calendar.</summary>
internal sealed record AreaCalendarDto(Guid AreaId, Guid CalendarId);

internal static class ListAreaCalendars
{
    internal sealed record Query : IQuery<IReadOnlyList<AreaCalendarDto>>;

    internal sealed class Handler(IDb db) : IQueryHandler<Query, IReadOnlyList<AreaCalendarDto>>
    {
        public async ValueTask<IReadOnlyList<AreaCalendarDto>> Handle(Query query, CancellationToken ct) =>
            await db.QueryAsync<AreaCalendarDto>("SELECT area_id, calendar_id FROM sla.area_calendars ORDER BY area_id", null, ct);
    }
}
