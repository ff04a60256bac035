using System.Text.Json;
using HelpDesk.Shared.Data;
using HelpDesk.Shared.Security;

namespace HelpDesk.Tickets.Timeline;

/// <summary>Appends an event to a ticket's timeline in the caller's transaction. Events are never changed afterwards.</summary>
internal sealed class TimelineWriter(IDb db, ICurrentUser user, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string InsertSql = """
        INSERT INTO tickets.events (ticket_id, occurred_at, type, actor_user_id, actor_name, data)
        VALUES (@TicketId, @Now, @Type, @ActorUserId, @ActorName, @Data::jsonb)
        """;

    public Task AppendAsync(Guid ticketId, string type, object data, CancellationToken ct) =>
        AppendAsync(ticketId, type, data, user.UserId, user.DisplayName, ct);

    public Task AppendAsync(Guid ticketId, string type, object data, Guid? actorUserId, string? actorName, CancellationToken ct) =>
        db.ExecuteAsync(InsertSql, new
        {
            TicketId = ticketId,
            Now = clock.GetUtcNow(),
            Type = type,
            ActorUserId = actorUserId,
            ActorName = actorName,
            Data = JsonSerializer.Serialize(data, Json),
        }, ct);
}

internal static class TimelineEvents
{
    public const string Created = "created";
    public const string FieldChanged = "field_changed";
    public const string ReplyAdded = "reply_added";
    public const string NoteAdded = "note_added";
    public const string CustomerMessage = "customer_message";
    public const string Assigned = "assigned";
    public const string StatusChanged = "status_changed";
    public const string Answered = "answered";
    public const string IdentityVerified = "identity_verified";
    public const string EmailSent = "email_sent";
    public const string AttachmentAdded = "attachment_added";
    public const string Escalated = "escalated";
}
