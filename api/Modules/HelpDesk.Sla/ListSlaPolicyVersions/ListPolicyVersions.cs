using HelpDesk.Sla.SlaPolicies;

namespace HelpDesk.Sla.ListSlaPolicyVersions;

/// <summary>Every version of one policy, newest first: what tickets created under each version were promised.</summary>
internal static class ListPolicyVersions
{
    internal sealed record Query(Guid PolicyId) : IQuery<IReadOnlyList<PolicyDto>>;

    internal sealed class Handler(IDb db) : IQueryHandler<Query, IReadOnlyList<PolicyDto>>
    {
        private const string Sql = $"SELECT {PolicyRow.Columns} FROM sla.policies WHERE policy_id = @PolicyId ORDER BY version DESC";

        public async ValueTask<IReadOnlyList<PolicyDto>> Handle(Query query, CancellationToken ct)
        {
            var rows = await db.QueryAsync<PolicyRow>(Sql, query, ct);
            return rows.Count == 0 ? throw new NotFoundException("The policy") : [.. rows.Select(r => r.ToDto())];
        }
    }
}
