using HelpDesk.Tickets.Attachments;

namespace HelpDesk.Tickets.DownloadTicketAttachment;

internal static class DownloadTicketAttachmentEndpoint
{
    public static void Map(RouteGroupBuilder tickets) =>
        tickets.MapGet("/{number}/attachments/{id:guid}", Download)
            .RequireAuthorization(Policies.TicketRead)
            .WithName("DownloadTicketAttachment")
            .WithSummary("The file, streamed with its original name, for whoever may see the ticket.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesCommonProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> Download(string number, Guid id, IMediator mediator, IDb db, CancellationToken ct)
    {
        var attachment = await mediator.Send(new GetAttachment.Query(number, id), ct);
        return Results.Stream(
            output => AttachmentContent.CopyToAsync(db, attachment.Id, output, ct),
            attachment.ContentType,
            attachment.FileName);
    }
}
