using HelpDesk.Sla.SlaPolicies;

namespace HelpDesk.Sla.ListSlaPolicies;

internal static class ListPolicies
{
    internal sealed record Query : IQuery<IReadOnlyList<PolicyDto>>;

    internal sealed class Handler(IDb db) : IQueryHandler<Query, IReadOnlyList<PolicyDto>>
    {
        public async ValueTask<IReadOnlyList<PolicyDto>> Handle(Query query, CancellationToken ct) =>
            [.. (await db.QueryAsync<PolicyRow>(PolicyMatcher.CurrentSql, null, ct)).Select(r => r.ToDto())];
    }
}
