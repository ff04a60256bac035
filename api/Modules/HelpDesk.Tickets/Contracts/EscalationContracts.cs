namespace HelpDesk.Tickets.Contracts;

/// <summary>What another module needs to know about a ticket before acting on it.</summary>
public sealed record TicketSummary(
    Guid Id, string Number, TicketType Type, TicketStatus Status, string Subject, Guid? TopicId, Guid CustomerId, string CustomerName, string? CustomerEmail);

/// <summary>The ticket with this number if the current caller may see it; null otherwise.</summary>
public sealed record GetTicketSummary(string Number) : IQuery<TicketSummary?>;

/// <summary>
/// An escalation leg to an area was opened: the area's responders may now see the ticket, the ticket becomes escalated
/// (409 if it is answered or closed), and the timeline says so.
/// </summary>
public sealed record RecordEscalation(Guid TicketId, Guid LegId, Guid AreaId, string AreaName, int Round, string Reason) : ICommand;

/// <summary>No leg is open any more: the ticket leaves escalated (back to open) for the back office to answer.</summary>
public sealed record RecordEscalationsClosed(Guid TicketId) : ICommand;

/// <summary>An area answered one of the ticket's legs: the timeline says so (area_answered), with the answer.</summary>
public sealed record RecordAreaAnswered(Guid TicketId, Guid LegId, Guid AreaId, int Round, string Text) : ICommand;

/// <summary>The back office accepted or rejected an area's answer: escalation_accepted or escalation_rejected on the timeline.</summary>
public sealed record RecordEscalationReviewed(Guid TicketId, Guid LegId, Guid AreaId, int Round, bool Accepted, string? Reason) : ICommand;

/// <summary>A leg was withdrawn: escalation_cancelled on the timeline.</summary>
public sealed record RecordEscalationCancelled(Guid TicketId, Guid LegId, Guid AreaId) : ICommand;
