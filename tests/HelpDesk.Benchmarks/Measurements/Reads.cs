using System.Globalization;
using HelpDesk.Benchmarks.Running;

namespace HelpDesk.Benchmarks.Measurements;

// Measurements 2 and 3: the reads agents and responders make all day, each at a fixed rate.

/// <summary>The agent's ticket list and its saved queues (GET /api/tickets?queue=…&amp;limit=25), as the SPA asks for them.</summary>
internal sealed class QueueList : FixedRateMeasurement
{
    private static readonly string[] Queries =
        ["/api/tickets?limit=25", "/api/tickets?queue=mine&limit=25", "/api/tickets?queue=unassigned&limit=25",
         "/api/tickets?queue=pending_customer&limit=25", "/api/tickets?queue=reopened&limit=25", "/api/tickets?queue=at_risk&sort=due&limit=25"];

    public override string Section => "2. Lists and search at a fixed rate";

    protected override string Name => "queue list (all, mine, unassigned, pending, reopened)";

    protected override double Rate => 200;

    protected override double TargetP95Ms => 50;

    protected override string Variant(BenchContext context, long i) => Queries[i % Queries.Length].Replace("/api/tickets?", "", StringComparison.Ordinal).Replace("&limit=25", "", StringComparison.Ordinal).Replace("limit=25", "all", StringComparison.Ordinal);

    protected override async Task<bool> SendAsync(BenchContext context, long i, CancellationToken ct)
    {
        using var response = await context.Agent.GetAsync(new Uri(Queries[i % Queries.Length], UriKind.Relative), ct);
        return await Clients.EnsureOkAsync(response, ct);
    }
}

/// <summary>The ticket list narrowed by the filters of the list page: status, type, channel, topic, area, dates.</summary>
internal sealed class FilteredList : FixedRateMeasurement
{
    public override string Section => "2. Lists and search at a fixed rate";

    protected override string Name => "filtered list (status, type, channel, topic, area, dates)";

    protected override double Rate => 200;

    protected override double TargetP95Ms => 50;

    private static readonly string[] Kinds = ["status", "type+channel", "topic", "area+status", "createdFrom+type", "status+oldest_update", "channel+topic"];

    protected override string Variant(BenchContext context, long i) => Kinds[i % 7];

    protected override async Task<bool> SendAsync(BenchContext context, long i, CancellationToken ct)
    {
        var s = context.Samples;
        var topic = s.TopicIds[(int)(i / 7 % s.TopicIds.Length)];
        var area = s.AreaIds[(int)(i / 7 % s.AreaIds.Length)];
        var weekAgo = Uri.EscapeDataString(context.Options.Until.AddDays(-7).ToString("O", CultureInfo.InvariantCulture));
        var query = (i % 7) switch
        {
            0 => "status=open",
            1 => "type=claim&channel=phone",
            2 => $"topicId={topic}",
            3 => $"areaId={area}&status=escalated",
            4 => $"createdFrom={weekAgo}&type=complaint",
            5 => "status=pending_customer&sort=oldest_update",
            _ => $"channel=web&topicId={topic}",
        };
        using var response = await context.Agent.GetAsync(new Uri($"/api/tickets?{query}&limit=25", UriKind.Relative), ct);
        return await Clients.EnsureOkAsync(response, ct);
    }
}

/// <summary>Full-text search over the ticket list (GET /api/tickets?q=…): common and rare words, names, exact numbers.</summary>
internal sealed class TextSearch : FixedRateMeasurement
{
    public override string Section => "2. Lists and search at a fixed rate";

    protected override string Name => "full-text search (words, names, numbers)";

    protected override double Rate => 50;

    protected override double TargetP95Ms => 150;

    protected override string Variant(BenchContext context, long i) => (i % 4) switch
    {
        1 => "customer name",
        2 => "ticket number",
        _ => "words",
    };

    protected override async Task<bool> SendAsync(BenchContext context, long i, CancellationToken ct)
    {
        var s = context.Samples;
        var q = (i % 4) switch
        {
            0 => s.SearchTerms[(int)(i / 4 % s.SearchTerms.Length)],
            1 => s.Customers[(int)(i % s.Customers.Length)].FullName,
            2 => s.OlderTickets[(int)(i % s.OlderTickets.Length)],
            _ => s.SearchTerms[(int)((i / 4 + 7) % s.SearchTerms.Length)],
        };
        using var response = await context.Agent.GetAsync(new Uri($"/api/tickets?q={Uri.EscapeDataString(q)}&limit=25", UriKind.Relative), ct);
        return await Clients.EnsureOkAsync(response, ct);
    }
}

/// <summary>
/// The ticket page as the SPA loads it: the ticket and its timeline in parallel; the page is done when all its calls are.
/// Mostly recent tickets (what agents work on), some older ones.
/// </summary>
internal sealed class TicketPage : FixedRateMeasurement
{
    public override string Section => "3. Ticket page and area inbox at a fixed rate";

    protected override string Name => "ticket page (ticket + timeline + SLA)";

    protected override double Rate => 200;

    protected override double TargetP95Ms => 50;

    protected override string Unit => "pages/s";

    /// <summary>The calls of one page load: the ticket, its timeline and its SLA clocks.</summary>
    private static string[] PageCalls(string number) =>
    [
        $"/api/tickets/{number}",
        $"/api/tickets/{number}/timeline",
        $"/api/tickets/{number}/sla",
    ];

    protected override string Variant(BenchContext context, long i) => i % 5 == 4 ? "older ticket" : "recent ticket";

    protected override async Task<bool> SendAsync(BenchContext context, long i, CancellationToken ct)
    {
        var s = context.Samples;
        var number = i % 5 == 4 ? s.OlderTickets[(int)(i / 5 % s.OlderTickets.Length)] : s.RecentTickets[(int)(i % s.RecentTickets.Length)];
        var calls = PageCalls(number).Select(async path =>
        {
            using var response = await context.Agent.GetAsync(new Uri(path, UriKind.Relative), ct);
            return await Clients.EnsureOkAsync(response, ct);
        });
        return (await Task.WhenAll(calls)).All(ok => ok);
    }
}

/// <summary>The escalation area inbox: GET /api/escalations as credito@helpdesk.test (open legs of CREDITO, oldest due first).</summary>
internal sealed class AreaInbox : FixedRateMeasurement
{
    public override string Section => "3. Ticket page and area inbox at a fixed rate";

    protected override string Name => "area inbox (GET /api/escalations as credito@)";

    protected override double Rate => 200;

    protected override double TargetP95Ms => 50;

    protected override async Task<bool> SendAsync(BenchContext context, long i, CancellationToken ct)
    {
        using var response = await context.CreditResponder.GetAsync(new Uri("/api/escalations?limit=25", UriKind.Relative), ct);
        return await Clients.EnsureOkAsync(response, ct);
    }
}
