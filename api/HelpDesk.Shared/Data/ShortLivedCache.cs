using System.Collections.Concurrent;

namespace HelpDesk.Shared.Data;

/// <summary>
/// A small in-process cache whose entries live for a fixed time. For data read on almost every request and changed
/// rarely (the caller's user, a partner's API key): the code that changes it forgets the entries once committed, so the
/// change applies at once on this instance, and within the lifetime on another instance of the app.
/// </summary>
public class ShortLivedCache<TKey, TValue>(TimeSpan lifetime, int maxEntries = 10_000) : IProcessCache
    where TKey : notnull
    where TValue : class
{
    private readonly ConcurrentDictionary<TKey, (TValue Value, long ExpiresAt)> entries = new();

    public TValue? Find(TKey key) => entries.TryGetValue(key, out var e) && e.ExpiresAt > Environment.TickCount64 ? e.Value : null;

    public void Keep(TKey key, TValue value)
    {
        if (entries.Count >= maxEntries)
        {
            entries.Clear();
        }

        entries[key] = (value, Environment.TickCount64 + (long)lifetime.TotalMilliseconds);
    }

    public void Clear() => entries.Clear();

    public void ForgetWhere(Func<TKey, TValue, bool> match)
    {
        foreach (var (key, entry) in entries)
        {
            if (match(key, entry.Value))
            {
                entries.TryRemove(key, out _);
            }
        }
    }
}

/// <summary>An in-process cache of database data: registered as such so whoever empties the database under a running app (tests) can clear them all.</summary>
public interface IProcessCache
{
    void Clear();
}
