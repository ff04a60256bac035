namespace HelpDesk.Escalation.ReviewEscalation;

internal static class ReviewEscalationEndpoint
{
    public static void Map(RouteGroupBuilder legs) =>
        legs.MapPost("/{id:guid}/review", async Task<Ok<ReviewEscalation.ReviewResult>> (Guid id, ReviewEscalation.Request request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReviewEscalation.Command(id, request.Decision, request.Reason), ct)))
            .RequireAuthorization(Policies.TicketWrite)
            .WithName("ReviewEscalation")
            .WithSummary("Accept (the answer becomes the draft reply) or reject with a reason (a new round opens). 409 unless the leg is answered.")
            .ProducesCommonProblems().ProducesInputProblems().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
