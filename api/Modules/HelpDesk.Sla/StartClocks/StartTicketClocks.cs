using HelpDesk.Shared.Data;
using HelpDesk.Sla.Clocks;
using HelpDesk.Sla.Contracts;
using HelpDesk.Sla.SlaPolicies;
using HelpDesk.Tickets.Contracts;
using Mediator;

namespace HelpDesk.Sla.StartClocks;

/// <summary>
/// A new ticket gets the clocks of the policy that fits it best, in the creating transaction. The policy version is
/// recorded on each clock and the targets are copied, so editing the policy later never moves these due times.
/// </summary>
internal sealed class StartTicketClocks(IDb db, ClockKeeper keeper) : INotificationHandler<TicketOpened>
{
    public async ValueTask Handle(TicketOpened ticket, CancellationToken ct)
    {
        var policies = await db.QueryAsync<PolicyRow>(PolicyMatcher.CurrentSql, null, ct);
        var policy = PolicyMatcher.Best(policies, new TicketFacts(ticket.Type, ticket.TopicId, ticket.Priority, ticket.Channel, ticket.CustomerSegment));
        if (policy is null)
        {
            return;
        }

        var started = new List<ClockRow>();
        foreach (var (kind, target) in new[] { (ClockKind.FirstResponse, policy.FirstResponse), (ClockKind.Resolution, policy.Resolution) })
        {
            if (target is not null)
            {
                started.Add(await keeper.StartAsync(new ClockStart(
                    ticket.TicketId, ticket.Number, null, kind, policy.Id, target, policy.WarningPercent, ticket.TopicId, ticket.AreaId,
                    ticket.Channel.ToDb(), ticket.AssigneeId, ticket.CreatedAt), ct));
            }
        }

        // Answered at first contact: both clocks are met the moment they start.
        foreach (var clock in started)
        {
            var done = clock.KindValue == ClockKind.FirstResponse ? ticket.FirstResponseAt is not null
                : ticket.Status is TicketStatus.Answered or TicketStatus.Closed;
            if (done)
            {
                await keeper.StopAsync(clock, ticket.FirstResponseAt ?? ticket.CreatedAt, ticket.AssigneeId, cancelled: false, ct);
            }
        }

        await keeper.RefreshTicketViewsAsync([ticket.TicketId], ct);
    }
}
