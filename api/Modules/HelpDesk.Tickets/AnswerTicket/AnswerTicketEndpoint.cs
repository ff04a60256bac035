using HelpDesk.Tickets.Tickets;

namespace HelpDesk.Tickets.AnswerTicket;

internal static class AnswerTicketEndpoint
{
    public static void Map(RouteGroupBuilder tickets) =>
        tickets.MapPost("/{number}/answer", Handle)
            .RequireAuthorization(Policies.TicketWrite)
            .WithName("AnswerTicket")
            .WithSummary("Send the final answer with its resolution type; the ticket becomes answered and the customer gets it by email. Needs If-Match.")
            .ProducesCommonProblems()
            .ProducesInputProblems()
            .ProducesTicketUpdateProblems();

    private static async Task<Ok<TicketDto>> Handle(string number, AnswerTicket.Request request, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var ticket = await mediator.Send(new AnswerTicket.Command(number, Versioning.RequireIfMatch(http), request.Body, request.ResolutionType), ct);
        Versioning.SetETag(http, ticket.Version);
        return TypedResults.Ok(ticket);
    }
}
