using HelpDesk.Sla.Calendars;

namespace HelpDesk.Sla.SlaPolicies;

/// <summary>The current policies (kept in <see cref="SlaSettingsCache"/>).</summary>
internal sealed class PolicyStore(IDb db, SlaSettingsCache settings)
{
    private const string Key = "current";

    public async Task<IReadOnlyList<PolicyRow>> CurrentAsync(CancellationToken ct)
    {
        if (settings.Policies.Find(Key) is { } current)
        {
            return current;
        }

        current = [.. await db.QueryAsync<PolicyRow>(PolicyMatcher.CurrentSql, null, ct)];
        settings.Policies.Keep(Key, current);
        return current;
    }
}
