using HelpDesk.Escalation.Matrix;

namespace HelpDesk.Escalation.ListEscalationMatrix;

internal static class ListEscalationMatrixEndpoint
{
    public static void Map(RouteGroupBuilder matrix) =>
        matrix.MapGet("/", async Task<Ok<IReadOnlyList<MatrixRowDto>>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListMatrix.Query(), ct)))
            .RequireAuthorization(Policies.Staff)
            .WithName("ListEscalationMatrix")
            .WithSummary("The escalation matrix: which area answers each topic (and ticket type), with its OLA and next level.")
            .ProducesCommonProblems();
}
