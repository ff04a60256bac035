using HelpDesk.Tickets.Tickets;
using Microsoft.AspNetCore.Mvc;

namespace HelpDesk.Tickets.CreateTicket;

internal static class CreateTicketEndpoint
{
    public static void Map(RouteGroupBuilder tickets) =>
        tickets.MapPost("/", Handle)
            .RequireAuthorization(Policies.TicketCreate)
            .WithName("CreateTicket")
            .WithSummary("Create a PQRS ticket from any channel; optionally answer it at first contact (answerNow).")
            .WithDescription("Send Idempotency-Key to make retries safe: the same key and body return the first ticket; the same key with another body is a 422. " +
                             "Partners (tickets:write) create tickets on channel partner and see only their own.")
            .ProducesCommonProblems()
            .ProducesInputProblems();

    private static async Task<Created<TicketDto>> Handle(
        CreateTicket.Command command, IMediator mediator, HttpContext http, CancellationToken ct,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey = null)
    {
        var result = await mediator.Send(command with { IdempotencyKey = string.IsNullOrWhiteSpace(idempotencyKey) ? null : idempotencyKey.Trim() }, ct);
        Versioning.SetETag(http, result.Ticket.Version);
        if (result.Replayed)
        {
            http.Response.Headers["Idempotent-Replayed"] = "true";
        }

        return TypedResults.Created($"/api/tickets/{result.Ticket.Number}", result.Ticket);
    }
}
