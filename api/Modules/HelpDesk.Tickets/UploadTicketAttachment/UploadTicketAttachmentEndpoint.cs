using HelpDesk.Tickets.Attachments;
using Microsoft.AspNetCore.Mvc;

namespace HelpDesk.Tickets.UploadTicketAttachment;

internal static class UploadTicketAttachmentEndpoint
{
    // The front line, area responders (evidence for their answers, on their areas' tickets) and partners with tickets:write attach.
    public static void Map(RouteGroupBuilder tickets) =>
        tickets.MapPost("/{number}/attachments", Upload)
            .RequireAuthorization(Policies.TicketAttach)
            // Session requests are checked by the host's antiforgery middleware; partners (API key) carry no cookie to forge.
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(FileTypes.MaxBytes + 64 * 1024))
            .Accepts<IFormFile>("multipart/form-data")
            .WithName("UploadTicketAttachment")
            .WithSummary("Attach a file (multipart field 'file', up to 10 MB; pdf, images, Office, txt/csv checked by content). internal=true for staff-only files.")
            .ProducesCommonProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static Task<Created<AttachmentDto>> Upload(
        string number, IFormFile file, IMediator mediator, CancellationToken ct, [FromForm] bool @internal = false) =>
        AttachmentUpload.SaveAsync(number, file, @internal, null, mediator, ct);
}
