using HelpDesk.Tickets.Tickets;
using HelpDesk.Tickets.Timeline;

namespace HelpDesk.Tickets.GetTicketTimeline;

internal static class GetTimeline
{
    internal sealed record Query(string Number) : IQuery<IReadOnlyList<TimelineEventDto>>;

    internal sealed class Handler(IDb db, ICurrentUser user) : IQueryHandler<Query, IReadOnlyList<TimelineEventDto>>
    {
        public async ValueTask<IReadOnlyList<TimelineEventDto>> Handle(Query query, CancellationToken ct)
        {
            var ticket = await TicketAccess.LoadAsync(db, user, query.Number, forUpdate: false, ct);
            var events = await TimelineReader.ReadAsync(db, ticket.Id, ct);
            // A partner sees what the customer may see (the public projection); staff see everything.
            return TicketAccess.IsStaff(user) ? events : PublicTimeline.Project(events, ticket.IdentityPending);
        }
    }
}
