using HelpDesk.Tickets.Tickets;

namespace HelpDesk.Tickets.Attachments;

/// <summary>What both uploads (staff: UploadTicketAttachment, customer: UploadCustomerAttachment) do with the form's file.</summary>
internal static class AttachmentUpload
{
    public static async Task<Created<AttachmentDto>> SaveAsync(string number, IFormFile file, bool @internal, string? token, IMediator mediator, CancellationToken ct)
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
}
