using HelpDesk.Tickets.Attachments;

namespace HelpDesk.Tickets.ListTicketAttachments;

internal static class ListTicketAttachmentsEndpoint
{
    public static void Map(RouteGroupBuilder tickets) =>
        tickets.MapGet("/{number}/attachments", async Task<Ok<IReadOnlyList<AttachmentDto>>> (string number, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAttachments.Query(number), ct)))
            .RequireAuthorization(Policies.TicketRead)
            .WithName("ListTicketAttachments")
            .WithSummary("The ticket's attachments (internal ones for staff only).")
            .ProducesCommonProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
