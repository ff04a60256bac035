namespace HelpDesk.Tickets.Contracts;

/// <summary>
/// A customer answered a satisfaction survey in the bottom box: open a complaint ticket (high priority, new, unassigned)
/// in the supervisors' queue, holding what the customer said (Subject, Description). OriginalTicketId links it to the
/// ticket the survey asked about (a hot survey) and puts recovery_opened on that ticket's timeline; null for a cold
/// survey, linked only to the customer. Channel: how the customer said it (web for the survey page, phone for a phone
/// survey). Runs in the caller's transaction; no email goes to the customer (a supervisor calls them).
/// </summary>
public sealed record OpenRecoveryTicket(Guid CustomerId, Guid? OriginalTicketId, Channel Channel, string Subject, string Description)
    : ICommand<RecoveryTicket>;

public sealed record RecoveryTicket(Guid Id, string Number);

/// <summary>The numbers of these tickets, by id (ids of no ticket are left out). For system use: no current-user check.</summary>
public sealed record GetTicketNumbers(IReadOnlyList<Guid> TicketIds) : IQuery<IReadOnlyDictionary<Guid, string>>;
