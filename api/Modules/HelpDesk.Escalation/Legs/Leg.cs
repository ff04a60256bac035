using System.Text.Json.Serialization;

namespace HelpDesk.Escalation.Legs;

/// <summary>open → answered → accepted | rejected; or cancelled.</summary>
[JsonConverter(typeof(EnumByName<LegStatus>))]
internal enum LegStatus
{
    [JsonStringEnumMemberName("open")] Open,
    [JsonStringEnumMemberName("answered")] Answered,
    [JsonStringEnumMemberName("accepted")] Accepted,
    [JsonStringEnumMemberName("rejected")] Rejected,
    [JsonStringEnumMemberName("cancelled")] Cancelled,
}

/// <summary>One area's turn on a ticket. A rejected answer opens a new leg (the next round), linked to this one.</summary>
internal sealed record LegDto(
    Guid Id, Guid TicketId, string TicketNumber, int Round, Guid? PreviousLegId, Guid AreaId, bool ToManager, Guid? ResponderId,
    LegStatus Status, string Reason, int OlaMinutes, DateTimeOffset DueAt, string? Answer, DateTimeOffset? AnsweredAt, Guid? AnsweredBy,
    string? ReviewReason, DateTimeOffset? ReviewedAt, Guid? ReviewedBy, Guid CreatedBy, DateTimeOffset CreatedAt);

internal sealed class LegRow
{
    public const string Columns = """
        id, ticket_id, ticket_number, round, previous_leg_id, area_id, to_manager, responder_id, status, reason, ola_minutes, due_at,
        next_area_id, next_to_manager, answer, answered_at, answered_by, review_reason, reviewed_at, reviewed_by, created_by, created_at
        """;

    public Guid Id { get; init; }
    public Guid TicketId { get; init; }
    public string TicketNumber { get; init; } = "";
    public int Round { get; init; }
    public Guid? PreviousLegId { get; init; }
    public Guid AreaId { get; init; }
    public bool ToManager { get; init; }
    public Guid? ResponderId { get; init; }
    public string Status { get; init; } = "";
    public string Reason { get; init; } = "";
    public int OlaMinutes { get; init; }
    public DateTimeOffset DueAt { get; init; }
    public Guid? NextAreaId { get; init; }
    public bool NextToManager { get; init; }
    public string? Answer { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
    public Guid? AnsweredBy { get; init; }
    public string? ReviewReason { get; init; }
    public DateTimeOffset? ReviewedAt { get; init; }
    public Guid? ReviewedBy { get; init; }
    public Guid CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public LegStatus StatusValue => EnumNames<LegStatus>.Parse(Status);

    public LegDto ToDto() => new(
        Id, TicketId, TicketNumber, Round, PreviousLegId, AreaId, ToManager, ResponderId, StatusValue, Reason, OlaMinutes, DueAt,
        Answer, AnsweredAt, AnsweredBy, ReviewReason, ReviewedAt, ReviewedBy, CreatedBy, CreatedAt);
}
