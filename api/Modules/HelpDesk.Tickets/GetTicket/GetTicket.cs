using HelpDesk.Tickets.Tickets;

namespace HelpDesk.Tickets.GetTicket;

internal static class GetTicket
{
    internal sealed record Query(string Number) : IQuery<TicketDto>;

    internal sealed class Handler(IDb db, ICurrentUser user, TimeProvider clock) : IQueryHandler<Query, TicketDto>
    {
        public async ValueTask<TicketDto> Handle(Query query, CancellationToken ct) =>
            (await TicketAccess.LoadAsync(db, user, query.Number, forUpdate: false, ct)).ToDto(user, clock.GetUtcNow());
    }
}
