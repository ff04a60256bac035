using HelpDesk.Tickets.Attachments;
using Microsoft.AspNetCore.Mvc;

namespace HelpDesk.Tickets.UploadCustomerAttachment;

/// <summary>The customer attaches a file from the public pages (web form, tracking), with the tracking token.</summary>
internal static class UploadCustomerAttachmentEndpoint
{
    public static void Map(RouteGroupBuilder publicTickets) =>
        publicTickets.MapPost("/{number}/attachments", async Task<Created<AttachmentDto>> (
                    string number, string? token, IFormFile file, IMediator mediator, CancellationToken ct) =>
                await AttachmentUpload.SaveAsync(number, file, @internal: false, token ?? "", mediator, ct))
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(FileTypes.MaxBytes + 64 * 1024))
            .Accepts<IFormFile>("multipart/form-data")
            .WithName("UploadCustomerAttachment")
            .WithSummary("The customer attaches a file to their request (multipart field 'file', up to 10 MB), with the tracking token.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
