namespace HelpDesk.Sla.RetireSlaPolicy;

internal static class RetireSlaPolicyEndpoint
{
    public static void Map(RouteGroupBuilder policies) =>
        policies.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RetirePolicy.Command(id), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Admin)
            .WithName("RetireSlaPolicy")
            .WithSummary("Retire a policy: new tickets stop matching it; existing clocks are unchanged.")
            .ProducesCommonProblems().ProducesProblem(StatusCodes.Status404NotFound);
}
