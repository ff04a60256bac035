using HelpDesk.Shared.Data;
using HelpDesk.Shared.Errors;
using HelpDesk.Shared.Paging;
using HelpDesk.Shared.Security;
using HelpDesk.Shared.Web;
using HelpDesk.Sla.AreaCalendars;
using HelpDesk.Sla.AtRisk;
using HelpDesk.Sla.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HelpDesk.Sla.GetTicketSla;

/// <summary>The SLA read side: a ticket's clocks, the at-risk list, compliance, and the areas' calendars.</summary>
internal static class SlaReadEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/tickets/{number}/sla", async Task<Ok<TicketSlaDto>> (string number, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTicketSla.Query(number), ct)))
            .WithTags("SLA")
            .RequireAuthorization(Policies.Staff)
            .WithName("GetTicketSla")
            .WithSummary("A ticket's clocks (first response, resolution, each leg's answer) with due time, state, elapsed and remaining business time.")
            .ProducesCommonProblems().ProducesProblem(StatusCodes.Status404NotFound);

        var sla = routes.MapGroup("/api/sla").WithTags("SLA");
        sla.MapGet("/at-risk", async Task<Ok<Page<AtRiskClockDto>>> (IMediator mediator, CancellationToken ct, string? state = null, int? limit = null, string? cursor = null) =>
                TypedResults.Ok(await mediator.Send(new ListAtRisk.Query(state, limit, cursor), ct)))
            .RequireAuthorization(Policies.Staff)
            .WithName("ListAtRiskClocks")
            .WithSummary("Clocks at risk or breached and still counting, nearest due first (most overdue on top); state: at_risk | breached.")
            .ProducesCommonProblems().ProducesInputProblems();
        sla.MapGet("/compliance", async Task<Ok<IReadOnlyList<ComplianceRow>>> (
                    DateTimeOffset from, DateTimeOffset to, string kind, string by, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(
                    new GetSlaCompliance(from, to, EnumNames<ClockKind>.ParseField(kind, "kind"), EnumNames<ComplianceDimension>.ParseField(by, "by")), ct)))
            .RequireAuthorization(Policies.ReportRead)
            .WithName("GetSlaCompliance")
            .WithSummary("Clocks of a kind stopped in [from, to), by topic, area, agent or channel: count, share met, mean and p90 business seconds used.")
            .WithDescription("kind: first_response | resolution | ola. by: topic | area | agent | channel | round (1: tickets' first life; 2 and up: reopenings).")
            .ProducesCommonProblems().ProducesInputProblems();
        sla.MapGet("/area-calendars", async Task<Ok<IReadOnlyList<AreaCalendarDto>>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAreaCalendars.Query(), ct)))
            .RequireAuthorization(Policies.Staff)
            .WithName("ListAreaCalendars")
            .WithSummary("Areas with their own calendar for answer targets (the others use the default calendar).")
            .ProducesCommonProblems();
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
}
