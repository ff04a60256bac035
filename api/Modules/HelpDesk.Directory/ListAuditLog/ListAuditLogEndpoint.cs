using HelpDesk.Shared.Paging;

namespace HelpDesk.Directory.ListAuditLog;

internal static class ListAuditLogEndpoint
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapGet("/audit-log", Handle)
            .WithName("ListAuditLog")
            .WithSummary("Security events, newest first, keyset-paginated (limit, cursor -> nextCursor). Read-only.")
            .ProducesCommonProblems()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Ok<Page<AuditEntryDto>>> Handle(
        IMediator mediator, CancellationToken ct, int? limit = null, string? cursor = null) =>
        TypedResults.Ok(await mediator.Send(new ListAuditLog.Query(limit, cursor), ct));
}
