using HelpDesk.Shared.Data;
using HelpDesk.Sla.Clocks;
using HelpDesk.Sla.Contracts;
using HelpDesk.Sla.SlaPolicies;
using HelpDesk.Tickets.Contracts;
using Mediator;

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

/// <summary>The SLA view a ticket about to be created will have, so it is stored with the ticket.</summary>
internal sealed class GetNewTicketSlaHandler(NewTicketClocks clocks) : IQueryHandler<GetNewTicketSla, TicketSla?>
{
    public async ValueTask<TicketSla?> Handle(GetNewTicketSla query, CancellationToken ct) =>
        ClockKeeper.TicketViewOf(query.Ticket.TicketId, await clocks.PlanAsync(query.Ticket, ct));
}

/// <summary>
/// Stores the new ticket's clocks in the creating transaction. The ticket already carries their view (the creation
/// asked <see cref="GetNewTicketSla"/>; the same policies and calendars, loaded once per request, give the same clocks).
/// </summary>
internal sealed class StartTicketClocks(NewTicketClocks clocks, ClockKeeper keeper) : INotificationHandler<TicketOpened>
{
    public async ValueTask Handle(TicketOpened ticket, CancellationToken ct) => await keeper.InsertAsync(await clocks.PlanAsync(ticket, ct), ct);
}
