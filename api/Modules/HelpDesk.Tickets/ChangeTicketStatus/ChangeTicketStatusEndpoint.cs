using HelpDesk.Tickets.Tickets;

namespace HelpDesk.Tickets.ChangeTicketStatus;

internal static class ChangeTicketStatusEndpoint
{
    public static void Map(RouteGroupBuilder tickets) =>
        tickets.MapPost("/{number}/status", Handle)
            .RequireAuthorization(Policies.TicketWrite)
            .WithName("ChangeTicketStatus")
            .WithSummary("Move the ticket to open, pending_customer, closed or reopened. Needs If-Match; an invalid move is a 409 naming the current state.")
            .ProducesCommonProblems()
            .ProducesInputProblems()
            .ProducesTicketUpdateProblems();

    private static async Task<Ok<TicketDto>> Handle(string number, ChangeStatus.Request request, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var ticket = await mediator.Send(new ChangeStatus.Command(number, Versioning.RequireIfMatch(http), request.Status, request.Reason), ct);
        Versioning.SetETag(http, ticket.Version);
        return TypedResults.Ok(ticket);
    }
}
