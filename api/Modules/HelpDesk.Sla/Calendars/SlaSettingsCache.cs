using HelpDesk.Sla.SlaPolicies;

namespace HelpDesk.Sla.Calendars;

/// <summary>
/// Calendars and current policies, read by every ticket that starts, pauses or stops a clock and changed rarely by an
/// administrator: kept in process for a short time. A change through the API clears them once it has committed
/// (CacheClearing.ClearsAfterChanges), so it applies at once on this instance and within the lifetime on another one.
/// </summary>
internal sealed class SlaSettingsCache : IProcessCache
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public ShortLivedCache<Guid, StoredCalendar> Calendars { get; } = new(Lifetime);

    public ShortLivedCache<string, IReadOnlyList<PolicyRow>> Policies { get; } = new(Lifetime);

    public void Clear()
    {
        Calendars.Clear();
        Policies.Clear();
    }
}
