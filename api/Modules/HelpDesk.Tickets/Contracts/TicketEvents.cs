using Mediator;

namespace HelpDesk.Tickets.Contracts;

/// <summary>Raised in the creating transaction, so other modules (SLA clocks) commit with the ticket.</summary>
public sealed record TicketCreated(Guid TicketId, string Number, TicketType Type, Guid CustomerId, Guid? TopicId, Guid? AreaId, DateTimeOffset CreatedAt)
    : INotification;

/// <summary>Raised whenever a ticket changes state.</summary>
public sealed record TicketStatusChanged(Guid TicketId, string Number, TicketStatus From, TicketStatus To, DateTimeOffset ChangedAt) : INotification;
