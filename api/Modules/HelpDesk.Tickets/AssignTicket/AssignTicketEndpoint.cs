using HelpDesk.Tickets.Tickets;

namespace HelpDesk.Tickets.AssignTicket;

internal static class AssignTicketEndpoint
{
    public static void Map(RouteGroupBuilder tickets) =>
        tickets.MapPut("/{number}/assignee", Handle)
            .RequireAuthorization(Policies.TicketWrite)
            .WithName("AssignTicket")
            .WithSummary("Assign the ticket to a staff member, or unassign it (null). A new ticket becomes open. Needs If-Match.")
            .ProducesCommonProblems()
            .ProducesInputProblems()
            .ProducesTicketUpdateProblems();

    private static async Task<Ok<TicketDto>> Handle(string number, AssignTicket.Request request, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var ticket = await mediator.Send(new AssignTicket.Command(number, Versioning.RequireIfMatch(http), request.AssigneeId), ct);
        Versioning.SetETag(http, ticket.Version);
        return TypedResults.Ok(ticket);
    }
}
