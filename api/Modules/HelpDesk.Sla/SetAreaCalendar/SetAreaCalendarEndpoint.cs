namespace HelpDesk.Sla.SetAreaCalendar;

internal static class SetAreaCalendarEndpoint
{
    public static void Map(RouteGroupBuilder sla) =>
        sla.MapPut("/area-calendars/{areaId:guid}", async Task<NoContent> (Guid areaId, SetAreaCalendar.Request request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new SetAreaCalendar.Command(areaId, request.CalendarId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Admin)
            .WithName("SetAreaCalendar")
            .WithSummary("Set (or, with a null calendarId, clear) the calendar an area's answer target counts on. Open legs keep their due times.")
            .ProducesCommonProblems().ProducesInputProblems().ProducesProblem(StatusCodes.Status404NotFound);
}
