using HelpDesk.Sla.Calendars;

namespace HelpDesk.Sla.ListCalendars;

internal static class ListCalendarsEndpoint
{
    public static void Map(RouteGroupBuilder calendars) =>
        calendars.MapGet("/", async Task<Ok<IReadOnlyList<CalendarDto>>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListCalendars.Query(), ct)))
            .RequireAuthorization(Policies.Staff)
            .WithName("ListCalendars")
            .WithSummary("Business calendars: weekly working periods in a time zone, and holidays.")
            .ProducesCommonProblems();
}
