using HelpDesk.Surveys.Campaigns;

namespace HelpDesk.Surveys.ListSurveyCampaigns;

internal static class ListSurveyCampaignsEndpoint
{
    public static void Map(RouteGroupBuilder campaigns) =>
        campaigns.MapGet("/", async Task<Ok<IReadOnlyList<SurveyCampaign>>> (CampaignStore store, CancellationToken ct) => TypedResults.Ok(await store.ListAsync(ct)))
            .RequireAuthorization(Policies.ReportRead)
            .WithName("ListSurveyCampaigns")
            .WithSummary("The cold-survey campaigns by name, each with its next run and its response rate so far.")
            .ProducesCommonProblems();
}
