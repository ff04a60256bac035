using HelpDesk.Escalation.Legs;

namespace HelpDesk.Escalation.AnswerEscalation;

internal static class AnswerEscalationEndpoint
{
    public static void Map(RouteGroupBuilder legs) =>
        legs.MapPost("/{id:guid}/answer", async Task<Ok<LegDto>> (Guid id, AnswerEscalation.Request request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AnswerEscalation.Command(id, request.Text), ct)))
            .RequireAuthorization(Policies.EscalationAnswer)
            .WithName("AnswerEscalation").WithSummary("The area's answer (up to 20,000 characters), for the back office to review. 409 unless the leg is open.")
            .ProducesCommonProblems().ProducesInputProblems().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
