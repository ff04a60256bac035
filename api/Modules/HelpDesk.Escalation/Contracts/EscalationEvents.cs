namespace HelpDesk.Escalation.Contracts;

/// <summary>
/// A leg of an escalation was opened: the ticket's case went to an area (Round 1), or back to it or the next level after
/// a rejected answer (Round 2…). Raised in the opening transaction.
/// </summary>
public sealed record EscalationLegOpened(
    Guid LegId, Guid TicketId, Guid AreaId, string AreaName, int Round, Guid? PreviousLegId, string Reason, DateTimeOffset OpenedAt, DateTimeOffset? DueAt)
    : INotification;

/// <summary>The area answered the leg, for the back office to review. Raised in the answering transaction.</summary>
public sealed record EscalationLegAnswered(Guid LegId, Guid TicketId, Guid AreaId, int Round, string Text, Guid? AnsweredBy, DateTimeOffset AnsweredAt)
    : INotification;

/// <summary>The back office accepted the area's answer, or rejected it saying why (a rejection opens the next leg).</summary>
public sealed record EscalationLegReviewed(
    Guid LegId, Guid TicketId, Guid AreaId, int Round, bool Accepted, string? Reason, Guid? ReviewedBy, DateTimeOffset ReviewedAt) : INotification;

/// <summary>An open or answered leg was withdrawn.</summary>
public sealed record EscalationLegCancelled(Guid LegId, Guid TicketId, Guid AreaId, int Round, DateTimeOffset CancelledAt) : INotification;
