namespace HelpDesk.Surveys.CountCampaignCustomers;

internal static class CountCampaignCustomersEndpoint
{
    public static void Map(RouteGroupBuilder campaigns) =>
        campaigns.MapPost("/matching-customers", async Task<Ok<CountCampaignCustomers.Result>> (CountCampaignCustomers.Query query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .RequireAuthorization(Policies.ReportRead)
            .WithName("CountCampaignCustomers")
            .WithSummary("The live count of a campaign filter: customers matching it with an email (count), those matching without one, and how many of the counted could be invited today (eligible: not opted out, not surveyed within the re-survey window; estimated from a random 2,000 when more match).")
            .ProducesCommonProblems().ProducesInputProblems();
}
