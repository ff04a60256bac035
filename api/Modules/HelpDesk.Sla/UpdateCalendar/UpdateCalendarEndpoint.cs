using HelpDesk.Sla.Calendars;

namespace HelpDesk.Sla.UpdateCalendar;

/// <summary>Maps the replace half of <see cref="SaveCalendar"/>, which creating and replacing a calendar share.</summary>
internal static class UpdateCalendarEndpoint
{
    public static void Map(RouteGroupBuilder calendars) =>
        calendars.MapPut("/{id:guid}", async Task<Ok<CalendarDto>> (Guid id, SaveCalendar.Request request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SaveCalendar.Command(id, request), ct)))
            .RequireAuthorization(Policies.Admin)
            .WithName("UpdateCalendar")
            .WithSummary("Replace a calendar's name, zone, week and holidays.")
            .ProducesCommonProblems().ProducesInputProblems().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
