using HelpDesk.Surveys.Campaigns;

namespace HelpDesk.Surveys.RunSurveyCampaign;

internal static class RunSurveyCampaignEndpoint
{
    public static void Map(RouteGroupBuilder campaigns) =>
        campaigns.MapPost("/{id:guid}/runs", async Task<Created<SurveyCampaignRun>> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                var run = (await mediator.Send(new RunCampaign.Command(id, RunNow: true), ct))!;
                return TypedResults.Created($"/api/surveys/campaigns/{id}/runs", run);
            })
            .RequireAuthorization(Policies.Admin)
            .WithName("RunSurveyCampaign")
            .WithSummary("Run a campaign now (administrators), whatever its schedule, which stays as it is: draws the sample and writes its invitations, which the sending job emails. 409 when the campaign already has a run for this instant.")
            .ProducesCommonProblems().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
