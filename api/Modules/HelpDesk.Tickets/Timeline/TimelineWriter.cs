using System.Text.Encodings.Web;
using System.Text.Json;

namespace HelpDesk.Tickets.Timeline;

/// <summary>Appends an event to a ticket's timeline in the caller's transaction. Events are never changed afterwards.</summary>
internal sealed class TimelineWriter(IDb db, ICurrentUser user, TimeProvider clock)
{
    // Stored as written (json, not jsonb): accents and symbols as UTF-8 text rather than \u escapes, so the database
    // holds readable Spanish. These escapes were never the defence against markup: the SPA escapes what it shows.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const string InsertSql = """
        INSERT INTO tickets.events (ticket_id, occurred_at, type, actor_user_id, actor_name, data)
        VALUES (@TicketId, @Now, @Type, @ActorUserId, @ActorName, @Data::json)
        """;

    private const string InsertManySql = """
        INSERT INTO tickets.events (ticket_id, occurred_at, type, actor_user_id, actor_name, data)
        SELECT e.ticket_id, @Now, @Type, @ActorUserId, @ActorName, e.data::json FROM unnest(@TicketIds, @Datas) AS e(ticket_id, data)
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

    /// <summary>The same kind of event on many tickets (or many on one), with one statement.</summary>
    public async Task AppendManyAsync(string type, IReadOnlyList<(Guid TicketId, object Data)> events, Guid? actorUserId, string? actorName, CancellationToken ct)
    {
        if (events.Count == 0)
        {
            return;
        }

        await db.ExecuteAsync(InsertManySql, new
        {
            TicketIds = events.Select(e => e.TicketId).ToArray(),
            Datas = events.Select(e => JsonSerializer.Serialize(e.Data, Json)).ToArray(),
            Now = clock.GetUtcNow(),
            Type = type,
            ActorUserId = actorUserId,
            ActorName = actorName,
        }, ct);
    }
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
    public const string AreaAnswered = "area_answered";
    public const string EscalationAccepted = "escalation_accepted";
    public const string EscalationRejected = "escalation_rejected";
    public const string EscalationCancelled = "escalation_cancelled";

    /// <summary>On a surveyed ticket: a bottom-box answer opened a recovery ticket (its number in the data).</summary>
    public const string RecoveryOpened = "recovery_opened";

    /// <summary>On a recovery ticket: it follows up a survey answer (the surveyed ticket's number, or null for a cold survey).</summary>
    public const string OpenedForRecovery = "opened_for_recovery";
}
