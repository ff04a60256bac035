using HelpDesk.Surveys.Campaigns;

namespace HelpDesk.Surveys.CreateSurveyCampaign;

/// <summary>Maps the create half of <see cref="SaveCampaign"/>, which creating and replacing a campaign share.</summary>
internal static class CreateSurveyCampaignEndpoint
{
    public static void Map(RouteGroupBuilder campaigns) =>
        campaigns.MapPost("/", async Task<Created<SurveyCampaign>> (SaveCampaign.Request request, IMediator mediator, CancellationToken ct) =>
            {
                var campaign = await mediator.Send(new SaveCampaign.Command(null, request), ct);
                return TypedResults.Created($"/api/surveys/campaigns/{campaign.Id}", campaign);
            })
            .RequireAuthorization(Policies.Admin)
            .WithName("CreateSurveyCampaign")
            .WithSummary("Create a cold-survey campaign (administrators). A bad cron schedule, an unknown template, or both or neither of sampleSize and sampleShare is a 422 naming the field; the schedule defaults to fortnightly, \"0 7 1,15 * *\" in the department's time zone.")
            .ProducesCommonProblems().ProducesInputProblems().ProducesProblem(StatusCodes.Status409Conflict);
}
