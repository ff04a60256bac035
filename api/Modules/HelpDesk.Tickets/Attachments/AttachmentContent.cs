using System.Data;
using Npgsql;

namespace HelpDesk.Tickets.Attachments;

/// <summary>
/// Streams an attachment's bytes from the database to the response without holding the whole file in memory, on the
/// request's own connection (the one that just checked the caller may see the file), so a download holds one pooled
/// connection, not two.
/// </summary>
internal static class AttachmentContent
{
    private const string Sql = "SELECT content FROM tickets.attachment_contents WHERE attachment_id = @id";

    public static Task<bool> CopyToAsync(IDb db, Guid attachmentId, Stream output, CancellationToken ct) =>
        db.RunAsync(async (connection, transaction, token) =>
        {
            await using var command = new NpgsqlCommand(Sql, connection, transaction);
            command.Parameters.Add(new NpgsqlParameter<Guid>("id", attachmentId));
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, token);
            if (!await reader.ReadAsync(token))
            {
                return false;
            }

            await using var content = await reader.GetStreamAsync(0, token);
            await content.CopyToAsync(output, token);
            return true;
        }, ct);
}
