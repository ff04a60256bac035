using HelpDesk.Tickets.TrackTicket;

namespace HelpDesk.Tickets.AddCustomerMessage;

internal static class AddCustomerMessageEndpoint
{
    public static void Map(RouteGroupBuilder publicTickets) =>
        publicTickets.MapPost("/{number}/messages", async Task<Ok<TrackedTicketDto>> (
                    string number, string? token, AddCustomerMessage.Request request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AddCustomerMessage.Command(number, token, request.Body), ct)))
            .WithName("AddCustomerMessage")
            .WithSummary("The customer writes back; an answered request within the reopen window is reopened.")
            .ProducesInputProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
