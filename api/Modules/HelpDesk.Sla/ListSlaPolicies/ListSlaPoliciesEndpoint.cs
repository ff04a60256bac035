using HelpDesk.Sla.SlaPolicies;

namespace HelpDesk.Sla.ListSlaPolicies;

internal static class ListSlaPoliciesEndpoint
{
    public static void Map(RouteGroupBuilder policies) =>
        policies.MapGet("/", async Task<Ok<IReadOnlyList<PolicyDto>>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListPolicies.Query(), ct)))
            .RequireAuthorization(Policies.Staff)
            .WithName("ListSlaPolicies")
            .WithSummary("The current version of every SLA policy.")
            .ProducesCommonProblems();
}
