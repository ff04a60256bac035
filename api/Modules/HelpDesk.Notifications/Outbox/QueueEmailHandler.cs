using HelpDesk.Notifications.Contracts;
using HelpDesk.Shared.Data;
using HelpDesk.Notifications.Sending;
using Mediator;

namespace HelpDesk.Notifications.Outbox;

internal sealed class QueueEmailHandler(IDb db, TimeProvider clock, IOutboxKick kick) : ICommandHandler<QueueEmail, Guid>
{
    private const string InsertSql = """
        INSERT INTO notifications.outbox_emails (id, to_address, to_name, subject, text_body, ticket_id, created_at, next_attempt_at)
        VALUES (@Id, @ToAddress, @ToName, @Subject, @TextBody, @TicketId, @Now, @Now)
        """;

    public async ValueTask<Guid> Handle(QueueEmail command, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        await db.ExecuteAsync(InsertSql, new
        {
            Id = id,
            ToAddress = command.ToAddress.Trim(),
            command.ToName,
            command.Subject,
            command.TextBody,
            command.TicketId,
            Now = now,
        }, ct);
        db.AfterCommit(kick.Kick);
        return id;
    }
}
