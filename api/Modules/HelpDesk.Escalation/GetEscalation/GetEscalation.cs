using HelpDesk.Escalation.Legs;

namespace HelpDesk.Escalation.GetEscalation;

internal static class GetEscalation
{
    internal sealed record Query(Guid Id) : IQuery<LegDto>;

    internal sealed class Handler(IDb db, ICurrentUser user) : IQueryHandler<Query, LegDto>
    {
        public async ValueTask<LegDto> Handle(Query query, CancellationToken ct) =>
            (await LegAccess.LoadAsync(db, user, query.Id, forUpdate: false, ct)).ToDto();
    }
}
