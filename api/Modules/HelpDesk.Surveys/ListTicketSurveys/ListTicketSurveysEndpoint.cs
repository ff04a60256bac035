using HelpDesk.Surveys.Invitations;

namespace HelpDesk.Surveys.ListTicketSurveys;

internal static class ListTicketSurveysEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/tickets/{number}/surveys", async Task<Ok<IReadOnlyList<TicketSurvey>>> (string number, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListTicketSurveys.Query(number), ct)))
            .WithTags("Surveys")
            .RequireAuthorization(Policies.Staff)
            .WithName("ListTicketSurveys")
            .WithSummary("The ticket's satisfaction survey: its invitation (scheduled, sent, answered, expired, cancelled), the answers with " +
                         "the questions' wording, and the recovery ticket a bottom-box answer opened.")
            .ProducesCommonProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
