using HelpDesk.Shared.Data;
using HelpDesk.Shared.Security;
using HelpDesk.Shared.Web;
using HelpDesk.Tickets.Tickets;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace HelpDesk.Tickets.Attachments;

internal static class AttachmentEndpoints
{
    public static void Map(RouteGroupBuilder tickets)
    {
        // The front line, area responders (evidence for their answers, on their areas' tickets) and partners with tickets:write attach.
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

        tickets.MapGet("/{number}/attachments", async Task<Ok<IReadOnlyList<AttachmentDto>>> (string number, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAttachments.Query(number), ct)))
            .RequireAuthorization(Policies.TicketRead)
            .WithName("ListTicketAttachments")
            .WithSummary("The ticket's attachments (internal ones for staff only).")
            .ProducesCommonProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);

        tickets.MapGet("/{number}/attachments/{id:guid}", Download)
            .RequireAuthorization(Policies.TicketRead)
            .WithName("DownloadTicketAttachment")
            .WithSummary("The file, streamed with its original name, for whoever may see the ticket.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesCommonProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>The customer attaches a file from the public pages (web form, tracking), with the tracking token.</summary>
    public static void MapPublic(RouteGroupBuilder publicTickets) =>
        publicTickets.MapPost("/{number}/attachments", async Task<Created<AttachmentDto>> (
                    string number, string? token, IFormFile file, IMediator mediator, CancellationToken ct) =>
                await SaveAsync(number, file, @internal: false, token ?? "", mediator, ct))
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(FileTypes.MaxBytes + 64 * 1024))
            .Accepts<IFormFile>("multipart/form-data")
            .WithName("UploadCustomerAttachment")
            .WithSummary("The customer attaches a file to their request (multipart field 'file', up to 10 MB), with the tracking token.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    /// <summary>The customer downloads a (non-internal) file of their request with the tracking token.</summary>
    public static void MapPublicDownload(RouteGroupBuilder publicTickets) =>
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

    private static Task<Created<AttachmentDto>> Upload(
        string number, IFormFile file, IMediator mediator, CancellationToken ct, [FromForm] bool @internal = false) =>
        SaveAsync(number, file, @internal, null, mediator, ct);

    private static async Task<Created<AttachmentDto>> SaveAsync(string number, IFormFile file, bool @internal, string? token, IMediator mediator, CancellationToken ct)
    {
        if (file.Length > FileTypes.MaxBytes)
        {
            throw new Shared.Errors.ProblemException(StatusCodes.Status413PayloadTooLarge, "file-too-large", "File too large",
                $"Attachments must be at most {FileTypes.MaxBytes / 1024 / 1024} MB.");
        }

        // The form reader already holds the file (in memory up to 64 KB, beyond that in a temp file); its stream is
        // seekable and goes to the handler as is, so the bytes reach PostgreSQL without a copy in memory.
        await using var stream = file.OpenReadStream();
        var attachment = await mediator.Send(new UploadAttachment.Command(number, file.FileName, stream, @internal, token), ct);
        return TypedResults.Created($"/api/tickets/{number}/attachments/{attachment.Id}", attachment);
    }

    private static async Task<IResult> Download(string number, Guid id, IMediator mediator, IDb db, CancellationToken ct)
    {
        var attachment = await mediator.Send(new GetAttachment.Query(number, id), ct);
        return Results.Stream(
            output => AttachmentContent.CopyToAsync(db, attachment.Id, output, ct),
            attachment.ContentType,
            attachment.FileName);
    }
}
