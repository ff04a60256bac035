using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Tickets.Tickets;

/// <summary>
/// new → open → pending_customer → answered → closed; escalated while an area works on it; reopened when the customer
/// writes back after the answer. Any other move is a 409 naming the current state.
/// </summary>
internal static class Lifecycle
{
    private static readonly Dictionary<TicketStatus, TicketStatus[]> Allowed = new()
    {
        [TicketStatus.New] = [TicketStatus.Open, TicketStatus.PendingCustomer, TicketStatus.Escalated, TicketStatus.Answered],
        [TicketStatus.Open] = [TicketStatus.PendingCustomer, TicketStatus.Escalated, TicketStatus.Answered],
        [TicketStatus.PendingCustomer] = [TicketStatus.Open, TicketStatus.Answered],
        [TicketStatus.Escalated] = [TicketStatus.Open],
        [TicketStatus.Answered] = [TicketStatus.Closed, TicketStatus.Reopened],
        [TicketStatus.Closed] = [TicketStatus.Reopened],
        [TicketStatus.Reopened] = [TicketStatus.Open, TicketStatus.PendingCustomer, TicketStatus.Escalated, TicketStatus.Answered],
    };

    /// <summary>The states an agent may set by hand (answering and escalating have their own actions).</summary>
    public static readonly TicketStatus[] ManualTargets = [TicketStatus.Open, TicketStatus.PendingCustomer, TicketStatus.Closed, TicketStatus.Reopened];

    public static bool IsFinished(TicketStatus status) => status is TicketStatus.Answered or TicketStatus.Closed;

    public static void EnsureAllowed(TicketRow ticket, TicketStatus to)
    {
        var from = ticket.StatusValue;
        if (!Allowed[from].Contains(to))
        {
            throw new ConflictException("invalid-transition", $"Ticket {ticket.Number} is {from.ToDb()}; it cannot become {to.ToDb()}.")
            {
                Extensions = new Dictionary<string, object?> { ["currentStatus"] = from.ToDb() },
            };
        }
    }
}
