using System.Text.Json.Serialization;

namespace HelpDesk.Tickets.Contracts;

/// <summary>A ticket was created (raised in the creating transaction). FirstResponseAt is set when it was answered at first contact.</summary>
public sealed record TicketOpened(
    Guid TicketId, string Number, TicketType Type, Channel Channel, Priority Priority, TicketStatus Status, Guid? TopicId, Guid? AreaId,
    Guid? AssigneeId, string? CustomerSegment, DateTimeOffset CreatedAt, DateTimeOffset? FirstResponseAt) : INotification;

/// <summary>
/// The SLA view the ticket described by Ticket (its Number not known yet) will have once created, so the ticket is
/// stored with it; null when no policy covers it. Answered by the SLA module.
/// </summary>
public sealed record GetNewTicketSla(TicketOpened Ticket) : IQuery<TicketSla?>;

/// <summary>A ticket moved from one state to another (raised in the changing transaction).</summary>
public sealed record TicketStatusChanged(Guid TicketId, TicketStatus From, TicketStatus To, Guid? AssigneeId, DateTimeOffset At) : INotification;

/// <summary>The customer got the first public reply on this ticket.</summary>
public sealed record TicketFirstResponded(Guid TicketId, Guid? RespondedBy, DateTimeOffset At) : INotification;

/// <summary>The SLA module's view of a ticket, kept on the ticket so lists can filter and sort by it.</summary>
[JsonConverter(typeof(EnumByName<TicketSlaState>))]
public enum TicketSlaState
{
    [JsonStringEnumMemberName("running")] Running,
    [JsonStringEnumMemberName("at_risk")] AtRisk,
    [JsonStringEnumMemberName("paused")] Paused,
    [JsonStringEnumMemberName("breached")] Breached,
    [JsonStringEnumMemberName("met")] Met,
}

/// <summary>
/// What the ticket stores of its SLA: the nearest due and warning instants of the clocks still counting, and the state
/// those clocks cannot show by the hour (running, paused, or, once none counts, breached or met). "At risk" and
/// "breached" while counting follow from the instants (<see cref="StateAt"/>), so no ticket is rewritten when an instant
/// passes: whole days of legal terms cross at one local midnight. (Lists filter by the same rule in SQL: Tickets'
/// SlaStateConditions.)
/// </summary>
public sealed record TicketSla(Guid TicketId, DateTimeOffset? DueAt, DateTimeOffset? WarnAt, TicketSlaState State)
{
    /// <summary>The state shown at an instant: a counting ticket is breached from its due instant and at risk from its warning one.</summary>
    public static TicketSlaState? StateAt(TicketSlaState? stored, DateTimeOffset? dueAt, DateTimeOffset? warnAt, DateTimeOffset now) =>
        stored != TicketSlaState.Running ? stored
        : dueAt <= now ? TicketSlaState.Breached
        : warnAt <= now ? TicketSlaState.AtRisk
        : TicketSlaState.Running;
}

/// <summary>Stores these SLA views on their tickets (set-based).</summary>
public sealed record RecordTicketSla(IReadOnlyList<TicketSla> Tickets) : ICommand;

/// <summary>A clock of this ticket crossed its warning threshold ("at_risk") or its target ("breached"). Clock: first_response, resolution or ola.</summary>
public sealed record SlaTransition(Guid TicketId, string Transition, string Clock, DateTimeOffset DueAt);

/// <summary>Puts these transitions on the tickets' timelines (set-based), as events sla_at_risk and sla_breached.</summary>
public sealed record RecordSlaTransitions(IReadOnlyList<SlaTransition> Transitions) : ICommand;

/// <summary>Who is assigned to each of these tickets (tickets without an assignee are left out).</summary>
public sealed record GetTicketAssignees(IReadOnlyList<Guid> TicketIds) : IQuery<IReadOnlyDictionary<Guid, Guid>>;
