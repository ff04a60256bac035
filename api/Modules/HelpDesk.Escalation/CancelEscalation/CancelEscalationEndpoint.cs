using HelpDesk.Escalation.Legs;

namespace HelpDesk.Escalation.CancelEscalation;

internal static class CancelEscalationEndpoint
{
    public static void Map(RouteGroupBuilder legs) =>
        legs.MapPost("/{id:guid}/cancel", async Task<Ok<LegDto>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CancelEscalation.Command(id), ct)))
            .RequireAuthorization(Policies.TicketWrite)
            .WithName("CancelEscalation").WithSummary("Withdraw an open or answered leg.")
            .ProducesCommonProblems().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
