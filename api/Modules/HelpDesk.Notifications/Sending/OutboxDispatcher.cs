using System.Data;
using HelpDesk.Notifications.Contracts;
using HelpDesk.Shared.Organisation;
using Microsoft.Extensions.Logging;

namespace HelpDesk.Notifications.Sending;

/// <summary>
/// Sends due outbox emails, one claimed row at a time. Rows are claimed with FOR UPDATE SKIP LOCKED, so two dispatchers
/// (two app instances, the recurring job and the in-process loop) never send the same email and need no other lock; a
/// failure schedules a retry with backoff.
/// </summary>
internal sealed class OutboxDispatcher(
    Db db, IMediator mediator, IEmailSender sender, EmailOptions options, OrganisationSettings organisation, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    public const int BatchSize = 20;
    public const int MaxAttempts = 8;

    private const string ClaimSql = """
        SELECT id, to_address, to_name, subject, text_body, html_body, ticket_id, attempts
        FROM notifications.outbox_emails
        WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= @Now
        ORDER BY next_attempt_at
        LIMIT 1
        FOR UPDATE SKIP LOCKED
        """;

    private const string AttachmentsSql = """
        SELECT file_name AS FileName, content_type AS ContentType, content AS Content, content_id AS ContentId
        FROM notifications.outbox_email_attachments WHERE email_id = @Id ORDER BY position
        """;

    private const string SentSql = "UPDATE notifications.outbox_emails SET sent_at = @Now, attempts = attempts + 1, last_error = NULL WHERE id = @Id";

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
        public string? HtmlBody { get; init; }
        public Guid? TicketId { get; init; }
        public int Attempts { get; init; }
    }

    /// <summary>
    /// Tries up to <see cref="BatchSize"/> due emails, each in its own short transaction that claims it, sends it and
    /// records the outcome at once: a dropped connection or a killed process can repeat only the email in flight, never
    /// the ones already sent. Returns how many were sent.
    /// </summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var sent = 0;
        for (var tried = 0; tried < BatchSize; tried++)
        {
            switch (await SendNextAsync(ct))
            {
                case null:
                    return sent;
                case true:
                    sent++;
                    break;
            }
        }

        return sent;
    }

    /// <summary>Claims, sends and records one due email; null when none is due, else whether it went out.</summary>
    private async Task<bool?> SendNextAsync(CancellationToken ct)
    {
        var transaction = await db.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
        var committed = false;
        try
        {
            var now = clock.GetUtcNow();
            var row = await db.QuerySingleOrDefaultAsync<Row>(ClaimSql, new { Now = now }, ct);
            if (row is null)
            {
                await transaction.CommitAsync(ct);
                committed = true;
                return null;
            }

            var attachments = (await db.QueryAsync<EmailAttachment>(AttachmentsSql, new { row.Id }, ct)).ToList();
            var email = new EmailMessageFactory.Email(row.ToAddress, row.ToName, row.Subject, row.TextBody, row.HtmlBody, attachments);
            bool delivered;
            try
            {
                await sender.SendAsync(EmailMessageFactory.Create(options, row.Id, email, organisation.Language), ct);
                delivered = true;
            }
#pragma warning disable CA1031 // Any failure to deliver is retried later; the email stays in the outbox.
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
#pragma warning restore CA1031
            {
                logger.LogWarning("Email {EmailId} not sent (attempt {Attempt}): {Error}", row.Id, row.Attempts + 1, e.Message);
                OutboxMetrics.EmailFailed(row.Attempts + 1);
                await db.ExecuteAsync(FailedSql, new { row.Id, Error = e.Message, Next = now + Backoff(row.Attempts + 1), Now = now, MaxAttempts }, ct);
                delivered = false;
            }

            if (delivered)
            {
                // Recorded with the claim still held, before anything else can fail.
                await db.ExecuteAsync(SentSql, new { row.Id, Now = now }, ct);
                await mediator.Publish(new EmailsSent([new EmailSent(row.Id, row.TicketId, row.ToAddress, row.Subject, now)]), ct);
            }

            await transaction.CommitAsync(ct);
            committed = true;
            return delivered;
        }
        finally
        {
            await transaction.DisposeAsync();
            db.ForgetTransaction(committed);
        }
    }

    /// <summary>1, 2, 4 … minutes, at most an hour and a half between tries.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Min(90, Math.Pow(2, attempts - 1)));
}
