namespace HelpDesk.Tickets.TrackTicket;

internal static class TrackTicketEndpoint
{
    public static void Map(RouteGroupBuilder publicTickets) =>
        publicTickets.MapGet("/{number}", async Task<Ok<TrackedTicketDto>> (string number, string? token, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new TrackTicket.Query(number, token), ct)))
            .WithName("TrackTicket")
            .WithSummary("Status and public conversation of a request, with the secret token of its tracking link (404 otherwise).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
