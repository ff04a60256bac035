using HelpDesk.Escalation.Legs;

namespace HelpDesk.Escalation.EscalateTicket;

internal static class EscalateTicketEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/tickets/{number}/escalations", async Task<Created<LegDto>> (string number, EscalateTicket.Request request, IMediator mediator, CancellationToken ct) =>
            {
                var leg = await mediator.Send(new EscalateTicket.Command(number, request.AreaId, request.Reason), ct);
                return TypedResults.Created($"/api/escalations/{leg.Id}", leg);
            })
            .WithTags("Escalation").RequireAuthorization(Policies.TicketWrite)
            .WithName("EscalateTicket")
            .WithSummary("Escalate the ticket to an area (default: the matrix's suggestion). The ticket becomes escalated and the customer is told.")
            .ProducesCommonProblems().ProducesInputProblems().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
