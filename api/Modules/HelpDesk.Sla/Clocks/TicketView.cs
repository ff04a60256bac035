using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Sla.Clocks;

/// <summary>
/// The one rule for the SLA view stored on a ticket (<see cref="TicketSla"/>), from the ticket's own clocks (legs' clocks
/// do not count): the nearest due and warning instants of the clocks still counting (running, or breached and not
/// stopped); running while one counts, else paused while one is paused; when none counts any more, breached if one was,
/// else met. Null for a ticket no policy covers. (Migration 0502 applied the same rule once to the tickets then stored.)
/// </summary>
internal static class TicketView
{
    public static TicketSla? Of(Guid ticketId, IEnumerable<ClockRow> clocks)
    {
        var ticketClocks = clocks.Where(c => c.LegId is null).ToList();
        if (ticketClocks.Count == 0)
        {
            return null;
        }

        var counting = ticketClocks.Where(c => c.StoppedAt is null && c.State is ClockStates.Running or ClockStates.Breached).ToList();
        var state =
            counting.Count > 0 ? TicketSlaState.Running
            : ticketClocks.Any(c => c.StoppedAt is null && c.State == ClockStates.Paused) ? TicketSlaState.Paused
            : ticketClocks.Any(c => c.State == ClockStates.Breached) ? TicketSlaState.Breached
            : TicketSlaState.Met;
        return new TicketSla(ticketId, counting.Select(c => c.DueAt).Min(), counting.Select(c => c.WarnAt).Min(), state);
    }
}
