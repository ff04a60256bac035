using System.Text.Json;
using HelpDesk.Sla.Calendars;

namespace HelpDesk.Sla.ListCalendars;

internal static class ListCalendars
{
    internal sealed record Query : IQuery<IReadOnlyList<CalendarDto>>;

    internal sealed class Handler(IDb db) : IQueryHandler<Query, IReadOnlyList<CalendarDto>>
    {
        // One round trip: each calendar with its holidays aggregated as JSON.
        private const string Sql = """
            SELECT c.id, c.name, c.time_zone, c.week::text AS week, c.is_default, c.national_holidays,
                   coalesce((SELECT json_agg(json_build_object('day', h.day, 'name', h.name) ORDER BY h.day)
                             FROM sla.calendar_holidays h WHERE h.calendar_id = c.id), '[]')::text AS holidays
            FROM sla.calendars c ORDER BY c.name
            """;

        private sealed class Row
        {
            public Guid Id { get; init; }
            public string Name { get; init; } = "";
            public string TimeZone { get; init; } = "";
            public string Week { get; init; } = "[]";
            public string Holidays { get; init; } = "[]";
            public bool IsDefault { get; init; }
            public bool NationalHolidays { get; init; }
        }

        public async ValueTask<IReadOnlyList<CalendarDto>> Handle(Query query, CancellationToken ct) =>
            [.. (await db.QueryAsync<Row>(Sql, null, ct)).Select(r => new CalendarDto(
                r.Id, r.Name, r.TimeZone,
                JsonSerializer.Deserialize<List<WorkPeriodDto>>(r.Week, JsonSerializerOptions.Web) ?? [],
                JsonSerializer.Deserialize<List<HolidayDto>>(r.Holidays, JsonSerializerOptions.Web) ?? [], r.IsDefault, r.NationalHolidays))];
    }
}
