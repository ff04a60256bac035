using HelpDesk.Shared.Data;
using HelpDesk.Sla.SlaPolicies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Sla.Calendars;

/// <summary>
/// Calendars and current policies, read by every ticket that starts, pauses or stops a clock and changed rarely by an
/// administrator: kept in process for a short time. A change through the API clears them once it has committed
/// (<see cref="ClearAfterChanges"/>), so it applies at once on this instance and within the lifetime on another one.
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

    /// <summary>An endpoint filter for the groups that change calendars or policies: clears the cache after each successful change.</summary>
    public static async ValueTask<object?> ClearAfterChanges(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (!HttpMethods.IsGet(context.HttpContext.Request.Method) && !HttpMethods.IsHead(context.HttpContext.Request.Method))
        {
            context.HttpContext.RequestServices.GetRequiredService<SlaSettingsCache>().Clear();
        }

        return result;
    }
}
