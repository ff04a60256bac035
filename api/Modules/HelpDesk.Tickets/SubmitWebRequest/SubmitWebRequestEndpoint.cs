namespace HelpDesk.Tickets.SubmitWebRequest;

internal static class SubmitWebRequestEndpoint
{
    public static void Map(RouteGroupBuilder publicTickets) =>
        publicTickets.MapPost("/", async (SubmitWebRequest.Command command, IMediator mediator, CancellationToken ct) =>
            {
                var receipt = await mediator.Send(command, ct);
                return TypedResults.Created(receipt.TrackingUrl, receipt);
            })
            .WithName("SubmitWebRequest")
            .WithSummary("The public web form: file a PQRS; the answer holds the number and the tracking link (also emailed).")
            .ProducesInputProblems()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
