using HelpDesk.Escalation.Legs;
using HelpDesk.Shared.Paging;

namespace HelpDesk.Escalation.ListEscalations;

internal static class ListEscalationsEndpoint
{
    public static void Map(RouteGroupBuilder legs) =>
        legs.MapGet("/", async Task<Ok<Page<LegDto>>> (IMediator mediator, CancellationToken ct, string? status = null, Guid? areaId = null, int? limit = null, string? cursor = null) =>
                TypedResults.Ok(await mediator.Send(new ListEscalations.Query(status, areaId, limit, cursor), ct)))
            .WithName("ListEscalations")
            .WithSummary("Legs by status, oldest due first: the area inbox (open; a responder sees only their areas) and the review queue (answered).")
            .ProducesCommonProblems().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
}
