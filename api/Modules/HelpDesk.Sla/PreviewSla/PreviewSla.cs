using HelpDesk.Sla.Clocks;
using HelpDesk.Sla.Calendars;
using HelpDesk.Sla.SlaPolicies;
using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Sla.PreviewSla;

/// <summary>What a ticket created now would be promised: for the agent to tell the customer at intake.</summary>
internal sealed record SlaPreviewDto(Guid? PolicyId, string? PolicyName, DateTimeOffset? FirstResponseDueAt, DateTimeOffset? ResolutionDueAt);

internal static class PreviewSla
{
    internal sealed record Query(TicketType Type, Channel Channel, Priority Priority, Guid? TopicId, string? Segment) : IQuery<SlaPreviewDto>;

    internal sealed class Handler(PolicyStore policies, CalendarStore calendars, TimeProvider clock) : IQueryHandler<Query, SlaPreviewDto>
    {
        public async ValueTask<SlaPreviewDto> Handle(Query query, CancellationToken ct)
        {
            var policy = PolicyMatcher.Best(await policies.CurrentAsync(ct), new TicketTraits(query.Type, query.TopicId, query.Priority, query.Channel, query.Segment));
            if (policy is null)
            {
                return new SlaPreviewDto(null, null, null, null);
            }

            var now = clock.GetUtcNow();
            return new SlaPreviewDto(policy.PolicyId, policy.Name, await DueAsync(policy.FirstResponse, now, ct), await DueAsync(policy.Resolution, now, ct));
        }

        private async Task<DateTimeOffset?> DueAsync(ClockTarget? target, DateTimeOffset now, CancellationToken ct)
        {
            if (target is null)
            {
                return null;
            }

            var calendar = target.CalendarId is { } id && target.Kind != TargetKind.CalendarMinutes ? await calendars.GetAsync(id, ct) : null;
            return new ClockMath(target.Kind, calendar).Start(now, target.Amount).Due;
        }
    }
}
