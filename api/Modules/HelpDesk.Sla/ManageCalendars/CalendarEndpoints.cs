using HelpDesk.Shared.Security;
using HelpDesk.Shared.Web;
using HelpDesk.Sla.Calendars;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HelpDesk.Sla.ManageCalendars;

internal static class CalendarEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var calendars = routes.MapGroup("/api/sla/calendars").WithTags("SLA").ClearsAfterChanges<SlaSettingsCache>();
        calendars.MapGet("/", async Task<Ok<IReadOnlyList<CalendarDto>>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListCalendars.Query(), ct)))
            .RequireAuthorization(Policies.Staff)
            .WithName("ListCalendars")
            .WithSummary("Business calendars: weekly working periods in a time zone, and holidays.")
            .ProducesCommonProblems();
        calendars.MapPost("/", async Task<Created<CalendarDto>> (SaveCalendar.Request request, IMediator mediator, CancellationToken ct) =>
            {
                var calendar = await mediator.Send(new SaveCalendar.Command(null, request), ct);
                return TypedResults.Created($"/api/sla/calendars/{calendar.Id}", calendar);
            })
            .RequireAuthorization(Policies.Admin)
            .WithName("CreateCalendar")
            .WithSummary("Create a calendar. Overlapping periods, an unknown time zone or no working time at all are a 422 naming the field.")
            .ProducesCommonProblems().ProducesInputProblems().ProducesProblem(StatusCodes.Status409Conflict);
        calendars.MapPut("/{id:guid}", async Task<Ok<CalendarDto>> (Guid id, SaveCalendar.Request request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SaveCalendar.Command(id, request), ct)))
            .RequireAuthorization(Policies.Admin)
            .WithName("UpdateCalendar")
            .WithSummary("Replace a calendar's name, zone, week and holidays.")
            .ProducesCommonProblems().ProducesInputProblems().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
