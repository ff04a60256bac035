namespace HelpDesk.Surveys.RecordPhoneSurvey;

internal static class RecordPhoneSurveyEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/tickets/{number}/survey-responses", async Task<Created<PhoneSurveyRecorded>> (
                    string number, RecordPhoneSurvey.Request request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Created((string?)null, await mediator.Send(new RecordPhoneSurvey.Command(number, request.Language, request.Answers), ct)))
            .WithTags("Surveys")
            .RequireAuthorization(Policies.FrontLine)
            .WithName("RecordPhoneSurvey")
            .WithSummary("An agent records the ticket's hot survey as the customer answered it on the phone: the waiting invitation is " +
                         "answered by phone (never emailed), or one is made. Same answer rules and recovery as the survey page; 409 when " +
                         "the ticket's survey is already answered or withdrawn, the customer opted out, or no hot template is chosen.")
            .ProducesCommonProblems()
            .ProducesInputProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
