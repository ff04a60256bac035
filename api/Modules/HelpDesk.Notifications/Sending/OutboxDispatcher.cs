using System.Data;
using HelpDesk.Notifications.Contracts;
using HelpDesk.Shared.Data;
using Mediator;
using Microsoft.Extensions.Logging;

namespace HelpDesk.Notifications.Sending;

/// <summary>
/// Sends due outbox emails. Rows are claimed with FOR UPDATE SKIP LOCKED, so two dispatchers (two app instances, the
/// recurring job and the in-process loop) never send the same email; a failure schedules a retry with backoff.
/// </summary>
internal sealed class OutboxDispatcher(Db db, IMediator mediator, IEmailSender sender, EmailOptions options, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    public const int BatchSize = 20;
    public const int MaxAttempts = 8;

    private const string ClaimSql = """
        SELECT id, to_address, to_name, subject, text_body, ticket_id, attempts
        FROM notifications.outbox_emails
        WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= @Now
        ORDER BY next_attempt_at
        LIMIT @BatchSize
        FOR UPDATE SKIP LOCKED
        """;

    private const string SentSql = "UPDATE notifications.outbox_emails SET sent_at = @Now, attempts = attempts + 1, last_error = NULL WHERE id = ANY(@Ids)";

    private const string FailedSql = """
        UPDATE notifications.outbox_emails
        SET attempts = attempts + 1, last_error = @Error, next_attempt_at = @Next,
            failed_at = CASE WHEN attempts + 1 >= @MaxAttempts THEN @Now END
        WHERE id = @Id
        """;

    private sealed class Row
    {
        public Guid Id { get; init; }
        public string ToAddress { get; init; } = "";
        public string? ToName { get; init; }
        public string Subject { get; init; } = "";
        public string TextBody { get; init; } = "";
        public Guid? TicketId { get; init; }
        public int Attempts { get; init; }
    }

    /// <summary>Sends one batch; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var transaction = await db.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
        var sent = new List<EmailSent>();
        try
        {
            var now = clock.GetUtcNow();
            foreach (var row in await db.QueryAsync<Row>(ClaimSql, new { Now = now, BatchSize }, ct))
            {
                try
                {
                    await sender.SendAsync(EmailMessageFactory.Create(options, row.Id, row.ToAddress, row.ToName, row.Subject, row.TextBody), ct);
                }
#pragma warning disable CA1031 // Any failure to deliver is retried later; the email stays in the outbox.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    logger.LogWarning("Email {EmailId} not sent (attempt {Attempt}): {Error}", row.Id, row.Attempts + 1, e.Message);
                    await db.ExecuteAsync(FailedSql, new
                    {
                        row.Id, Error = e.Message, Next = now + Backoff(row.Attempts + 1), Now = now, MaxAttempts,
                    }, ct);
                    continue;
                }

                sent.Add(new EmailSent(row.Id, row.TicketId, row.ToAddress, row.Subject, now));
            }

            if (sent.Count > 0)
            {
                await db.ExecuteAsync(SentSql, new { Ids = sent.Select(e => e.EmailId).ToArray(), Now = now }, ct);
                await mediator.Publish(new EmailsSent(sent), ct);
            }

            await transaction.CommitAsync(ct);
            return sent.Count;
        }
        finally
        {
            await transaction.DisposeAsync();
            db.ForgetTransaction();
        }
    }

    /// <summary>1, 2, 4 … minutes, at most an hour and a half between tries.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Min(90, Math.Pow(2, attempts - 1)));
}
