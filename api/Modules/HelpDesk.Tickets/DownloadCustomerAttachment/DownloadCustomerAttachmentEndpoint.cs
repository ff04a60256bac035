using HelpDesk.Tickets.Attachments;

namespace HelpDesk.Tickets.DownloadCustomerAttachment;

/// <summary>The customer downloads a (non-internal) file of their request with the tracking token.</summary>
internal static class DownloadCustomerAttachmentEndpoint
{
    public static void Map(RouteGroupBuilder publicTickets) =>
        publicTickets.MapGet("/{number}/attachments/{id:guid}", async (
                string number, Guid id, string? token, IMediator mediator, IDb db, CancellationToken ct) =>
            {
                var tracked = await mediator.Send(new TrackTicket.TrackTicket.Query(number, token), ct);
                var attachment = tracked.Attachments.FirstOrDefault(a => a.Id == id) ?? throw new Shared.Errors.NotFoundException("The attachment");
                return Results.Stream(output => AttachmentContent.CopyToAsync(db, id, output, ct), "application/octet-stream", attachment.FileName);
            })
            .WithName("DownloadCustomerAttachment")
            .WithSummary("A file of the request (not internal ones), with the tracking token.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
