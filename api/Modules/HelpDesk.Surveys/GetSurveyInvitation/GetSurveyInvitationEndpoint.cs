namespace HelpDesk.Surveys.GetSurveyInvitation;

internal static class GetSurveyInvitationEndpoint
{
    public static void Map(RouteGroupBuilder publicSurveys) =>
        publicSurveys.MapGet("/{token}", async Task<Ok<SurveyInvitationDto>> (string token, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetSurveyInvitation.Query(token), ct)))
            .WithName("GetSurveyInvitation")
            .WithSummary("The survey a link opens: its questions, language and ticket. Records nothing (mail scanners follow links). " +
                         "404 unknown link (type survey-not-found), 410 expired (survey-expired), 409 answered (survey-answered) or withdrawn (survey-cancelled).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
