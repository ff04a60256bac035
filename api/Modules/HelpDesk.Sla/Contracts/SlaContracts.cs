using System.Text.Json.Serialization;

namespace HelpDesk.Sla.Contracts;

/// <summary>
/// Starts the answer clock (OLA) of an escalation leg on the area's calendar, in the caller's transaction, and returns
/// when the area's answer is due.
/// </summary>
public sealed record StartOlaClock(Guid LegId, Guid TicketId, string TicketNumber, Guid AreaId, int OlaMinutes, DateTimeOffset StartedAt)
    : ICommand<DateTimeOffset>;

/// <summary>The area answered the leg (met or breached by the time it took), or the leg was cancelled.</summary>
public sealed record StopOlaClock(Guid LegId, Guid? AnsweredBy, bool Cancelled) : ICommand;

/// <summary>When a ticket's first response and resolution are due (null when no policy covers it or the clock is paused or stopped).</summary>
public sealed record TicketDueDates(DateTimeOffset? FirstResponseDueAt, DateTimeOffset? ResolutionDueAt);

public sealed record GetTicketDueDates(Guid TicketId) : IQuery<TicketDueDates>;

[JsonConverter(typeof(EnumByName<ComplianceDimension>))]
public enum ComplianceDimension
{
    [JsonStringEnumMemberName("topic")] Topic,
    [JsonStringEnumMemberName("area")] Area,
    [JsonStringEnumMemberName("agent")] Agent,
    [JsonStringEnumMemberName("channel")] Channel,

    /// <summary>The clock's round: 1 for tickets' first life, 2 and up for the resolution clocks of reopened tickets.</summary>
    [JsonStringEnumMemberName("round")] Round,
}

[JsonConverter(typeof(EnumByName<ClockKind>))]
public enum ClockKind
{
    [JsonStringEnumMemberName("first_response")] FirstResponse,
    [JsonStringEnumMemberName("resolution")] Resolution,
    [JsonStringEnumMemberName("ola")] Ola,
}

/// <summary>
/// Service-level compliance of the clocks of one kind that stopped in [From, To), grouped by a dimension: how many,
/// the share met, and the mean and 90th percentile of business time used (seconds on each clock's own calendar).
/// </summary>
public sealed record GetSlaCompliance(DateTimeOffset From, DateTimeOffset To, ClockKind Kind, ComplianceDimension By) : IQuery<IReadOnlyList<ComplianceRow>>;

/// <summary>Key is the topic, area or agent id, the channel name, or the round number; null for clocks without one (e.g. unassigned).</summary>
public sealed record ComplianceRow(string? Key, long Count, double ShareMet, double MeanElapsedSeconds, double P90ElapsedSeconds);

/// <summary>
/// An SLA clock crossed its warning threshold. Kind: first_response, resolution (the ticket's clocks, LegId null) or ola
/// (an escalation leg's answer clock, with its area).
/// </summary>
public sealed record SlaClockAtRisk(Guid ClockId, Guid TicketId, string TicketNumber, Guid? LegId, Guid? AreaId, string Kind, DateTimeOffset DueAt, DateTimeOffset At);

/// <summary>An SLA clock passed its target while still counting (see <see cref="SlaClockAtRisk"/> for Kind).</summary>
public sealed record SlaClockBreached(Guid ClockId, Guid TicketId, string TicketNumber, Guid? LegId, Guid? AreaId, string Kind, DateTimeOffset DueAt, DateTimeOffset At);

/// <summary>
/// Raised once per breach-check pass, in its transaction, with every clock that crossed in it: whole days of legal terms
/// cross at one local midnight, so consumers get them together and can work set-based. Each clock appears once, ever.
/// </summary>
public sealed record SlaClocksCrossed(IReadOnlyList<SlaClockAtRisk> AtRisk, IReadOnlyList<SlaClockBreached> Breached) : INotification;
