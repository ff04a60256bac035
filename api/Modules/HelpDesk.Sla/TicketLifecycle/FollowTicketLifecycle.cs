using HelpDesk.Sla.Clocks;
using HelpDesk.Sla.Contracts;
using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Sla.TicketLifecycle;

/// <summary>
/// The ticket's clocks follow its state: the resolution clock pauses while the customer is asked for something and
/// resumes when the ticket leaves pending_customer; both clocks stop when the ticket is answered or closed. A reopened
/// ticket starts a new resolution clock, the next round (see <see cref="ReopenRound"/>).
/// </summary>
internal sealed class FollowTicketStatus(ClockKeeper keeper) : INotificationHandler<TicketStatusChanged>
{
    public async ValueTask Handle(TicketStatusChanged change, CancellationToken ct)
    {
        var clocks = await keeper.LockTicketClocksAsync(change.TicketId, ct);
        if (change.To == TicketStatus.Reopened)
        {
            if (await ReopenRound.StartAsync(keeper, clocks, change, ct) is { } round)
            {
                await keeper.RefreshTicketViewAsync(change.TicketId, [.. clocks, round], ct);
            }

            return;
        }

        var changed = false;
        foreach (var clock in clocks)
        {
            if (change.To is TicketStatus.Answered or TicketStatus.Closed)
            {
                changed |= await keeper.StopAsync(clock, change.At, change.AssigneeId, cancelled: false, ct);
            }
            else if (clock.KindValue == ClockKind.Resolution && change.To == TicketStatus.PendingCustomer)
            {
                changed |= await keeper.PauseAsync(clock, change.At, ct);
            }
            else if (clock.KindValue == ClockKind.Resolution && change.From == TicketStatus.PendingCustomer)
            {
                changed |= await keeper.ResumeAsync(clock, change.At, ct);
            }
        }

        if (changed)
        {
            await keeper.RefreshTicketViewAsync(change.TicketId, clocks, ct);
        }
    }
}

/// <summary>The first public reply meets (or ends, late) the first-response clock.</summary>
internal sealed class StopFirstResponseClock(ClockKeeper keeper) : INotificationHandler<TicketFirstResponded>
{
    public async ValueTask Handle(TicketFirstResponded response, CancellationToken ct)
    {
        var clocks = await keeper.LockTicketClocksAsync(response.TicketId, ct);
        if (clocks.FirstOrDefault(c => c.KindValue == ClockKind.FirstResponse && !c.IsStopped) is { } clock
            && await keeper.StopAsync(clock, response.At, response.RespondedBy, cancelled: false, ct))
        {
            await keeper.RefreshTicketViewAsync(response.TicketId, clocks, ct);
        }
    }
}
