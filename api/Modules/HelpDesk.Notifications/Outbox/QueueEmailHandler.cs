using HelpDesk.Notifications.Contracts;
using HelpDesk.Notifications.Sending;
using MimeKit;

namespace HelpDesk.Notifications.Outbox;

internal sealed class QueueEmailHandler(IDb db, TimeProvider clock, IOutboxKick kick) : ICommandHandler<QueueEmail, Guid>
{
    /// <summary>What common mail servers still accept once the files are base64-encoded (about 25 MB).</summary>
    public const int MaxAttachmentBytes = 15 * 1024 * 1024;

    private const string InsertSql = """
        INSERT INTO notifications.outbox_emails (id, to_address, to_name, subject, text_body, html_body, ticket_id, created_at, next_attempt_at)
        VALUES (@Id, @ToAddress, @ToName, @Subject, @TextBody, @HtmlBody, @TicketId, @Now, @Now)
        """;

    private const string InsertAttachmentsSql = """
        INSERT INTO notifications.outbox_email_attachments (email_id, position, file_name, content_type, content_id, content)
        SELECT @Id, a.position, a.file_name, a.content_type, a.content_id, a.content
        FROM unnest(@Positions, @FileNames, @ContentTypes, @ContentIds, @Contents) AS a(position, file_name, content_type, content_id, content)
        """;

    public async ValueTask<Guid> Handle(QueueEmail command, CancellationToken ct)
    {
        CheckAttachments(command.Attachments);
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        await db.ExecuteAsync(InsertSql, new
        {
            Id = id,
            ToAddress = command.ToAddress.Trim(),
            command.ToName,
            command.Subject,
            command.TextBody,
            command.HtmlBody,
            command.TicketId,
            Now = now,
        }, ct);
        if (command.Attachments.Count > 0)
        {
            var files = command.Attachments;
            await db.ExecuteAsync(InsertAttachmentsSql, new
            {
                Id = id,
                Positions = Enumerable.Range(0, files.Count).ToArray(),
                FileNames = files.Select(f => f.FileName).ToArray(),
                ContentTypes = files.Select(f => f.ContentType).ToArray(),
                ContentIds = files.Select(f => f.ContentId).ToArray(),
                Contents = files.Select(f => f.Content).ToArray(),
            }, ct);
        }

        db.AfterCommit(kick.Kick);
        return id;
    }

    /// <summary>Attachments come from the product's own code, not from users: a bad one is a programming error.</summary>
    private static void CheckAttachments(IReadOnlyList<EmailAttachment> files)
    {
        foreach (var file in files)
        {
            if (string.IsNullOrWhiteSpace(file.FileName) || !ContentType.TryParse(file.ContentType, out var type))
            {
                throw new ArgumentException($"Attachment '{file.FileName}' needs a file name and a valid content type.", nameof(files));
            }

            if (file.ContentId is not null && (string.IsNullOrWhiteSpace(file.ContentId) || !type.MediaType.Equals("image", StringComparison.OrdinalIgnoreCase)))
            {
                throw new ArgumentException($"Inline attachment '{file.FileName}' must be an image with a Content-ID.", nameof(files));
            }
        }

        if (files.Where(f => f.ContentId is not null).GroupBy(f => f.ContentId, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1))
        {
            throw new ArgumentException("Two inline images share a Content-ID.", nameof(files));
        }

        if (files.Sum(f => (long)f.Content.Length) > MaxAttachmentBytes)
        {
            throw new ArgumentException($"Attachments exceed {MaxAttachmentBytes / (1024 * 1024)} MB in all.", nameof(files));
        }
    }
}
