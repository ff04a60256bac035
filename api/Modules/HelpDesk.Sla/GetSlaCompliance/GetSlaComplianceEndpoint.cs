using HelpDesk.Sla.Contracts;

namespace HelpDesk.Sla.GetSlaCompliance;

/// <summary>
/// The endpoint for the <see cref="Contracts.GetSlaCompliance"/> query (also open to other modules). Inside this
/// namespace the bare name GetSlaCompliance would mean the namespace itself, hence "Contracts.".
/// </summary>
internal static class GetSlaComplianceEndpoint
{
    public static void Map(RouteGroupBuilder sla) =>
        sla.MapGet("/compliance", async Task<Ok<IReadOnlyList<ComplianceRow>>> (
                    DateTimeOffset from, DateTimeOffset to, string kind, string by, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(
                    new Contracts.GetSlaCompliance(from, to, EnumNames<ClockKind>.ParseField(kind, "kind"), EnumNames<ComplianceDimension>.ParseField(by, "by")), ct)))
            .RequireAuthorization(Policies.ReportRead)
            .WithName("GetSlaCompliance")
            .WithSummary("Clocks of a kind stopped in [from, to), by topic, area, agent or channel: count, share met, mean and p90 business seconds used.")
            .WithDescription("kind: first_response | resolution | ola. by: topic | area | agent | channel | round (1: tickets' first life; 2 and up: reopenings).")
            .ProducesCommonProblems().ProducesInputProblems();
}
