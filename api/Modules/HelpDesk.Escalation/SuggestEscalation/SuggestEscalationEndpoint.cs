namespace HelpDesk.Escalation.SuggestEscalation;

internal static class SuggestEscalationEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/tickets/{number}/escalation-suggestion", async Task<Ok<EscalationSuggestionDto>> (string number, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SuggestEscalation.Query(number), ct)))
            .WithTags("Escalation")
            .RequireAuthorization(Policies.TicketWrite)
            .WithName("SuggestEscalation")
            .WithSummary("The matrix's suggestion for this ticket's topic and type (falls back to the parent topic), or row null.")
            .ProducesCommonProblems().ProducesProblem(StatusCodes.Status404NotFound);
}
