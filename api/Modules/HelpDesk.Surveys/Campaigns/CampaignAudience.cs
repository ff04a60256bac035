using HelpDesk.Customers.Contracts;
using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Surveys.Campaigns;

/// <summary>
/// A campaign filter's customers, asked of the modules that own them: the ticket conditions of Tickets
/// (<see cref="FindCustomersWithTickets"/>, one set-based query, asked once per count or run), the customer attributes
/// of Customers (<see cref="CountCustomerAudience"/>, <see cref="DrawCustomerAudience"/>), and who may not be surveyed
/// now from this module's own tables (opt-outs, the re-survey window).
/// </summary>
internal sealed class CampaignAudience(IMediator mediator, IDb db, TimeProvider clock)
{
    /// <summary>The filter as the Customers module takes it, the ticket conditions already resolved to customer ids.</summary>
    public async Task<CustomerAudienceFilter> ResolveAsync(CampaignFilter filter, CancellationToken ct)
    {
        IReadOnlyList<Guid>? withTickets = null;
        if (filter.HasTicketConditions)
        {
            var since = filter.ClosedWithinDays is { } days ? clock.GetUtcNow().AddDays(-days) : (DateTimeOffset?)null;
            withTickets = await mediator.Send(new FindCustomersWithTickets(filter.Channels, filter.TopicIds, since), ct);
        }

        return filter.ToAudienceFilter(withTickets);
    }

    // Not eligible now: opted out, or surveyed (hot or cold) after the window's start. The same comparison as the claim.
    private const string IneligibleSql = """
        SELECT x.id FROM unnest(@Ids) AS x(id)
        WHERE EXISTS (SELECT 1 FROM surveys.opt_outs o WHERE o.customer_id = x.id)
           OR EXISTS (SELECT 1 FROM surveys.customer_contacts k WHERE k.customer_id = x.id AND k.last_surveyed_at > @WindowStart)
        """;

    /// <summary>Of these customers, those who may not be invited now (opted out, or inside the re-survey window).</summary>
    public async Task<HashSet<Guid>> IneligibleAsync(IEnumerable<Guid> customerIds, DateTimeOffset windowStart, CancellationToken ct) =>
        [.. await db.QueryAsync<Guid>(IneligibleSql, new { Ids = customerIds.ToArray(), WindowStart = windowStart }, ct)];

    /// <summary>The start of the re-survey window: a customer surveyed after it is not surveyed again.</summary>
    public static DateTimeOffset WindowStart(DateTimeOffset now, int resurveyWindowDays) => now.AddDays(-resurveyWindowDays);
}
