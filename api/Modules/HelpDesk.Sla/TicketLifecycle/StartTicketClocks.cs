using HelpDesk.Sla.Clocks;
using HelpDesk.Sla.Contracts;
using HelpDesk.Sla.SlaPolicies;
using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Sla.TicketLifecycle;

/// <summary>
/// A new ticket's clocks: those of the policy that fits it best, as they stand at creation (already met when the ticket
/// was answered at first contact). The policy version is recorded on each clock and the targets are copied, so editing
/// the policy later never moves these due times.
/// </summary>
internal sealed class NewTicketClocks(PolicyStore policies, ClockKeeper keeper)
{
    public async Task<IReadOnlyList<ClockRow>> PlanAsync(TicketOpened ticket, CancellationToken ct)
    {
        var policy = PolicyMatcher.Best(
            await policies.CurrentAsync(ct), new TicketTraits(ticket.Type, ticket.TopicId, ticket.Priority, ticket.Channel, ticket.CustomerSegment));
        if (policy is null)
        {
            return [];
        }

        var clocks = new List<ClockRow>();
        foreach (var (kind, target) in new[] { (ClockKind.FirstResponse, policy.FirstResponse), (ClockKind.Resolution, policy.Resolution) })
        {
            if (target is null)
            {
                continue;
            }

            var clock = await keeper.PlanAsync(new ClockStart(
                ticket.TicketId, ticket.Number, null, kind, policy.Id, target, policy.WarningPercent, ticket.TopicId, ticket.AreaId,
                ticket.Channel.ToDb(), ticket.AssigneeId, ticket.CreatedAt), ct);
            var done = kind == ClockKind.FirstResponse ? ticket.FirstResponseAt is not null : ticket.Status is TicketStatus.Answered or TicketStatus.Closed;
            if (done)
            {
                await keeper.MarkStoppedAsync(clock, ticket.FirstResponseAt ?? ticket.CreatedAt, ticket.AssigneeId, cancelled: false, ct);
            }

            clocks.Add(clock);
        }

        return clocks;
    }
}

/// <summary>
/// The clocks planned for the tickets being created in this request (scoped): the creation asks for the new ticket's SLA
/// view before it inserts the ticket (<see cref="GetNewTicketSla"/>), and the clocks are stored when it announces the
/// ticket (<see cref="TicketOpened"/>), so they are planned once and the view stored on the ticket is the view of
/// exactly the clocks stored.
/// </summary>
internal sealed class PlannedTicketClocks
{
    private readonly Dictionary<Guid, IReadOnlyList<ClockRow>> planned = [];

    public void Keep(Guid ticketId, IReadOnlyList<ClockRow> clocks) => planned[ticketId] = clocks;

    /// <summary>The plan kept for this ticket, handed over once.</summary>
    public IReadOnlyList<ClockRow>? Take(Guid ticketId) => planned.Remove(ticketId, out var clocks) ? clocks : null;
}

/// <summary>The SLA view a ticket about to be created will have, so it is stored with the ticket; the plan is kept for <see cref="StartTicketClocks"/>.</summary>
internal sealed class GetNewTicketSlaHandler(NewTicketClocks clocks, PlannedTicketClocks planned) : IQueryHandler<GetNewTicketSla, TicketSla?>
{
    public async ValueTask<TicketSla?> Handle(GetNewTicketSla query, CancellationToken ct)
    {
        var plan = await clocks.PlanAsync(query.Ticket, ct);
        planned.Keep(query.Ticket.TicketId, plan);
        return TicketView.Of(query.Ticket.TicketId, plan);
    }
}

/// <summary>
/// Stores the new ticket's clocks in the creating transaction: those planned when the creation asked for its SLA view
/// (numbered now that the ticket has its number), or, for a ticket opened without asking, planned here.
/// </summary>
internal sealed class StartTicketClocks(NewTicketClocks clocks, PlannedTicketClocks planned, ClockKeeper keeper) : INotificationHandler<TicketOpened>
{
    public async ValueTask Handle(TicketOpened ticket, CancellationToken ct)
    {
        var plan = planned.Take(ticket.TicketId) ?? await clocks.PlanAsync(ticket, ct);
        foreach (var clock in plan)
        {
            clock.TicketNumber = ticket.Number;
        }

        await keeper.InsertAsync(plan, ct);
    }
}
