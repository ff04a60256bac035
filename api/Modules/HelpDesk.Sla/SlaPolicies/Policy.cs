using HelpDesk.Sla.Clocks;
using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Sla.SlaPolicies;

/// <summary>Which tickets a policy covers. A null list matches anything; a list matches any of its values.</summary>
internal sealed record PolicyConditions(
    IReadOnlyList<TicketType>? TicketTypes = null,
    IReadOnlyList<Guid>? TopicIds = null,
    IReadOnlyList<Priority>? Priorities = null,
    IReadOnlyList<Channel>? Channels = null,
    IReadOnlyList<string>? Segments = null);

/// <summary>
/// A policy as it is now. Id names the policy across its versions; VersionId is this version, the one a ticket records.
/// Targets are in minutes (business_minutes, calendar_minutes) or days (business_days); WarningPercent of a target
/// marks the clock at risk.
/// </summary>
internal sealed record PolicyDto(
    Guid Id, Guid VersionId, int Version, string Name, PolicyConditions Conditions, int Precedence,
    ClockTarget? FirstResponse, ClockTarget? Resolution, int WarningPercent, DateTimeOffset CreatedAt);

/// <summary>What a ticket looks like to the policy matcher.</summary>
internal sealed record TicketTraits(TicketType Type, Guid? TopicId, Priority Priority, Channel Channel, string? Segment);

/// <summary>A sla.policies row.</summary>
internal sealed class PolicyRow
{
    public const string Columns = """
        id, policy_id, version, name, ticket_types, topic_ids, priorities, channels, segments, precedence,
        first_response_kind, first_response_amount, first_response_calendar_id, resolution_kind, resolution_amount, resolution_calendar_id,
        warning_percent, created_at
        """;

    public Guid Id { get; init; }
    public Guid PolicyId { get; init; }
    public int Version { get; init; }
    public string Name { get; init; } = "";
    public string[]? TicketTypes { get; init; }
    public Guid[]? TopicIds { get; init; }
    public string[]? Priorities { get; init; }
    public string[]? Channels { get; init; }
    public string[]? Segments { get; init; }
    public int Precedence { get; init; }
    public string? FirstResponseKind { get; init; }
    public int? FirstResponseAmount { get; init; }
    public Guid? FirstResponseCalendarId { get; init; }
    public string? ResolutionKind { get; init; }
    public int? ResolutionAmount { get; init; }
    public Guid? ResolutionCalendarId { get; init; }
    public int WarningPercent { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public ClockTarget? FirstResponse => Target(FirstResponseKind, FirstResponseAmount, FirstResponseCalendarId);

    public ClockTarget? Resolution => Target(ResolutionKind, ResolutionAmount, ResolutionCalendarId);

    /// <summary>How many conditions the policy sets: the more, the more specific.</summary>
    public int Specificity => new object?[] { TicketTypes, TopicIds, Priorities, Channels, Segments }.Count(c => c is not null);

    public bool Matches(TicketTraits t) =>
        (TicketTypes is null || TicketTypes.Contains(t.Type.ToDb()))
        && (TopicIds is null || (t.TopicId is { } topic && TopicIds.Contains(topic)))
        && (Priorities is null || Priorities.Contains(t.Priority.ToDb()))
        && (Channels is null || Channels.Contains(t.Channel.ToDb()))
        && (Segments is null || (t.Segment is { } segment && Segments.Contains(segment, StringComparer.OrdinalIgnoreCase)));

    public PolicyDto ToDto() => new(
        PolicyId, Id, Version, Name,
        new PolicyConditions(
            TicketTypes?.Select(EnumNames<TicketType>.Parse).ToList(), TopicIds, Priorities?.Select(EnumNames<Priority>.Parse).ToList(),
            Channels?.Select(EnumNames<Channel>.Parse).ToList(), Segments),
        Precedence, FirstResponse, Resolution, WarningPercent, CreatedAt);

    private static ClockTarget? Target(string? kind, int? amount, Guid? calendarId) =>
        kind is null || amount is null ? null : new ClockTarget(EnumNames<TargetKind>.Parse(kind), amount.Value, calendarId);
}

/// <summary>The most specific current policy that matches; ties go to the higher precedence, then the older policy.</summary>
internal static class PolicyMatcher
{
    public const string CurrentSql = $"SELECT {PolicyRow.Columns} FROM sla.policies WHERE current ORDER BY created_at, id";

    public static PolicyRow? Best(IEnumerable<PolicyRow> policies, TicketTraits ticket) =>
        policies.Where(p => p.Matches(ticket))
            .OrderByDescending(p => p.Specificity)
            .ThenByDescending(p => p.Precedence)
            .FirstOrDefault();
}
