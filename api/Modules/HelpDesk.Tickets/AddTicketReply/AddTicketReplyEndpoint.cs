using HelpDesk.Tickets.Tickets;

namespace HelpDesk.Tickets.AddTicketReply;

internal static class AddTicketReplyEndpoint
{
    public static void Map(RouteGroupBuilder tickets) =>
        tickets.MapPost("/{number}/replies", Handle)
            .RequireAuthorization(Policies.TicketWrite)
            .WithName("AddTicketReply")
            .WithSummary("A public reply: emailed to the customer and shown on the tracking page.")
            .ProducesCommonProblems()
            .ProducesInputProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<TicketDto>> Handle(string number, AddReply.Request request, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var ticket = await mediator.Send(new AddReply.Command(number, request.Body, request.WaitForCustomer), ct);
        Versioning.SetETag(http, ticket.Version);
        return TypedResults.Ok(ticket);
    }
}
