namespace HelpDesk.Sla.ListAreaCalendars;

internal static class ListAreaCalendarsEndpoint
{
    public static void Map(RouteGroupBuilder sla) =>
        sla.MapGet("/area-calendars", async Task<Ok<IReadOnlyList<AreaCalendarDto>>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAreaCalendars.Query(), ct)))
            .RequireAuthorization(Policies.Staff)
            .WithName("ListAreaCalendars")
            .WithSummary("Areas with their own calendar for answer targets (the others use the default calendar).")
            .ProducesCommonProblems();
}
