using HelpDesk.Sla.Clocks;
using HelpDesk.Sla.Contracts;
using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Sla.TicketLifecycle;

/// <summary>
/// A reopened ticket is a new round of work: a new resolution clock (round = last round + 1) starts at the reopening
/// with the target of the ticket's last resolution clock (the same policy version, calendar and threshold). The earlier
/// rounds' clocks stay stopped with what they measured, so compliance can count each round on its own. The first
/// response is answered once in a ticket's life and does not start again.
/// </summary>
internal static class ReopenRound
{
    /// <summary>The new round's clock, started; null when there is nothing to start.</summary>
    public static async Task<ClockRow?> StartAsync(ClockKeeper keeper, IReadOnlyList<ClockRow> ticketClocks, TicketStatusChanged change, CancellationToken ct)
    {
        var last = ticketClocks.Where(c => c.KindValue == ClockKind.Resolution).MaxBy(c => c.Round);
        if (last is null || !last.IsStopped)
        {
            // No resolution target, or it is still counting (nothing ended it): nothing to start.
            return null;
        }

        return await keeper.StartAsync(new ClockStart(
            last.TicketId, last.TicketNumber, null, ClockKind.Resolution, last.PolicyVersionId,
            new ClockTarget(last.TargetKindValue, last.TargetAmount, last.CalendarId), last.WarningPercent,
            last.TopicId, last.AreaId, last.Channel, change.AssigneeId ?? last.AgentId, change.At, last.Round + 1), ct);
    }
}
