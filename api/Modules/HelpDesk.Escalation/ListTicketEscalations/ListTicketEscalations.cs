using HelpDesk.Escalation.Legs;
using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Escalation.ListTicketEscalations;

internal static class ListTicketEscalations
{
    internal sealed record Query(string Number) : IQuery<IReadOnlyList<LegDto>>;

    internal sealed class Handler(IDb db, IMediator mediator, ICurrentUser user) : IQueryHandler<Query, IReadOnlyList<LegDto>>
    {
        private const string Sql = $"SELECT {LegRow.Columns} FROM escalation.legs WHERE ticket_id = @TicketId ORDER BY round, created_at, id";

        public async ValueTask<IReadOnlyList<LegDto>> Handle(Query query, CancellationToken ct)
        {
            var ticket = await mediator.Send(new GetTicketSummary(query.Number), ct) ?? throw new NotFoundException($"Ticket {query.Number}");
            var legs = await db.QueryAsync<LegRow>(Sql, new { TicketId = ticket.Id }, ct);
            return [.. legs.Where(l => LegAccess.CanSee(user, l)).Select(l => l.ToDto())];
        }
    }
}
