namespace HelpDesk.Tickets.Contracts;

/// <summary>
/// What reports, surveys and jobs need to know about a ticket: its dimensions (type, channel, topic, area, assignee,
/// customer and the customer's segment today) and the instants of its life. Carries no text a customer wrote.
/// </summary>
public sealed record TicketFacts(
    Guid TicketId,
    string Number,
    TicketType Type,
    Channel Channel,
    Priority Priority,
    TicketStatus Status,
    Guid? TopicId,
    Guid? AreaId,
    Guid? AssigneeId,
    Guid CustomerId,
    string? CustomerSegment,
    Guid? PartnerId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FirstResponseAt,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset? ClosedAt,
    bool ResolvedAtFirstContact);

/// <summary>A ticket's facts by id for system work (jobs, event handlers): no current-user check. Null when there is no such ticket.</summary>
public sealed record GetTicketFacts(Guid TicketId) : IQuery<TicketFacts?>;

/// <summary>
/// The ticket became answered (raised in the changing transaction, from every path: the answer action, a reply that
/// answers, a ticket answered at first contact). A reopened ticket answered again raises it again.
/// </summary>
public sealed record TicketAnswered(TicketFacts Ticket) : INotification;

/// <summary>
/// The ticket became closed (raised in the changing transaction, from every path, including a ticket created closed at
/// first contact, which raises <see cref="TicketAnswered"/> first). A reopened ticket closed again raises it again.
/// </summary>
public sealed record TicketClosed(TicketFacts Ticket) : INotification;
