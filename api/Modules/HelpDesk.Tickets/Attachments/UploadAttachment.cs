using HelpDesk.Tickets.Tickets;
using HelpDesk.Tickets.Timeline;
using Npgsql;
using NpgsqlTypes;

namespace HelpDesk.Tickets.Attachments;

internal static class UploadAttachment
{
    /// <summary>
    /// Content: the file as a seekable stream (the form reader's, spooled to a temp file beyond 64 KB); it is read twice,
    /// to check and hash it and then to send it to the database, and never held in memory. Internal: staff-only file
    /// (never shown to the customer or a partner). TrackingToken: the customer uploads from the public pages, identified
    /// by the ticket's tracking token instead of a login.
    /// </summary>
    internal sealed record Command(string Number, string FileName, Stream Content, bool Internal, string? TrackingToken = null)
        : ICommand<AttachmentDto>;

    internal sealed class Handler(IDb db, ICurrentUser user, TimelineWriter timeline, TicketChanges changes, TimeProvider clock)
        : ICommandHandler<Command, AttachmentDto>
    {
        private const string InsertSql = $"""
            INSERT INTO tickets.attachments (id, ticket_id, file_name, content_type, size_bytes, sha256, internal, uploaded_by_user_id, uploaded_by_name, created_at)
            VALUES (@Id, @TicketId, @FileName, @ContentType, @SizeBytes, @Sha256, @Internal, @UserId, @UploadedByName, @Now)
            RETURNING {AttachmentSql.Columns}
            """;

        private const string ContentSql = "INSERT INTO tickets.attachment_contents (attachment_id, content) VALUES (@Id, @Content)";

        public async ValueTask<AttachmentDto> Handle(Command command, CancellationToken ct)
        {
            if (TextInput.HasNul(command.FileName))
            {
                throw new RuleViolationException("file", $"The file name is not valid: {TextInput.NulMessage}");
            }

            var fromCustomer = command.TrackingToken is not null;
            var ticket = fromCustomer
                ? await TrackTicket.TrackTicket.Handler.LoadAsync(db, command.Number, command.TrackingToken, forUpdate: false, ct)
                : await TicketAccess.LoadAsync(db, user, command.Number, forUpdate: false, ct);
            if (command.Internal && (fromCustomer || !TicketAccess.IsStaff(user)))
            {
                throw new ForbiddenException("Only staff attach internal files.");
            }

            var size = command.Content.Length;
            if (size is 0 or > FileTypes.MaxBytes)
            {
                throw new ProblemException(StatusCodes.Status413PayloadTooLarge, "file-too-large", "File too large",
                    $"Attachments must be between 1 byte and {FileTypes.MaxBytes / 1024 / 1024} MB.");
            }

            var fileName = Path.GetFileName(command.FileName.Replace('\\', '/')).Trim();
            var inspection = await FileTypes.InspectAsync(fileName, command.Content, ct);
            var contentType = inspection.ContentType
                ?? throw new ProblemException(StatusCodes.Status415UnsupportedMediaType, "file-type-not-allowed", "File type not allowed",
                    $"Attach {FileTypes.AllowedList} files whose content matches their extension.");

            var now = clock.GetUtcNow();
            var attachment = await db.QuerySingleAsync<AttachmentDto>(InsertSql, new
            {
                Id = Guid.CreateVersion7(now),
                TicketId = ticket.Id,
                FileName = fileName.Length > 255 ? fileName[^255..] : fileName,
                ContentType = contentType,
                SizeBytes = (int)size,
                inspection.Sha256,
                command.Internal,
                UserId = fromCustomer ? null : user.UserId,
                UploadedByName = fromCustomer ? ticket.PublicRequesterName : user.DisplayName ?? user.Email ?? "",
                Now = now,
            }, ct);
            command.Content.Position = 0;
            await StoreContentAsync(attachment.Id, command.Content, ct);
            await timeline.AppendAsync(ticket.Id, TimelineEvents.AttachmentAdded,
                new { attachmentId = attachment.Id, attachment.FileName, attachment.SizeBytes, attachment.Internal },
                fromCustomer ? null : user.UserId, fromCustomer ? ticket.PublicRequesterName : user.DisplayName, ct);
            await changes.TouchAsync(ticket.Id, ct);
            return attachment;
        }

        // Npgsql sends a Stream parameter as bytea straight from the stream, in write-buffer-sized pieces (Dapper would
        // not take a Stream, hence the plain command on the scope's connection and transaction).
        private Task<int> StoreContentAsync(Guid attachmentId, Stream content, CancellationToken ct) =>
            db.RunAsync(async (connection, transaction, token) =>
            {
                await using var insert = new NpgsqlCommand(ContentSql, connection, transaction);
                insert.Parameters.Add(new NpgsqlParameter<Guid>("Id", attachmentId));
                insert.Parameters.Add(new NpgsqlParameter("Content", NpgsqlDbType.Bytea) { Value = content });
                return await insert.ExecuteNonQueryAsync(token);
            }, ct);
    }
}
