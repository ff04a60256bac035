using HelpDesk.Tickets.Tickets;

namespace HelpDesk.Tickets.UpdateTicket;

internal static class UpdateTicketEndpoint
{
    public static void Map(RouteGroupBuilder tickets) =>
        tickets.MapPatch("/{number}", Handle)
            .RequireAuthorization(Policies.TicketWrite)
            .WithName("UpdateTicket")
            .WithSummary("Change type, topic, priority or subject. Needs If-Match (428 without, 412 when stale).")
            .ProducesCommonProblems()
            .ProducesInputProblems()
            .ProducesTicketUpdateProblems();

    private static async Task<Ok<TicketDto>> Handle(string number, UpdateTicket.Request request, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var ticket = await mediator.Send(new UpdateTicket.Command(number, Versioning.RequireIfMatch(http), request.Type, request.TopicId, request.Priority, request.Subject), ct);
        Versioning.SetETag(http, ticket.Version);
        return TypedResults.Ok(ticket);
    }
}
