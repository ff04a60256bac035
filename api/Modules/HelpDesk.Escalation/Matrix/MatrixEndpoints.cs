using HelpDesk.Shared.Data;
using HelpDesk.Shared.Errors;
using HelpDesk.Shared.Security;
using HelpDesk.Shared.Web;
using HelpDesk.Tickets.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HelpDesk.Escalation.Matrix;

internal static class ListMatrix
{
    internal sealed record Query : IQuery<IReadOnlyList<MatrixRowDto>>;

    internal sealed class Handler(IDb db) : IQueryHandler<Query, IReadOnlyList<MatrixRowDto>>
    {
        private const string Sql = $"SELECT {MatrixRowData.Columns} FROM escalation.matrix ORDER BY topic_id, ticket_type NULLS FIRST";

        public async ValueTask<IReadOnlyList<MatrixRowDto>> Handle(Query query, CancellationToken ct) =>
            [.. (await db.QueryAsync<MatrixRowData>(Sql, null, ct)).Select(r => r.ToDto())];
    }
}

internal static class DeleteMatrixRow
{
    internal sealed record Command(Guid Id) : ICommand;

    internal sealed class Handler(IDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command>
    {
        private const string Sql = """
            WITH gone AS (DELETE FROM escalation.matrix WHERE id = @Id RETURNING id)
            INSERT INTO escalation.matrix_changes (matrix_id, changed_at, changed_by, action) SELECT id, @Now, @By, 'deleted' FROM gone
            """;

        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            if (await db.ExecuteAsync(Sql, new { command.Id, Now = clock.GetUtcNow(), By = user.UserId }, ct) == 0)
            {
                throw new NotFoundException("The matrix row");
            }

            return Unit.Value;
        }
    }
}

/// <summary>The matrix's suggestion for a ticket: the most specific row for its topic and type, or none.</summary>
internal sealed record EscalationSuggestionDto(MatrixRowDto? Row);

internal static class SuggestEscalation
{
    internal sealed record Query(string Number) : IQuery<EscalationSuggestionDto>;

    internal sealed class Handler(IMediator mediator, MatrixLookup matrix) : IQueryHandler<Query, EscalationSuggestionDto>
    {
        public async ValueTask<EscalationSuggestionDto> Handle(Query query, CancellationToken ct)
        {
            var ticket = await mediator.Send(new GetTicketSummary(query.Number), ct) ?? throw new NotFoundException($"Ticket {query.Number}");
            return new EscalationSuggestionDto((await matrix.FindAsync(ticket.TopicId, ticket.Type, ct))?.ToDto());
        }
    }
}

internal static class MatrixEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var matrix = routes.MapGroup("/api/escalation/matrix").WithTags("Escalation");
        matrix.MapGet("/", async Task<Ok<IReadOnlyList<MatrixRowDto>>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListMatrix.Query(), ct)))
            .RequireAuthorization(Policies.Staff)
            .WithName("ListEscalationMatrix")
            .WithSummary("The escalation matrix: which area answers each topic (and ticket type), with its OLA and next level.")
            .ProducesCommonProblems();
        matrix.MapPost("/", async Task<Created<MatrixRowDto>> (SaveMatrixRow.Request row, IMediator mediator, CancellationToken ct) =>
            {
                var saved = await mediator.Send(new SaveMatrixRow.Command(null, row), ct);
                return TypedResults.Created($"/api/escalation/matrix/{saved.Id}", saved);
            })
            .RequireAuthorization(Policies.Admin)
            .WithName("CreateEscalationMatrixRow")
            .WithSummary("Add a matrix row (409 when the topic and type already have one). Audited.")
            .ProducesCommonProblems().ProducesInputProblems().ProducesProblem(StatusCodes.Status409Conflict);
        matrix.MapPut("/{id:guid}", async Task<Ok<MatrixRowDto>> (Guid id, SaveMatrixRow.Request row, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SaveMatrixRow.Command(id, row), ct)))
            .RequireAuthorization(Policies.Admin)
            .WithName("UpdateEscalationMatrixRow")
            .WithSummary("Change a matrix row. Escalations already open keep what they had. Audited.")
            .ProducesCommonProblems().ProducesInputProblems().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        matrix.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteMatrixRow.Command(id), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Admin)
            .WithName("DeleteEscalationMatrixRow")
            .WithSummary("Remove a matrix row. Audited.")
            .ProducesCommonProblems().ProducesProblem(StatusCodes.Status404NotFound);

        routes.MapGet("/api/tickets/{number}/escalation-suggestion", async Task<Ok<EscalationSuggestionDto>> (string number, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SuggestEscalation.Query(number), ct)))
            .WithTags("Escalation")
            .RequireAuthorization(Policies.TicketWrite)
            .WithName("SuggestEscalation")
            .WithSummary("The matrix's suggestion for this ticket's topic and type (falls back to the parent topic), or row null.")
            .ProducesCommonProblems().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
