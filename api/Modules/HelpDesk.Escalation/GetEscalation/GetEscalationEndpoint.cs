using HelpDesk.Escalation.Legs;

namespace HelpDesk.Escalation.GetEscalation;

internal static class GetEscalationEndpoint
{
    public static void Map(RouteGroupBuilder legs) =>
        legs.MapGet("/{id:guid}", async Task<Ok<LegDto>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetEscalation.Query(id), ct)))
            .WithName("GetEscalation").WithSummary("One leg.")
            .ProducesCommonProblems().ProducesProblem(StatusCodes.Status404NotFound);
}
