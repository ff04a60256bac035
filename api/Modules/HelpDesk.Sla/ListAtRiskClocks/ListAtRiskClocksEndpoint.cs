using HelpDesk.Shared.Paging;

namespace HelpDesk.Sla.ListAtRiskClocks;

internal static class ListAtRiskClocksEndpoint
{
    public static void Map(RouteGroupBuilder sla) =>
        sla.MapGet("/at-risk", async Task<Ok<Page<AtRiskClockDto>>> (IMediator mediator, CancellationToken ct, string? state = null, int? limit = null, string? cursor = null) =>
                TypedResults.Ok(await mediator.Send(new ListAtRisk.Query(state, limit, cursor), ct)))
            .RequireAuthorization(Policies.Staff)
            .WithName("ListAtRiskClocks")
            .WithSummary("Clocks at risk or breached and still counting, nearest due first (most overdue on top); state: at_risk | breached.")
            .ProducesCommonProblems().ProducesInputProblems();
}
