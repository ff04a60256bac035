using HelpDesk.Escalation.Legs;

namespace HelpDesk.Escalation.TakeEscalation;

internal static class TakeEscalationEndpoint
{
    public static void Map(RouteGroupBuilder legs) =>
        legs.MapPost("/{id:guid}/take", async Task<Ok<LegDto>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new TakeEscalation.Command(id), ct)))
            .RequireAuthorization(Policies.EscalationAnswer)
            .WithName("TakeEscalation").WithSummary("A responder of the leg's area takes it.")
            .ProducesCommonProblems().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
