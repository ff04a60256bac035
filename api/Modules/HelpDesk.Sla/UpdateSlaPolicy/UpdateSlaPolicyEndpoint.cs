using HelpDesk.Sla.SlaPolicies;

namespace HelpDesk.Sla.UpdateSlaPolicy;

/// <summary>Maps the edit half of <see cref="SavePolicy"/>, which creating and editing a policy share.</summary>
internal static class UpdateSlaPolicyEndpoint
{
    public static void Map(RouteGroupBuilder policies) =>
        policies.MapPut("/{id:guid}", async Task<Ok<PolicyDto>> (Guid id, SavePolicy.Request request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SavePolicy.Command(id, request), ct)))
            .RequireAuthorization(Policies.Admin)
            .WithName("UpdateSlaPolicy")
            .WithSummary("Edit a policy: adds a new version for new tickets; tickets that matched earlier versions keep their due times.")
            .ProducesCommonProblems().ProducesInputProblems().ProducesProblem(StatusCodes.Status404NotFound);
}
