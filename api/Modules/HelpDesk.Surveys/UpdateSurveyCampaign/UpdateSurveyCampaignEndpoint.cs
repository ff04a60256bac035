using HelpDesk.Surveys.Campaigns;

namespace HelpDesk.Surveys.UpdateSurveyCampaign;

/// <summary>Maps the replace half of <see cref="SaveCampaign"/>, which creating and replacing a campaign share.</summary>
internal static class UpdateSurveyCampaignEndpoint
{
    public static void Map(RouteGroupBuilder campaigns) =>
        campaigns.MapPut("/{id:guid}", async Task<Ok<SurveyCampaign>> (Guid id, SaveCampaign.Request request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SaveCampaign.Command(id, request), ct)))
            .RequireAuthorization(Policies.Admin)
            .WithName("UpdateSurveyCampaign")
            .WithSummary("Replace a campaign (administrators). Its next run is recomputed when the schedule changes or it is switched on, and cleared when it is switched off.")
            .ProducesCommonProblems().ProducesInputProblems().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
