namespace HelpDesk.Surveys.SubmitSurveyResponse;

internal static class SubmitSurveyResponseEndpoint
{
    public static void Map(RouteGroupBuilder publicSurveys) =>
        publicSurveys.MapPost("/{token}/response", async Task<Created<SubmittedSurveyResponse>> (
                    string token, SubmitSurveyResponse.Request request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Created((string?)null, await mediator.Send(new SubmitSurveyResponse.Command(token, request.Answers), ct)))
            .WithName("SubmitSurveyResponse")
            .WithSummary("The customer answers the survey of a link, once. 422 with errors keyed answers.<itemKey> (score outside the item's " +
                         "scale, wrong shape for its kind, text over 4000 characters, a required item missing, an unknown or repeated item); " +
                         "409 already answered or withdrawn; 404 unknown link; 410 expired. Nothing is recorded when it fails. A bottom-box " +
                         "overall answer opens a recovery ticket for the supervisors.")
            .ProducesInputProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
