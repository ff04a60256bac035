using HelpDesk.Benchmarks.Load;
using HelpDesk.Benchmarks.Running;
using Npgsql;

namespace HelpDesk.Benchmarks.Measurements;

/// <summary>
/// One measurement of the benchmark: a small class that loads the running app (and maybe the database) and adds its
/// rows to the report. To add one, write a class and list it in <see cref="Bench.Measurements"/>.
/// </summary>
internal interface IMeasurement
{
    /// <summary>Section of the report, e.g. "2. Lists at a fixed rate".</summary>
    string Section { get; }

    Task RunAsync(BenchContext context, CancellationToken ct);
}

/// <summary>One line of the report.</summary>
/// <param name="Target">The issue's target for this line, in words (empty when there is none).</param>
/// <param name="Met">Whether the target was met (null when there is no target).</param>
internal sealed record ResultRow(string Section, string Name, LatencySummary Latency, string Target, bool? Met, string Note = "", string Unit = "req/s");

/// <summary>Everything a measurement needs: the app, signed-in clients, the database, samples of the generated data, the report.</summary>
internal sealed class BenchContext
{
    public required BenchOptions Options { get; init; }
    public required AppProcess App { get; init; }
    public required NpgsqlDataSource Database { get; init; }
    public required Samples Samples { get; init; }

    /// <summary>agente@helpdesk.test (front line, sees every ticket).</summary>
    public required HttpClient Agent { get; init; }

    /// <summary>credito@helpdesk.test (area responder of CREDITO).</summary>
    public required HttpClient CreditResponder { get; init; }

    public required HttpClient Admin { get; init; }

    public List<ResultRow> Rows { get; } = [];

    public List<string> Notes { get; } = [];

    public void Add(ResultRow row)
    {
        Rows.Add(row);
        var l = row.Latency;
        Console.WriteLine($"  {row.Name}: p50 {l.P50Ms:0.0} ms, p95 {l.P95Ms:0.0} ms, p99 {l.P99Ms:0.0} ms, {l.Throughput:0.0} {row.Unit}" +
                          $"{(l.TargetRate > 0 ? $" (target rate {l.TargetRate:0})" : "")}, {l.Errors} errors{(row.Met is { } met ? met ? " — target met" : " — target MISSED" : "")}{(row.Note.Length > 0 ? $" [{row.Note}]" : "")}");
    }
}

/// <summary>Ids, numbers and words of the generated data that requests use (read once from the database).</summary>
internal sealed record Samples(
    string[] RecentTickets, string[] OlderTickets, CustomerSample[] Customers, Guid[] TopicIds, Guid[] AreaIds, Guid CreditAreaId,
    string[] AgentEmails, string[] SearchTerms);

internal sealed record CustomerSample(Guid Id, string DocumentType, string DocumentNumber, string FullName, string? Email);

/// <summary>
/// A read at a fixed request rate (open loop): every request is timed from its intended send time, so slow answers
/// delay nothing and hide nothing. Subclasses say which request the i-th one is.
/// </summary>
internal abstract class FixedRateMeasurement : IMeasurement
{
    public abstract string Section { get; }

    protected abstract string Name { get; }

    /// <summary>Requests (or page loads) per second at full size.</summary>
    protected abstract double Rate { get; }

    protected abstract double TargetP95Ms { get; }

    protected virtual string Unit => "req/s";

    protected abstract Task<bool> SendAsync(BenchContext context, long i, CancellationToken ct);

    /// <summary>Which kind of request the i-th is (a queue, a filter, a kind of search term), for the per-variant breakdown.</summary>
    protected virtual string Variant(BenchContext context, long i) => Name;

    /// <summary>Reads what the requests need (ids of the generated data) before the load starts.</summary>
    protected virtual Task PrepareAsync(BenchContext context, CancellationToken ct) => Task.CompletedTask;

    public async Task RunAsync(BenchContext context, CancellationToken ct)
    {
        await PrepareAsync(context, ct);
        var o = context.Options;
        var rate = o.Smoke ? Math.Min(Rate, 20) : Rate;
        Console.WriteLine($"{Name} at {rate} {Unit} for {o.ReadDuration.TotalSeconds:0} s ...");
        var (summary, variants) = await LoadDriver.OpenLoopAsync(rate, o.ReadDuration, o.Warmup, i => SendAsync(context, i, ct), i => Variant(context, i), ct);
        if (variants.Count > 1)
        {
            var breakdown = string.Join("; ", variants.Select(v => $"`{v.Key}` p50 {v.Value.P50Ms:0.0} / p95 {v.Value.P95Ms:0.0} / p99 {v.Value.P99Ms:0.0} ms"));
            Console.WriteLine($"    by kind: {breakdown}");
            context.Notes.Add($"- {Name}, by kind of request: {breakdown}.");
        }

        var achievedOk = summary.Throughput >= rate * 0.95;
        context.Add(new ResultRow(Section, Name, summary, $"p95 < {TargetP95Ms:0} ms at {Rate:0} {Unit}",
            summary.P95Ms < TargetP95Ms && achievedOk && summary.Errors == 0 && !o.Smoke ? true : o.Smoke ? null : false,
            Unit: Unit));
    }
}
