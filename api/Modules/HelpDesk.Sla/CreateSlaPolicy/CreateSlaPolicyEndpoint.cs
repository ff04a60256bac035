using HelpDesk.Sla.SlaPolicies;

namespace HelpDesk.Sla.CreateSlaPolicy;

/// <summary>Maps the create half of <see cref="SavePolicy"/>, which creating and editing a policy share.</summary>
internal static class CreateSlaPolicyEndpoint
{
    public static void Map(RouteGroupBuilder policies) =>
        policies.MapPost("/", async Task<Created<PolicyDto>> (SavePolicy.Request request, IMediator mediator, CancellationToken ct) =>
            {
                var policy = await mediator.Send(new SavePolicy.Command(null, request), ct);
                return TypedResults.Created($"/api/sla/policies/{policy.Id}", policy);
            })
            .RequireAuthorization(Policies.Admin)
            .WithName("CreateSlaPolicy")
            .WithSummary("Create a policy: conditions (null matches anything), first-response and resolution targets, warning threshold.")
            .WithDescription("The most specific matching policy applies to a new ticket (most conditions set), ties broken by the higher precedence. " +
                             "A policy with no target, a threshold outside (0, 100) or an unknown calendar is a 422 naming the field.")
            .ProducesCommonProblems().ProducesInputProblems();
}
