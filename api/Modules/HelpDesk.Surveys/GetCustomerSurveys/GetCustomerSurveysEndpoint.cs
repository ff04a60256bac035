using HelpDesk.Surveys.Invitations;

namespace HelpDesk.Surveys.GetCustomerSurveys;

internal static class GetCustomerSurveysEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/customers/{id:guid}/surveys", async Task<Ok<CustomerSurveys>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCustomerSurveys.Query(id), ct)))
            .WithTags("Surveys")
            .RequireAuthorization(Policies.Staff)
            .WithName("GetCustomerSurveys")
            .WithSummary($"The customer 360's surveys: whether the customer opted out (when, how), when they were last surveyed, and " +
                         $"their surveys newest first (at most {SurveyHistory.CustomerLimit}) with answers and recovery tickets.")
            .ProducesCommonProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
