using HelpDesk.Shared.Data;

namespace HelpDesk.Sla.SlaPolicies;

/// <summary>The current policies, loaded once per request or job run.</summary>
internal sealed class PolicyStore(IDb db)
{
    private IReadOnlyList<PolicyRow>? current;

    public async Task<IReadOnlyList<PolicyRow>> CurrentAsync(CancellationToken ct) =>
        current ??= [.. await db.QueryAsync<PolicyRow>(PolicyMatcher.CurrentSql, null, ct)];
}
