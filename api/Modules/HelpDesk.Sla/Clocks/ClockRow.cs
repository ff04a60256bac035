using HelpDesk.Sla.Contracts;

namespace HelpDesk.Sla.Clocks;

/// <summary>A sla.clocks row. Mutable: the keeper changes it and saves it back.</summary>
internal sealed class ClockRow
{
    public const string Columns = """
        id, ticket_id, ticket_number, leg_id, kind, policy_version_id, target_kind, target_amount, calendar_id, target_seconds,
        warning_percent, topic_id, area_id, channel, agent_id, state, started_at, due_at, warn_at, elapsed_seconds, running_since,
        paused_at, warned_at, breached_at, stopped_at, round
        """;

    public Guid Id { get; init; }
    public Guid TicketId { get; init; }
    public string TicketNumber { get; set; } = "";
    public Guid? LegId { get; init; }
    public string Kind { get; init; } = "";
    public Guid? PolicyVersionId { get; init; }
    public string TargetKind { get; init; } = "";
    public int TargetAmount { get; init; }
    public Guid? CalendarId { get; init; }
    public long TargetSeconds { get; init; }
    public int WarningPercent { get; init; }
    public Guid? TopicId { get; init; }
    public Guid? AreaId { get; init; }
    public string? Channel { get; init; }
    public Guid? AgentId { get; set; }
    public string State { get; set; } = "";
    public DateTimeOffset StartedAt { get; init; }
    /// <summary>Null when the calendar cannot reach the target (the clock counts, nothing falls due), and so is WarnAt.</summary>
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset? WarnAt { get; set; }
    public long ElapsedSeconds { get; set; }
    public DateTimeOffset? RunningSince { get; set; }
    public DateTimeOffset? PausedAt { get; set; }
    public DateTimeOffset? WarnedAt { get; set; }
    public DateTimeOffset? BreachedAt { get; set; }
    public DateTimeOffset? StoppedAt { get; set; }

    /// <summary>1 for the ticket's first life; each reopening starts a new resolution clock with the next round.</summary>
    public int Round { get; init; } = 1;

    public ClockKind KindValue => EnumNames<ClockKind>.Parse(Kind);

    public TargetKind TargetKindValue => EnumNames<TargetKind>.Parse(TargetKind);

    public bool IsStopped => StoppedAt is not null;
}

/// <summary>Clock states as stored.</summary>
internal static class ClockStates
{
    public const string Running = "running";
    public const string Paused = "paused";
    public const string Met = "met";
    public const string Breached = "breached";
    public const string Cancelled = "cancelled";
}
