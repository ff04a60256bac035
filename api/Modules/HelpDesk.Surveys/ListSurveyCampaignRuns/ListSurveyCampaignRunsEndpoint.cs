using HelpDesk.Surveys.Campaigns;

namespace HelpDesk.Surveys.ListSurveyCampaignRuns;

internal static class ListSurveyCampaignRunsEndpoint
{
    public static void Map(RouteGroupBuilder campaigns) =>
        campaigns.MapGet("/{id:guid}/runs", async Task<Ok<IReadOnlyList<SurveyCampaignRun>>> (Guid id, CampaignStore store, CancellationToken ct) =>
            {
                await store.GetAsync(id, ct);
                return TypedResults.Ok(await store.RunsAsync(id, null, ct));
            })
            .RequireAuthorization(Policies.ReportRead)
            .WithName("ListSurveyCampaignRuns")
            .WithSummary("A campaign's runs, newest first: customers matched, sampled and invited, responses and the response rate of each.")
            .ProducesCommonProblems().ProducesProblem(StatusCodes.Status404NotFound);
}
