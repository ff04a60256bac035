using HelpDesk.Escalation.Legs;

namespace HelpDesk.Escalation.ListTicketEscalations;

internal static class ListTicketEscalationsEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/tickets/{number}/escalations", async Task<Ok<IReadOnlyList<LegDto>>> (string number, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListTicketEscalations.Query(number), ct)))
            .WithTags("Escalation").RequireAuthorization(Policies.Staff)
            .WithName("ListTicketEscalations")
            .WithSummary("The ticket's escalation legs in order (a responder sees only their areas' legs).")
            .ProducesCommonProblems().ProducesProblem(StatusCodes.Status404NotFound);
}
