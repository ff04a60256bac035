using HelpDesk.Tickets.Tickets;

namespace HelpDesk.Tickets.GetTicket;

internal static class GetTicketEndpoint
{
    public static void Map(RouteGroupBuilder tickets) =>
        tickets.MapGet("/{number}", Handle)
            .RequireAuthorization(Policies.TicketRead)
            .WithName("GetTicket")
            .WithSummary("A ticket by number. The ETag header is the version to send in If-Match when changing it.")
            .ProducesCommonProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<TicketDto>> Handle(string number, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var ticket = await mediator.Send(new GetTicket.Query(number), ct);
        Versioning.SetETag(http, ticket.Version);
        return TypedResults.Ok(ticket);
    }
}
