using HelpDesk.Escalation.Matrix;

namespace HelpDesk.Escalation.CreateEscalationMatrixRow;

/// <summary>Maps the create half of <see cref="SaveMatrixRow"/>, which creating and changing a row share.</summary>
internal static class CreateEscalationMatrixRowEndpoint
{
    public static void Map(RouteGroupBuilder matrix) =>
        matrix.MapPost("/", async Task<Created<MatrixRowDto>> (SaveMatrixRow.Request row, IMediator mediator, CancellationToken ct) =>
            {
                var saved = await mediator.Send(new SaveMatrixRow.Command(null, row), ct);
                return TypedResults.Created($"/api/escalation/matrix/{saved.Id}", saved);
            })
            .RequireAuthorization(Policies.Admin)
            .WithName("CreateEscalationMatrixRow")
            .WithSummary("Add a matrix row (409 when the topic and type already have one). Audited.")
            .ProducesCommonProblems().ProducesInputProblems().ProducesProblem(StatusCodes.Status409Conflict);
}
