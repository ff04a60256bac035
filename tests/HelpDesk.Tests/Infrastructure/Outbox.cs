using HelpDesk.Notifications.Sending;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HelpDesk.Tests.Infrastructure;

/// <summary>The email outbox as the tests see it: what is queued, and one run of the dispatcher job.</summary>
internal static class Outbox
{
    public sealed record Email(string ToAddress, string Subject, string TextBody, DateTimeOffset? SentAt, int Attempts);

    public static async Task<List<Email>> AllAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT to_address, subject, text_body, sent_at, attempts FROM notifications.outbox_emails ORDER BY created_at, id", connection);
        var emails = new List<Email>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            emails.Add(new Email(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3), reader.GetInt32(4)));
        }

        return emails;
    }

    public static async Task<int> DispatchAsync(HelpDeskFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().SendDueAsync(CancellationToken.None);
    }
}
