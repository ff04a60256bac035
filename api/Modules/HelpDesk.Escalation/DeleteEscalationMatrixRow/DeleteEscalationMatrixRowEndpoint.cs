namespace HelpDesk.Escalation.DeleteEscalationMatrixRow;

internal static class DeleteEscalationMatrixRowEndpoint
{
    public static void Map(RouteGroupBuilder matrix) =>
        matrix.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteMatrixRow.Command(id), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Admin)
            .WithName("DeleteEscalationMatrixRow")
            .WithSummary("Remove a matrix row. Audited.")
            .ProducesCommonProblems().ProducesProblem(StatusCodes.Status404NotFound);
}
