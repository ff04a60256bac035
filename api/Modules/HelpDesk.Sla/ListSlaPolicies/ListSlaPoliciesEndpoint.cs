using HelpDesk.Shared.Security;
using HelpDesk.Shared.Web;
using HelpDesk.Sla.SlaPolicies;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

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
