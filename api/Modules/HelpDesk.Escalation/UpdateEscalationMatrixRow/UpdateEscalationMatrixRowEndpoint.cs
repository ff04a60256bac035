using HelpDesk.Escalation.Matrix;

namespace HelpDesk.Escalation.UpdateEscalationMatrixRow;

/// <summary>Maps the change half of <see cref="SaveMatrixRow"/>, which creating and changing a row share.</summary>
internal static class UpdateEscalationMatrixRowEndpoint
{
    public static void Map(RouteGroupBuilder matrix) =>
        matrix.MapPut("/{id:guid}", async Task<Ok<MatrixRowDto>> (Guid id, SaveMatrixRow.Request row, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SaveMatrixRow.Command(id, row), ct)))
            .RequireAuthorization(Policies.Admin)
            .WithName("UpdateEscalationMatrixRow")
            .WithSummary("Change a matrix row. Escalations already open keep what they had. Audited.")
            .ProducesCommonProblems().ProducesInputProblems().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
