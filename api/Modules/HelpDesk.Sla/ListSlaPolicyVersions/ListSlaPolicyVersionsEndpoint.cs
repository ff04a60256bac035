using HelpDesk.Sla.SlaPolicies;

namespace HelpDesk.Sla.ListSlaPolicyVersions;

internal static class ListSlaPolicyVersionsEndpoint
{
    public static void Map(RouteGroupBuilder policies) =>
        policies.MapGet("/{id:guid}/versions", async Task<Ok<IReadOnlyList<PolicyDto>>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListPolicyVersions.Query(id), ct)))
            .RequireAuthorization(Policies.Staff)
            .WithName("ListSlaPolicyVersions")
            .WithSummary("Every version of a policy, newest first.")
            .ProducesCommonProblems().ProducesProblem(StatusCodes.Status404NotFound);
}
