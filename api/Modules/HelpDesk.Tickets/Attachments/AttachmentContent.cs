using System.Data;
using Npgsql;

namespace HelpDesk.Tickets.Attachments;

/// <summary>Streams an attachment's bytes from the database to the response without holding the whole file in memory.</summary>
internal static class AttachmentContent
{
    private const string Sql = "SELECT content FROM tickets.attachment_contents WHERE attachment_id = @id";

    public static async Task CopyToAsync(NpgsqlDataSource dataSource, Guid attachmentId, Stream output, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.AddWithValue("id", attachmentId);
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);
        if (await reader.ReadAsync(ct))
        {
            await using var content = await reader.GetStreamAsync(0, ct);
            await content.CopyToAsync(output, ct);
        }
    }
}
