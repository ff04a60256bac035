using HelpDesk.Surveys.Campaigns;

namespace HelpDesk.Surveys.GetSurveyCampaign;

internal static class GetSurveyCampaignEndpoint
{
    public static void Map(RouteGroupBuilder campaigns) =>
        campaigns.MapGet("/{id:guid}", async Task<Ok<SurveyCampaign>> (Guid id, CampaignStore store, CancellationToken ct) => TypedResults.Ok(await store.GetAsync(id, ct)))
            .RequireAuthorization(Policies.ReportRead)
            .WithName("GetSurveyCampaign")
            .WithSummary("One campaign: its template, customer filter, sample, schedule, next run and response rate.")
            .ProducesCommonProblems().ProducesProblem(StatusCodes.Status404NotFound);
}
