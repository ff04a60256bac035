using HelpDesk.Shared.Data;
using HelpDesk.Shared.Errors;
using HelpDesk.Sla.SlaPolicies;
using Mediator;

namespace HelpDesk.Sla.ManagePolicies;

internal static class ListPolicies
{
    internal sealed record Query : IQuery<IReadOnlyList<PolicyDto>>;

    internal sealed class Handler(IDb db) : IQueryHandler<Query, IReadOnlyList<PolicyDto>>
    {
        public async ValueTask<IReadOnlyList<PolicyDto>> Handle(Query query, CancellationToken ct) =>
            [.. (await db.QueryAsync<PolicyRow>(PolicyMatcher.CurrentSql, null, ct)).Select(r => r.ToDto())];
    }
}

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

/// <summary>Retire a policy: new tickets no longer match it; tickets that did keep their clocks.</summary>
internal static class RetirePolicy
{
    internal sealed record Command(Guid PolicyId) : ICommand;

    internal sealed class Handler(IDb db) : ICommandHandler<Command>
    {
        private const string Sql = "UPDATE sla.policies SET current = false WHERE policy_id = @PolicyId AND current";

        public async ValueTask<Mediator.Unit> Handle(Command command, CancellationToken ct) =>
            await db.ExecuteAsync(Sql, command, ct) == 0 ? throw new NotFoundException("The policy") : Mediator.Unit.Value;
    }
}
