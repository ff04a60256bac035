using HelpDesk.Sla.Calendars;

namespace HelpDesk.Sla.CreateCalendar;

/// <summary>Maps the create half of <see cref="SaveCalendar"/>, which creating and replacing a calendar share.</summary>
internal static class CreateCalendarEndpoint
{
    public static void Map(RouteGroupBuilder calendars) =>
        calendars.MapPost("/", async Task<Created<CalendarDto>> (SaveCalendar.Request request, IMediator mediator, CancellationToken ct) =>
            {
                var calendar = await mediator.Send(new SaveCalendar.Command(null, request), ct);
                return TypedResults.Created($"/api/sla/calendars/{calendar.Id}", calendar);
            })
            .RequireAuthorization(Policies.Admin)
            .WithName("CreateCalendar")
            .WithSummary("Create a calendar. Overlapping periods, an unknown time zone or no working time at all are a 422 naming the field.")
            .ProducesCommonProblems().ProducesInputProblems().ProducesProblem(StatusCodes.Status409Conflict);
}
